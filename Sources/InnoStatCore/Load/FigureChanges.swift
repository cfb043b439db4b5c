/// What a load did to the figures in force: added (new keys), revised (value or status
/// changed; the old version kept in `observation_history`) and retired (gone from the file;
/// moved to `observation_history`).
public struct FigureChanges: Sendable, Equatable {
    public var added = 0
    public var revised = 0
    public var retired = 0

    public init(added: Int = 0, revised: Int = 0, retired: Int = 0) {
        self.added = added
        self.revised = revised
        self.retired = retired
    }

    public static func += (lhs: inout FigureChanges, rhs: FigureChanges) {
        lhs.added += rhs.added
        lhs.revised += rhs.revised
        lhs.retired += rhs.retired
    }

    /// `12 added, 3 revised, 0 retired`.
    public var description: String { "\(added) added, \(revised) revised, \(retired) retired" }
}
