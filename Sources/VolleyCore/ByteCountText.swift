/// Byte counts in messages: `16 MiB`, `1.5 KiB`, `300 bytes`.
public enum ByteCountText {
    public static func text(_ bytes: Int) -> String {
        let units = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"]
        guard bytes >= 1024 else { return "\(bytes) bytes" }
        var value = Double(bytes)
        var unit = -1
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = (value * 10).rounded() / 10
        let shown = tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
        return "\(shown) \(units[unit])"
    }
}
