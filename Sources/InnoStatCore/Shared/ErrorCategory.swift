/// What kind of failure an error is: the commands map each to its exit code in one table.
public enum ErrorCategory: Equatable, Sendable {
    /// A mistake on the command line: an unknown name, a missing or repeated value.
    case usage
    /// A load, check, query or file failed; what failed was rolled back.
    case failed
    /// Another run holds the warehouse lock.
    case lockHeld
    /// A signal stopped the run.
    case interrupted(signal: Int32)
}

/// An error that says which ``ErrorCategory`` it is and the lines that tell a user what went
/// wrong and where. An error that is not one is ``ErrorCategory/failed``, told in one line.
public protocol CategorizedError: Error {
    var category: ErrorCategory { get }
    /// One line per problem, each saying where and what.
    var lines: [String] { get }
}

extension CategorizedError where Self: CustomStringConvertible {
    public var lines: [String] { [description] }
}
