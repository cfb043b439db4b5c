/// Migration 8: every country and the aggregates as regions. A country other than Korea has no
/// Korean name here, so `name_ko` may be NULL, and `aggregate` (OECD, WLD, HIC) is a level.
extension WarehouseSchema {
    static let version8 = """
        PRAGMA legacy_alter_table = ON;
        CREATE TABLE region_rebuilt(
            region_code TEXT PRIMARY KEY,
            name_en TEXT NOT NULL,
            name_ko TEXT,
            level TEXT NOT NULL CHECK (level IN ('country', 'province', 'aggregate')),
            parent_code TEXT REFERENCES region(region_code),
            is_capital_region INTEGER NOT NULL CHECK (is_capital_region IN (0, 1)),
            valid_from TEXT,
            valid_to TEXT,
            CHECK (name_ko IS NOT NULL OR level <> 'province')
        ) STRICT;
        INSERT INTO region_rebuilt SELECT * FROM region;
        DROP TABLE region;
        ALTER TABLE region_rebuilt RENAME TO region;
        PRAGMA legacy_alter_table = OFF;
        """
}
