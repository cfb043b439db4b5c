import CSVStream
import Foundation
import SQLiteStore

/// Writes indicators from the warehouse, each file with a CSVW sidecar `<file>-metadata.json`.
///
/// - `csv`, `long` (the export contract): `<code>.csv`, UTF-8 without BOM, RFC 4180, LF; header
///   `indicator,region,year,value,unit,status`; rows by region then year; values as the shortest
///   decimal that round-trips; an empty value only with status `M`.
/// - `sdmx-csv`: `<code>.sdmx.csv`, SDMX-CSV 1.0 (``ExportTable/sdmxHeader``), rows in the same
///   order.
/// - `csv`, `wide`: `<code>.wide.csv` with a row per region and a column per year that has a
///   value, and `<code>.wide.status.csv` of the same shape holding the statuses.
public struct IndicatorExporter {
    /// A file written.
    public struct ExportedFile: Sendable, Equatable {
        public let code: String
        public let path: String
        /// Data rows, the header aside.
        public let rows: Int
    }

    /// An indicator name the warehouse does not know.
    public struct UnknownIndicator: Error, Equatable, CustomStringConvertible {
        public let name: String
        public let closest: [String]

        public var description: String {
            "unknown indicator \"\(name)\" (closest: \(closest.joined(separator: ", ")))"
        }
    }

    /// A layout the format does not have.
    public struct UnsupportedLayout: Error, Equatable, CustomStringConvertible {
        public let format: ExportFormat
        public let layout: ExportLayout

        public init(format: ExportFormat, layout: ExportLayout) {
            self.format = format
            self.layout = layout
        }

        public var description: String {
            "--layout \(layout.rawValue): \(format.rawValue) has one observation per row; "
                + "the wide layout is for --format csv"
        }
    }

    public static let header = ExportTable.contractHeader

    public let database: Database

    public init(database: Database) {
        self.database = database
    }

    /// The indicators of the warehouse, in catalog order.
    public func knownIndicators() throws -> [String] {
        try database.rows("SELECT indicator_code FROM indicator ORDER BY position").compactMap {
            $0.text("indicator_code")
        }
    }

    /// Exports the named indicators (every one when `codes` is empty) into `directory`.
    public func export(
        _ codes: [String], to directory: String, format: ExportFormat = .csv,
        layout: ExportLayout = .long
    ) throws -> [ExportedFile] {
        if format == .sdmxCSV && layout == .wide {
            throw UnsupportedLayout(format: format, layout: layout)
        }
        let known = try knownIndicators()
        for code in codes where !known.contains(code) {
            throw UnknownIndicator(name: code, closest: ClosestNames.near(code, in: known))
        }
        try OutputPath.createFolder(directory, what: "exports folder")
        var files: [ExportedFile] = []
        for code in codes.isEmpty ? known : codes {
            let values = try IndicatorRows(database: database, code: code)
            switch (format, layout) {
            case (.csv, .long):
                files.append(try write(.contract, values, to: directory))
            case (.sdmxCSV, _):
                files.append(try write(.sdmx, values, to: directory))
            case (.csv, .wide):
                files.append(try write(.wideValues(years: values.years), values, to: directory))
                files.append(try write(.wideStatuses(years: values.years), values, to: directory))
            }
        }
        return files
    }

    private func write(_ table: ExportTable, _ values: IndicatorRows, to directory: String)
        throws -> ExportedFile
    {
        let path = (directory as NSString).appendingPathComponent(table.fileName(values.code))
        let writer = try CSVFileWriter(path: path)
        try writer.write(table.header)
        let records = values.records(for: table)
        for record in records { try writer.write(record) }
        try writer.close()
        let metadata = try CSVWMetadata(database: database, code: values.code, table: table)
            .json()
        let metadataPath = path + "-metadata.json"
        try OutputPath.write(metadata, to: metadataPath, what: "metadata file")
        return ExportedFile(code: values.code, path: path, rows: records.count)
    }
}
