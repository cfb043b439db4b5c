import Foundation

/// A run stopped by a signal: the load in progress rolled back, the run is marked
/// `interrupted`.
public struct RunInterrupted: Error, CustomStringConvertible {
    public let runID: Int64
    public let signal: Int32
    /// The file whose load was rolled back, if one was loading.
    public var rolledBack: String?

    public init(runID: Int64, signal: Int32, rolledBack: String? = nil) {
        self.runID = runID
        self.signal = signal
        self.rolledBack = rolledBack
    }

    /// The exit status a shell gives a process ended by the signal: 130 for SIGINT, 143 for
    /// SIGTERM.
    public var exitStatus: Int32 { 128 + signal }

    public var signalName: String { Self.name(of: signal) }

    public var description: String { "run \(runID) \(what) (innostat status)" }

    /// What happened, as the run ledger keeps it.
    var what: String {
        let loading =
            rolledBack.map { "the load of \($0) rolled back" } ?? "no load was in progress"
        return "interrupted by \(signalName): \(loading); files loaded before it stay"
    }

    static func name(of signal: Int32) -> String {
        switch signal {
        case SIGINT: "SIGINT"
        case SIGTERM: "SIGTERM"
        default: "signal \(signal)"
        }
    }
}
