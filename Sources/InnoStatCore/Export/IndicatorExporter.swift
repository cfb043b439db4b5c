import CSVStream
import Foundation
import SQLiteStore

/// Writes indicators from the warehouse to `<out>/<code>.csv` in the export contract (UTF-8
/// without BOM, RFC 4180, LF; header `indicator,region,year,value,unit,status`; rows by region
/// then year; values as the shortest decimal that round-trips; an empty value only with status
/// `M`) and a CSVW sidecar `<code>.csv-metadata.json` beside each.
public struct IndicatorExporter {
    /// A file pair written.
    public struct ExportedFile: Sendable, Equatable {
        public let code: String
        public let path: String
        public let rows: Int
    }

    /// An indicator name the warehouse does not know.
    public struct UnknownIndicator: Error, Equatable, CustomStringConvertible {
        public let name: String
        public let known: [String]

        public var description: String {
            "unknown indicator \"\(name)\" (known: \(known.joined(separator: ", ")))"
        }
    }

    public static let header = ["indicator", "region", "year", "value", "unit", "status"]

    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The indicators of the warehouse, in catalog order.
    public func knownIndicators() throws -> [String] {
        try database.rows("SELECT indicator_code FROM indicator ORDER BY position").compactMap {
            $0[0].textValue
        }
    }

    /// Exports the named indicators (every one when `codes` is empty) into `directory`.
    public func export(_ codes: [String], to directory: String) throws -> [ExportedFile] {
        let known = try knownIndicators()
        for code in codes where !known.contains(code) {
            throw UnknownIndicator(name: code, known: known)
        }
        do {
            try FileManager.default.createDirectory(
                atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw SourceFileError(
                file: directory,
                message: "cannot create the exports folder: \(error.localizedDescription)")
        }
        return try (codes.isEmpty ? known : codes).map { try export($0, to: directory) }
    }

    private func export(_ code: String, to directory: String) throws -> ExportedFile {
        let definition = try database.rows(
            "SELECT unit, run_id FROM indicator WHERE indicator_code = ?", [.text(code)])[0]
        let unit = definition[0].textValue ?? ""
        let path = (directory as NSString).appendingPathComponent("\(code).csv")
        let writer = try CSVFileWriter(path: path)
        try writer.write(Self.header)
        let rows = try database.rows(
            """
            SELECT region_code, year, value, status FROM indicator_value
            WHERE indicator_code = ? ORDER BY region_code, year
            """, [.text(code)])
        for row in rows {
            let value = row[2].doubleValue.map(DecimalFormat.shortest) ?? ""
            try writer.write([
                code, row[0].textValue ?? "", String(row[1].integerValue ?? 0), value, unit,
                row[3].textValue ?? "",
            ])
        }
        try writer.close()
        let metadata = try CSVWMetadata(database: database, code: code).json()
        let metadataPath = path + "-metadata.json"
        guard FileManager.default.createFile(atPath: metadataPath, contents: metadata) else {
            throw SourceFileError(file: metadataPath, message: "cannot write the metadata file")
        }
        return ExportedFile(code: code, path: path, rows: rows.count)
    }
}
