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
        /// Its path under the raw-data root: the same file whatever the root is called.
        let relativePath: String
    }

    let rawDataRoot: String

    func resolve(_ spec: PipelineSpec) throws -> [Input] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: rawDataRoot, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw SourceFileError(file: rawDataRoot, message: "no raw-data folder here")
        }
        var inputs: [Input] = []
        for (index, pattern) in spec.inputs.enumerated() {
            let matches = expand(pattern)
            if matches.isEmpty {
                throw PipelineError(
                    file: spec.file, keyPath: "inputs[\(index)]",
                    message: "no file matches \"\(pattern)\" under \(rawDataRoot)")
            }
            for relative in matches where !inputs.contains(where: { $0.displayPath == display(relative) }) {
                inputs.append(
                    Input(
                        path: (rawDataRoot as NSString).appendingPathComponent(relative),
                        displayPath: display(relative), relativePath: relative))
            }
        }
        return inputs
    }

    private func display(_ relative: String) -> String {
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
        var paths: [String] = []
        for index in 0..<Int(result.gl_pathc) {
            guard let cString = result.gl_pathv[index] else { continue }
            let path = String(cString: cString)
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
