import Foundation
import SQLiteStore

extension Warehouse {
    /// The device and inode of a file: a file deleted and re-created, or replaced by a rename,
    /// has another identity even at the same path.
    public struct FileIdentity: Equatable, Sendable {
        let device: UInt64
        let inode: UInt64

        /// The identity of the file at `path`, nil when there is none.
        public init?(path: String) {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                let device = (attributes[.systemNumber] as? NSNumber)?.uint64Value,
                let inode = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
            else { return nil }
            self.device = device
            self.inode = inode
        }
    }

    /// Refuses a file that holds something but is not an innostat warehouse (another
    /// application's database, or no database at all), before anything is written to it. A
    /// missing or empty file, or a database without tables, becomes a new warehouse.
    public static func refuseForeignFile(at path: String) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue
        {
            throw SourceFileError(
                file: path, message: "this is a folder; name the warehouse file in it")
        }
        guard !path.isEmpty,
            let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size]
                as? NSNumber,
            size.intValue > 0
        else { return }
        let notADatabase = SourceFileError(
            file: path,
            message: "not a SQLite database; refusing to use it as the warehouse (left as it was)")
        // SQLite takes a file shorter than its header for an empty database and overwrites it.
        let header = FileHandle(forReadingAtPath: path).flatMap { try? $0.read(upToCount: 16) }
        guard header == Data("SQLite format 3\u{0}".utf8) else { throw notADatabase }
        let tables: [String]
        let version: Int64
        do {
            let database = try Database(path: path, mode: .readOnly)
            tables = try database.rows(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            ).compactMap(\.first?.textValue)
            version = try database.scalar("PRAGMA user_version").integerValue ?? 0
        } catch {
            throw notADatabase
        }
        if tables.isEmpty || version > 0 && tables.contains("etl_run") { return }
        let shown = tables.prefix(3).joined(separator: ", ") + (tables.count > 3 ? ", …" : "")
        throw SourceFileError(
            file: path,
            message: "not an innostat warehouse (it holds tables \(shown)); refusing to add "
                + "innostat's schema to it (left as it was)")
    }

    /// Fails when the warehouse file is no longer the one opened as `identity`: deleted, or
    /// replaced by another file, during the run.
    func checkStill(_ identity: FileIdentity?) throws {
        guard let identity else { return }
        guard let now = FileIdentity(path: path) else {
            throw SourceFileError(
                file: path,
                message: "the warehouse file was deleted during the run; what the run wrote is lost"
            )
        }
        if now != identity {
            throw SourceFileError(
                file: path,
                message: "the warehouse file was replaced by another file during the run; what "
                    + "the run wrote is not in it")
        }
    }
}
