import SQLiteStore
import Testing

@testable import InnoStatCore

/// Migration 7 on a warehouse of version 6: the figures it held stay, quarters and halves
/// become periods, anything else is still refused, and the new columns are there.
struct PeriodMigrationTests {
    static func versionSix() throws -> (TemporaryFolder, Database) {
        let folder = try TemporaryFolder()
        let database = try Database(path: folder.path + "/w.sqlite")
        let six = Array(WarehouseSchema.migrations.prefix { $0.version <= 6 })
        #expect(try Migrator(six).migrate(database) == [1, 2, 3, 4, 5, 6])
        try database.execute(
            """
            INSERT INTO region VALUES ('KR', 'Korea', '대한민국', 'country', NULL, 0, NULL, NULL);
            INSERT INTO sector VALUES ('TOT', 'total', '계');
            INSERT INTO firm_size VALUES ('ALL', 'all', '전체');
            INSERT INTO observation_status VALUES ('A', 'normal');
            INSERT INTO measure(measure_code, name, unit) VALUES ('m', 'M', 'count');
            INSERT INTO source(source_id, publisher, title, pipeline, precedence)
                VALUES ('s', 'P', 'T', 'p', 1);
            INSERT INTO etl_run(run_id, started_at, status, command, pid, innostat_version)
                VALUES (1, '2026-01-01T00:00:00Z', 'ok', 'run', 1, '0');
            INSERT INTO etl_load(load_id, run_id, pipeline, source_id, source_file, relative_path,
                                 started_at, status)
                VALUES (1, 1, 'p', 's', 'RawData/a.csv', 'a.csv', '2026-01-01T00:00:00Z', 'loaded');
            INSERT INTO observation(measure_code, region_code, period, year, sector_code, size_code,
                                    value, status, source_id, load_id, source_file, source_line)
                VALUES ('m', 'KR', '1981-10', 1981, 'TOT', 'ALL', 53, 'A', 's', 1, 'RawData/a.csv', 2);
            """)
        return (folder, database)
    }

    static func insert(_ period: String, into database: Database) throws {
        try database.run(
            """
            INSERT INTO observation(measure_code, region_code, period, year, sector_code, size_code,
                                    value, status, source_id, load_id, source_file, source_line)
            VALUES ('m', 'KR', ?, CAST(substr(?, 1, 4) AS INTEGER), 'TOT', 'ALL', 1, 'A', 's', 1,
                    'RawData/a.csv', 3)
            """, [.text(period), .text(period)])
    }

    @Test func keepsTheFiguresAndAcceptsQuartersAndHalves() throws {
        let (folder, database) = try Self.versionSix()
        _ = folder
        #expect(throws: (any Error).self) { try Self.insert("2024-Q3", into: database) }
        #expect(try WarehouseSchema.migrator.migrate(database) == [7, 8])
        #expect(
            try database.rows("SELECT period, value FROM observation").map {
                "\($0.text("period") ?? "") \($0.double("value") ?? 0)"
            } == ["1981-10 53.0"])
        for period in ["2024-Q3", "2020-S2", "2024-12"] {
            try Self.insert(period, into: database)
        }
        #expect(try database.rows("PRAGMA foreign_key_check").isEmpty)
        #expect(
            try database.rows(
                "SELECT name FROM pragma_index_list('observation') WHERE name LIKE 'observation_by%'"
            ).count == 2)
        _ = try database.rows("SELECT sheet FROM etl_load")
        _ = try database.rows("SELECT table_id, retrieved, reference_period FROM source")
    }

    @Test(arguments: ["2024-Q5", "2024-Q0", "2024-S3", "2024-13", "2024-00", "24-Q1", "2024Q3"])
    func stillRefusesWhatIsNoPeriod(_ period: String) throws {
        let (folder, database) = try Self.versionSix()
        _ = folder
        _ = try WarehouseSchema.migrator.migrate(database)
        #expect(throws: (any Error).self) { try Self.insert(period, into: database) }
    }
}
