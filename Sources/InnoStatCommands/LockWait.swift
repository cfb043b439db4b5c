import ArgumentParser

/// `--wait [SECONDS]`: how long `run` waits for another run's lock; bare `--wait` waits until
/// the lock is free.
struct LockWait: ExpressibleByArgument, Equatable {
    static let untilFree = "until-free"

    let seconds: Double?

    init?(argument: String) {
        if argument == Self.untilFree {
            seconds = nil
        } else if let value = Double(argument), value >= 0, value.isFinite {
            seconds = value
        } else {
            return nil
        }
    }

    /// argument-parser has no options with an optional value: a bare `--wait` (last, or before
    /// another option) becomes `--wait until-free`.
    static func normalize(_ arguments: [String]) -> [String] {
        var result: [String] = []
        for (index, argument) in arguments.enumerated() {
            result.append(argument)
            guard argument == "--wait" else { continue }
            let next = index + 1 < arguments.count ? arguments[index + 1] : nil
            if next == nil || next!.hasPrefix("-") && Double(next!) == nil {
                result.append(untilFree)
            }
        }
        return result
    }
}
