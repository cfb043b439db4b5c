import Foundation

/// Every pipeline file in a folder (`indicators.yaml` aside), parsed; mistakes collected per
/// file so one bad file does not hide the others.
public struct PipelineCatalog: Sendable {
    public static let indicatorsFile = "indicators.yaml"

    public let specs: [PipelineSpec]
    public let errors: [PipelineError]
    /// Pipelines parsed but not run, for a conflict with another file (in `errors`).
    public let setAside: [PipelineSpec]

    public init(directory: String) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw SourceFileError(file: directory, message: "no pipelines folder here")
        }
        let names = try manager.contentsOfDirectory(atPath: directory)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .filter { $0 != Self.indicatorsFile }
            .sorted()
        var specs: [PipelineSpec] = []
        var errors: [PipelineError] = []
        for name in names {
            let path = (directory as NSString).appendingPathComponent(name)
            do {
                specs.append(try PipelineSpec.load(path: path))
            } catch let error as PipelineError {
                errors.append(error)
            }
        }
        var seen: [String: String] = [:]
        for spec in specs {
            if let other = seen[spec.name] {
                errors.append(
                    PipelineError(
                        file: spec.file, keyPath: "name",
                        message: "\"\(spec.name)\" is also the name of \(other)"))
            }
            seen[spec.name] = spec.file
        }
        let conflicts = Self.conflicts(among: specs)
        let conflicting = Set(conflicts.map(\.file))
        self.specs = specs.filter { !conflicting.contains($0.file) }
        setAside = specs.filter { conflicting.contains($0.file) }
        self.errors = errors + conflicts
    }

    /// The pipelines a run takes: the enabled ones, or exactly those named with `--only`
    /// (disabled ones included); see ``PipelineSelectionError`` for the names it refuses.
    public func selected(only names: [String]) throws -> [PipelineSpec] {
        try PipelineSelection(specs: specs, errors: errors).select(only: names)
    }
}
