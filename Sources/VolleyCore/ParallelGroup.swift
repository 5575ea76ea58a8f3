/// `parallel: true` on a folder or a collection: the entries of its `requests:` list are
/// independent of one another and may be sent at the same time, up to the run's `--jobs`.
///
/// Each direct entry is one *member* of the group: a request, or a nested folder whose requests
/// run in order among themselves (so a member can be a small chain, a login then a read). The
/// members never see one another's captures or variable writes, whatever `--jobs` says, so a run
/// with one job gives the same results as one with eight; what they capture is there for the
/// requests after the group, applied in file order.
public struct ParallelGroup: Sendable, Hashable {
    /// The folder's path (its name and the folders around it); empty for the collection itself.
    public var folderPath: [String]
    /// Where `parallel: true` is written.
    public var location: SourceLocation

    public init(folderPath: [String], location: SourceLocation) {
        self.folderPath = folderPath
        self.location = location
    }

    /// How messages name it: `folder 'Reads'`, or `the collection`.
    public var label: String {
        folderPath.isEmpty ? "the collection" : "folder '\(folderPath.joined(separator: " / "))'"
    }
}

/// A planned request's place in a parallel group.
public struct ParallelMembership: Sendable, Hashable {
    public var group: ParallelGroup
    /// Which direct entry of the group's list the request is, or lies inside (from 0).
    public var member: Int

    public init(group: ParallelGroup, member: Int) {
        self.group = group
        self.member = member
    }
}
