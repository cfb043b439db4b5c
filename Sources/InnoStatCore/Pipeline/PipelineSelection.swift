import Foundation

/// Chooses the pipelines a run or a validation takes: the enabled ones, or exactly those named
/// with `--only` (disabled ones included), each once.
struct PipelineSelection {
    let specs: [PipelineSpec]
    let errors: [PipelineError]

    func select(only names: [String]) throws -> [PipelineSpec] {
        if names.isEmpty { return specs.filter(\.enabled) }
        var seen: Set<String> = []
        return try names.map { name in
            guard seen.insert(name).inserted else {
                throw PipelineSelectionError.repeated(name: name)
            }
            guard let spec = specs.first(where: { $0.name == name }) else {
                throw unselectable(name)
            }
            return spec
        }
    }

    /// A name no parsed pipeline has: the errors of the file named after it, which therefore
    /// defines no pipeline, else an unknown name with the closest ones.
    private func unselectable(_ name: String) -> PipelineSelectionError {
        let own = errors.filter { Self.fileStem($0.file) == name }
        if !own.isEmpty { return .invalid(name: name, errors: own) }
        let known = Set(specs.map(\.name) + errors.map { Self.fileStem($0.file) }).sorted()
        // A file named after it whose `name:` says otherwise: that name first.
        let renamed = specs.filter { Self.fileStem($0.file) == name }.map(\.name)
        let closest = renamed + Self.closest(to: name, in: known).filter { !renamed.contains($0) }
        return .unknown(name: name, closest: Array(closest.prefix(3)), known: known)
    }

    /// The known names a typo of `name` could be: containing it or within a third of its
    /// length in edits (at least two), nearest first.
    static func closest(to name: String, in known: [String]) -> [String] {
        let target = Array(name.lowercased().unicodeScalars)
        let near = known.map { ($0, EditDistance.between(target, Array($0.unicodeScalars))) }
            .filter { !name.isEmpty && $0.0.contains(name) || $0.1 <= max(2, name.count / 3) }
            .sorted { ($0.1, $0.0) < ($1.1, $1.0) }
        return Array(near.prefix(3).map(\.0))
    }

    /// The pipeline name a file gives when it sets none: its name without the extension.
    private static func fileStem(_ path: String) -> String {
        ((path as NSString).lastPathComponent as NSString).deletingPathExtension
    }
}
