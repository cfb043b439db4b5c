import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Expands a pipeline's input patterns (globs allowed) under the raw-data root.
struct InputResolver {
    struct Input: Equatable {
        /// Where to open it.
        let path: String
        /// How diagnostics and the ledger name it: `<raw-data root>/<relative path>`.
        let displayPath: String
        /// The path under the raw-data root: what identifies the file from run to run.
        let relativePath: String
        /// Its size when resolved; nil when that could not be read.
        var bytes: Int64? = nil
    }

    /// What `innostat fetch` appends to an input's name for its provenance sidecar
    /// (`x.csv.fetch.json`): never an input of a pattern.
    static let sidecarSuffix = ".fetch.json"

    let rawDataRoot: String

    /// Fails when the raw-data root is not a folder: a run stops before touching the warehouse.
    func checkRoot() throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rawDataRoot, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw SourceFileError(file: rawDataRoot, message: "no raw-data folder here")
        }
    }

    func resolve(_ spec: PipelineSpec) throws -> [Input] {
        try checkRoot()
        var inputs: [Input] = []
        for (index, pattern) in spec.inputs.enumerated() {
            let matches = expand(pattern)
            if matches.isEmpty {
                throw PipelineError(
                    file: spec.file, keyPath: "inputs[\(index)]",
                    message: "no file matches \"\(pattern)\" under \(rawDataRoot)")
            }
            for relative in matches
            where !inputs.contains(where: { $0.displayPath == displayPath(of: relative) }) {
                inputs.append(
                    Input(
                        path: (rawDataRoot as NSString).appendingPathComponent(relative),
                        displayPath: displayPath(of: relative), relativePath: relative,
                        bytes: size(of: (rawDataRoot as NSString).appendingPathComponent(relative)))
                )
            }
        }
        return inputs
    }

    private func size(of path: String) -> Int64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int).map(Int64.init)
    }

    /// How diagnostics name the file at `relative` under the root: `RawData/kosis/x.csv`.
    func displayPath(of relative: String) -> String {
        let root = rawDataRoot.hasSuffix("/") ? String(rawDataRoot.dropLast()) : rawDataRoot
        return "\(root)/\(relative)"
    }

    /// Relative paths matching the pattern, sorted; a pattern without wildcards names one file.
    private func expand(_ pattern: String) -> [String] {
        let full = (rawDataRoot as NSString).appendingPathComponent(pattern)
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(full, 0, nil, &result) == 0 else { return [] }
        let prefix = (rawDataRoot as NSString).appendingPathComponent("")
        let isPattern = pattern.contains { "*?[".contains($0) }
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            guard let cString = result.gl_pathv[index] else { continue }
            let path = String(cString: cString)
            if isPattern && path.hasSuffix(Self.sidecarSuffix) { continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
                !isDirectory.boolValue
            else { continue }
            let relative =
                path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
            paths.append(relative.hasPrefix("/") ? String(relative.dropFirst()) : relative)
        }
        return paths.sorted()
    }
}
