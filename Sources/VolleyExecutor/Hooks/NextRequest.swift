/// The request a hook picks to run next, in place of the next one in order (Postman's
/// `setNextRequest`).
public enum NextRequest: Sendable, Hashable {
    /// The request of this name (or `Folder / Name` path) in the collection's run order.
    case named(String)
    /// No more requests in this collection (`setNextRequest(null)`); they are not reported as
    /// skipped, since the collection chose not to run them.
    case stop
}
