import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Where a command writes: folders made ready and files written, or one line that names the
/// path and says why not (`e/sub: cannot create the exports folder: e is a file, not a folder`).
public enum OutputPath {
    /// Creates `folder` and the folders above it that are missing; `what` names it in errors.
    public static func createFolder(_ folder: String, what: String) throws {
        guard !folder.isEmpty else { return }
        var prefix = folder.hasPrefix("/") ? "/" : ""
        for component in folder.split(separator: "/") {
            prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + component
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder) {
                guard isFolder.boolValue else {
                    throw SourceFileError(
                        file: folder,
                        message: "cannot create the \(what): \(prefix) is a file, not a folder")
                }
                continue
            }
            if mkdir(prefix, 0o755) != 0 && errno != EEXIST {
                throw SourceFileError(
                    file: folder,
                    message: "cannot create the \(what): \(prefix): \(SystemError.text(errno))")
            }
        }
    }

    /// Writes `data` to the file `path`, creating its folder; `what` names the file in errors.
    public static func write(_ data: Data, to path: String, what: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
        {
            throw SourceFileError(
                file: path, message: "cannot write the \(what): this is a folder; name a file")
        }
        if let slash = path.lastIndex(of: "/"), slash != path.startIndex {
            try createFolder(String(path[..<slash]), what: "folder of the \(what)")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw SourceFileError(
                file: path, message: "cannot write the \(what): \(SystemError.text(errno))")
        }
        defer { close(descriptor) }
        try data.withUnsafeBytes { bytes in
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(
                    descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SourceFileError(
                        file: path, message: "cannot write the \(what): \(SystemError.text(errno))")
                }
                offset += written
            }
        }
    }
}
