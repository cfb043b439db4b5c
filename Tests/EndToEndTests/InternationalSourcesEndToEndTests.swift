import Foundation
import SQLiteStore
import Testing

/// The World Bank and UIS files load every country: each figure read back from the warehouse
/// equals the file's cell, read here on its own (a plain CSV split and the ISO code table).
struct InternationalSourcesEndToEndTests {
    static let wdiFiles = [
        "international/wdi/API_GB.XPD.RSDV.GD.ZS_DS2_en_csv_v2_232.csv": "gerd_gdp_ratio",
        "international/wdi/API_SP.POP.SCIE.RD.P6_DS2_en_csv_v2_37695.csv":
            "researchers_per_million",
    ]
    static let uis = "international/unesco_uis/SCN_DS_16122020083400698.csv"

    /// Splits CSV text into records: quoted fields, doubled quotes, a BOM dropped.
    static func records(_ path: String) throws -> [[String]] {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var previous: Character = " "
        for character in text {
            if quoted {
                if character == "\"" { quoted = false } else { field.append(character) }
            } else if character == "\"" {
                if previous == "\"" { field.append("\"") }
                quoted = true
            } else if character == "," {
                record.append(field)
                field = ""
            } else if character == "\n" || character == "\r\n" {
                record.append(field)
                records.append(record)
                (record, field) = ([], "")
            } else {
                field.append(character)
            }
            previous = character
        }
        if !record.isEmpty || !field.isEmpty { records.append(record + [field]) }
        return records
    }

    /// Alpha-3 → alpha-2, from the ISO table the region vocabulary was made from.
    static func alpha2ByAlpha3() throws -> [String: String] {
        let rows = try records(
            "\(TestPaths.packageRoot)/Tests/InnoStatCoreTests/Fixtures/country-codes/country-codes.csv"
        )
        let header = rows[0]
        let alpha2 = header.firstIndex(of: "ISO3166-1-Alpha-2")!
        let alpha3 = header.firstIndex(of: "ISO3166-1-Alpha-3")!
        return Dictionary(uniqueKeysWithValues: rows.dropFirst().map { ($0[alpha3], $0[alpha2]) })
    }

    static func figures(_ database: Database, source: String) throws -> [String: String] {
        var figures: [String: String] = [:]
        for row in try database.rows(
            """
            SELECT measure_code || ' ' || region_code || ' ' || period AS key,
                   coalesce(value, '') || '|' || status || '|' || coalesce(note, '') AS figure
            FROM observation WHERE source_id = ?
            """, [.text(source)])
        {
            figures[row.text("key")!] = row.text("figure")!
        }
        return figures
    }

    @Test func everyCountryOfTheWorldBankFilesLoadsAsTheFileHasIt() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run", "--only", "world_bank_wdi").status == 0)
        let database = try Database(
            path: innostat.path("Warehouse/warehouse.sqlite"), mode: .readOnly)
        let figures = try Self.figures(database, source: "world_bank_wdi")
        let countries = try Self.alpha2ByAlpha3()
        var expected: [String: String] = [:]
        var regions: Set<String> = []
        for (file, measure) in Self.wdiFiles {
            let rows = try Self.records(innostat.path("RawData/\(file)"))
            let header = rows[4]
            for row in rows.dropFirst(5) {
                guard let region = countries[row[1]] ?? ["WLD": "WLD", "OED": "OECD"][row[1]]
                else { continue }
                regions.insert(region)
                for (index, year) in header.enumerated() where year.count == 4 {
                    let value = row[index].isEmpty ? "" : String(Double(row[index])!)
                    expected["\(measure) \(region) \(year)"] =
                        row[index].isEmpty ? "|M|" : "\(value)|A|"
                }
            }
        }
        #expect(regions.count == 217)
        #expect(regions.isSuperset(of: ["KR", "JP", "US", "DE", "CN", "FR", "GB", "WLD", "OECD"]))
        for (key, figure) in expected { #expect(figures[key] == figure, "\(key)") }
        let korea = try #require(expected["gerd_gdp_ratio KR 2023"])
        #expect(figures["gerd_gdp_ratio KR 2023"] == korea)
        // 215 countries and WLD, OECD above, the EU, euro area and six income groups besides.
        #expect(figures.count == expected.count + 8 * 66 * 2)
    }

    @Test func everyCountryOfTheUISFileLoadsWithItsFlags() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run", "--only", "unesco_uis").status == 0)
        let database = try Database(
            path: innostat.path("Warehouse/warehouse.sqlite"), mode: .readOnly)
        let figures = try Self.figures(database, source: "unesco_uis_2020")
        let countries = try Self.alpha2ByAlpha3()
        var expected: [String: String] = [:]
        for row in try Self.records(innostat.path("RawData/\(Self.uis)")).dropFirst() {
            guard row[0] == "EXPGDP_TOT", let region = countries[row[2]] else { continue }
            let status = row[7].isEmpty ? "A" : "E"
            expected["gerd_gdp_ratio \(region) \(row[4])"] =
                "\(Double(row[6])!)|\(status)|\(row[8])"
        }
        #expect(expected.count > 1500)
        #expect(expected.values.filter { $0.contains("|E|National Estimation") }.count > 10)
        for (key, figure) in expected { #expect(figures[key] == figure, "\(key)") }
        #expect(
            figures["rd_expenditure KR 2018"] != nil && figures["rd_expenditure JP 2018"] == nil)
    }
}
