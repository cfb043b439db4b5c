import Foundation
import SQLiteStore

/// The SQLite warehouse: opened, migrated to the current schema, vocabularies in place.
public final class Warehouse {
    public let database: Database
    public let path: String

    /// Opens (creating the file and its folder if needed) and migrates the warehouse.
    public init(path: String, busyTimeout: Double = 5) throws {
        self.path = path
        try Self.refuseForeignFile(at: path)
        try Self.createFolder(for: path)
        database = try Database(
            path: path, mode: .readWriteCreate,
            busyTimeout: Int32(clamping: Int((busyTimeout * 1000).rounded())))
        try WarehouseSchema.migrator.migrate(database)
        try syncVocabularies()
    }

    /// Creates the folder the warehouse file goes in.
    static func createFolder(for path: String) throws {
        try OutputPath.createFolder(
            (path as NSString).deletingLastPathComponent, what: "warehouse folder")
    }

    /// Opens an existing warehouse for reading only; a missing file is an error.
    public static func openReadOnly(path: String) throws -> Database {
        guard FileManager.default.fileExists(atPath: path) else {
            throw SourceFileError(
                file: path, message: "no warehouse here (run `innostat run` first)")
        }
        return try Database(path: path, mode: .readOnly)
    }

    /// Writes the region, sector, size and status vocabularies; safe to repeat.
    func syncVocabularies() throws {
        try database.transaction(.immediate) {
            try syncRegions(RegionCatalog.standard)
            let sector = try database.prepare(
                "INSERT OR REPLACE INTO sector(sector_code, name_en, name_ko) VALUES (?, ?, ?)")
            for entry in SectorCatalog.standard.entries {
                try sector.execute([.text(entry.code), .text(entry.nameEN), .text(entry.nameKO)])
            }
            let size = try database.prepare(
                "INSERT OR REPLACE INTO firm_size(size_code, name_en, name_ko) VALUES (?, ?, ?)")
            for entry in FirmSizeCatalog.standard.entries {
                try size.execute([.text(entry.code), .text(entry.nameEN), .text(entry.nameKO)])
            }
            let status = try database.prepare(
                "INSERT OR REPLACE INTO observation_status(status, name) VALUES (?, ?)")
            for entry in ObservationStatus.allCases {
                try status.execute([.text(entry.rawValue), .text(entry.name)])
            }
        }
    }

    /// The regions, their aliases and their lineage.
    private func syncRegions(_ catalog: RegionCatalog) throws {
        let region = try database.prepare(
            """
            INSERT INTO region(region_code, name_en, name_ko, level, parent_code,
                               is_capital_region, valid_from, valid_to)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT(region_code) DO UPDATE SET name_en = excluded.name_en,
                name_ko = excluded.name_ko, level = excluded.level,
                parent_code = excluded.parent_code,
                is_capital_region = excluded.is_capital_region,
                valid_from = excluded.valid_from, valid_to = excluded.valid_to
            """)
        for entry in catalog.regions {
            try region.execute([
                .text(entry.code), .text(entry.nameEN), DatabaseValue(entry.nameKO),
                .text(entry.level),
                DatabaseValue(entry.parentCode), .integer(entry.isCapitalRegion ? 1 : 0),
                DatabaseValue(entry.validFrom), DatabaseValue(entry.validTo),
            ])
        }
        try database.execute("DELETE FROM region_alias")
        let alias = try database.prepare(
            "INSERT OR IGNORE INTO region_alias(alias, code_system, region_code) VALUES (?, ?, ?)")
        for entry in catalog.aliases {
            try alias.execute([
                .text(entry.alias), .text(entry.codeSystem?.rawValue ?? "name"),
                .text(entry.regionCode),
            ])
        }
        let lineage = try database.prepare(
            "INSERT OR REPLACE INTO region_lineage(child_code, parent_code, split_date) VALUES (?, ?, ?)"
        )
        for entry in catalog.lineage {
            try lineage.execute([
                .text(entry.childCode), .text(entry.parentCode), .text(entry.splitDate),
            ])
        }
    }

    /// Records the pipeline's source and measures. A measure already in the warehouse with
    /// another unit is an error: one code, one unit.
    func register(_ spec: PipelineSpec) throws {
        try database.transaction(.immediate) {
            for measure in spec.measures {
                let existing = try database.scalar(
                    "SELECT unit FROM measure WHERE measure_code = ?", [.text(measure.code)])
                if let unit = existing.textValue, unit != measure.unit {
                    throw PipelineError(
                        file: spec.file, keyPath: "measures.\(measure.code).unit",
                        message:
                            "\"\(measure.unit)\", but the warehouse holds this measure in \"\(unit)\""
                    )
                }
                try database.run(
                    """
                    INSERT INTO measure(measure_code, name, unit, description,
                                        conflict_tolerance_percent)
                    VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(measure_code) DO UPDATE SET name = excluded.name,
                        description = coalesce(excluded.description, measure.description),
                        conflict_tolerance_percent = coalesce(
                            excluded.conflict_tolerance_percent,
                            measure.conflict_tolerance_percent)
                    """,
                    [
                        .text(measure.code), .text(measure.name), .text(measure.unit),
                        DatabaseValue(measure.description),
                        DatabaseValue(measure.conflictTolerancePercent),
                    ])
            }
            try SourceTable(database: database).register(spec)
        }
    }

    func beginRun(command: String) throws -> Int64 {
        try database.transaction(.immediate) {
            let now = Timestamp.now()
            try database.run(
                """
                INSERT INTO etl_run_error(run_id, stage, pipeline, file, message, recorded_at)
                SELECT l.run_id, 'load', l.pipeline, l.source_file,
                       'the run died while loading this file: rolled back', ?
                FROM etl_load l JOIN etl_run r USING (run_id)
                WHERE l.status = 'running' AND r.status = 'running'
                """, [.text(now)])
            try database.run(
                """
                INSERT INTO etl_run_error(run_id, stage, message, recorded_at)
                SELECT run_id, 'run',
                       'process ' || pid || ' ended before the run finished (killed, or the '
                       || 'machine stopped); marked aborted by run '
                       || (SELECT max(run_id) + 1 FROM etl_run), ?
                FROM etl_run WHERE status = 'running'
                """, [.text(now)])
            try database.run(
                "UPDATE etl_run SET status = 'aborted' WHERE status = 'running'")
            try database.run(
                "UPDATE etl_load SET status = 'aborted' WHERE status = 'running'")
            try database.run(
                """
                INSERT INTO etl_run(started_at, status, command, pid, innostat_version)
                VALUES (?, 'running', ?, ?, ?)
                """,
                [
                    .text(Timestamp.now()), .text(command),
                    .integer(Int64(ProcessInfo.processInfo.processIdentifier)),
                    .text(InnoStatVersion.current),
                ])
            return database.lastInsertRowID
        }
    }

    func finishRun(_ runID: Int64, succeeded: Bool) throws {
        try database.run(
            "UPDATE etl_run SET finished_at = ?, status = ? WHERE run_id = ?",
            [.text(Timestamp.now()), .text(succeeded ? "ok" : "failed"), .integer(runID)])
    }
}
