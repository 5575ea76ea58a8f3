public enum VolleyVersion {
    public static let current = "0.1.0"
}
