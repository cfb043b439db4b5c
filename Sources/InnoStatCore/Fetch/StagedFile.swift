import Foundation

/// A hidden file beside a target, created exclusively (`.x.fetch-1a2b3c4d.csv` beside `x.csv`:
/// the same folder, so the rename that puts it in place is atomic, and the same extension, so
/// the table reader takes it for the target's form). It becomes the target only by
/// ``commit()``; otherwise it is removed.
final class StagedFile {
    let path: String
    let target: String
    let handle: FileHandle
    private var isDone = false

    init(beside target: String) throws {
        self.target = target
        let folder = (target as NSString).deletingLastPathComponent
        if !folder.isEmpty {
            try FileManager.default.createDirectory(
                atPath: folder, withIntermediateDirectories: true)
        }
        let name = (target as NSString).lastPathComponent
        let stem = (name as NSString).deletingPathExtension
        let suffix =
            (name as NSString).pathExtension.isEmpty ? "" : "." + (name as NSString).pathExtension
        for _ in 0..<16 {
            let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
            let candidate = (folder as NSString).appendingPathComponent(
                ".\(stem).fetch-\(random)\(suffix)")
            let descriptor = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 {
                path = candidate
                handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
                return
            }
            if errno != EEXIST {
                throw FetchFailure.cannotWrite("\(candidate): \(SystemError.text(errno))")
            }
        }
        throw FetchFailure.cannotWrite("\(folder): no free name for a temporary file")
    }

    deinit { discard() }

    /// Flushes the file to disk and renames it over the target.
    func commit() throws {
        do {
            try handle.synchronize()
            try handle.close()
        } catch {
            throw FetchFailure.cannotWrite("\(path): \(error.localizedDescription)")
        }
        guard rename(path, target) == 0 else {
            throw FetchFailure.cannotWrite("\(target): \(SystemError.text(errno))")
        }
        isDone = true
    }

    /// Removes the file unless it was committed.
    func discard() {
        guard !isDone else { return }
        isDone = true
        try? handle.close()
        unlink(path)
    }
}
