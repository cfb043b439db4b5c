import Foundation
import Testing

/// `run` computes and exports every indicator; `export` writes them again on demand.
@Suite(.serialized)
struct IndicatorEndToEndTests {
    static func read(_ innostat: InnoStatBinary, _ relative: String) throws -> String {
        try String(contentsOfFile: innostat.path(relative), encoding: .utf8)
    }

    /// `year → (value, status)` of an exported file.
    static func series(_ text: String) -> [Int: (value: Double?, status: String)] {
        var series: [Int: (Double?, String)] = [:]
        for line in text.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: ",", omittingEmptySubsequences: false)
            series[Int(fields[2])!] = (Double(fields[3]), String(fields[5]))
        }
        return series
    }

    @Test func runExportsEveryIndicatorWithGRDPCapitalShareFromTheRealFile() throws {
        let innostat = try InnoStatBinary()
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("indicators: "))
        #expect(run.stderr.contains("exported "))
        let codes = try innostat.scalar("SELECT group_concat(indicator_code, ' ') FROM indicator")
            .split(separator: " ")
        #expect(codes.count >= 32)
        for code in codes {
            #expect(
                FileManager.default.fileExists(
                    atPath: innostat.path("Warehouse/exports/\(code).csv")))
            #expect(
                FileManager.default.fileExists(
                    atPath: innostat.path("Warehouse/exports/\(code).csv-metadata.json")))
        }
        let share = Self.series(try Self.read(innostat, "Warehouse/exports/grdp_capital_share.csv"))
        #expect(share.keys.sorted() == Array(1985...2023))
        // 1985: (Seoul 23894954 + Incheon 4360946 + Gyeonggi 13217538) / 93917477 (the 13
        // provinces GRDP shows that year; Gwangju, Daejeon and Ulsan are inside their parents).
        // Exported to 15 significant digits: 44.15944648938983 is written 44.1594464893898.
        #expect(share[1985]?.value == 44.1594464893898)
        #expect(abs(share[1985]!.value! - 100 * 41_473_438 / 93917477.0) < 1e-12)
        // Gwangju from 1987, Daejeon 1989, Ulsan 1998, Sejong 2013.
        #expect(share.filter { $0.value.status == "B" }.keys.sorted() == [1987, 1989, 1998, 2013])
        #expect(share.values.allSatisfy { $0.status == "A" || $0.status == "B" })
        // The seed's figure.
        #expect(
            try Self.read(innostat, "Warehouse/exports/rd_private_share.csv")
                .contains("\nrd_private_share,KR,1981,56,percent,A\n"))
        // Recomputable from the rows it came from: 1985 read 13 GRDP observations.
        #expect(
            try innostat.scalar(
                """
                SELECT count(*) || ' ' || sum(value) FROM indicator_input
                WHERE indicator_code = 'grdp_capital_share' AND year = 1985
                """) == "13 93917477.0")
    }

    /// Population has no pipeline on this branch: two test pipelines read the real register and
    /// estimates files; every other pipeline is set aside so that the figures are these.
    @Test func perCapitaIndicesOnTheRealPopulationFiles() throws {
        let innostat = try InnoStatBinary()
        for name in try FileManager.default.contentsOfDirectory(atPath: innostat.path("Pipelines"))
        where !["kosis_grdp.yaml", "indicators.yaml"].contains(name) {
            try FileManager.default.removeItem(atPath: innostat.path("Pipelines/\(name)"))
        }
        try """
        source: {id: test_register, publisher: MOIS via KOSIS, title: register population}
        precedence: 10
        inputs: [population/행정구역_시군구_별__성별_인구수_20250626192009.xlsx]
        layout: wide
        wide: {header_rows: [period, 항목]}
        columns: {region: 행정구역(시군구)별}
        defaults: {unit: persons}
        rules:
          - when: {항목: 총인구수 (명)}
            set: {measure: population}
        unmatched: {skip: population by sex}
        measures:
          population: {name: Population, unit: persons}

        """.write(
            toFile: innostat.path("Pipelines/test_register.yaml"), atomically: true, encoding: .utf8
        )
        try """
        source: {id: test_estimates, publisher: KOSTAT, title: estimated population}
        precedence: 20
        inputs: [population/Census_pop_hist.csv]
        read: {comment_prefix: "#"}
        layout: wide
        wide: {period_pattern: '^(\\d{4})$'}
        columns: {region: state}
        region_code_system: gcam
        defaults: {unit: persons, measure: population}
        measures:
          population: {name: Population, unit: persons}

        """.write(
            toFile: innostat.path("Pipelines/test_estimates.yaml"), atomically: true,
            encoding: .utf8)
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        let gini = Self.series(
            try Self.read(innostat, "Warehouse/exports/grdp_per_capita_gini.csv"))
        #expect(gini.keys.sorted() == Array(1985...2023))
        // Recomputed independently (Python over the raw files, children folded into parents,
        // the register from 2000, the estimates before).
        let expected: [Int: Double] = [
            1985: 0.11114667111638109, 1997: 0.10506295658939115, 1998: 0.15702441479200774,
            2000: 0.1604404994937405, 2012: 0.18106780326317354, 2013: 0.1967743671479008,
            2023: 0.14444388539880038,
        ]
        for (year, value) in expected {
            #expect(abs(gini[year]!.value! - value) < 1e-14, "\(year)")
        }
        let theil = Self.series(
            try Self.read(innostat, "Warehouse/exports/grdp_per_capita_theil_t.csv"))
        #expect(abs(theil[2000]!.value! - 0.02672623184045155) < 1e-14)
        let williamson = Self.series(
            try Self.read(innostat, "Warehouse/exports/grdp_per_capita_williamson.csv"))
        #expect(abs(williamson[1985]!.value! - 0.17355407394633732) < 1e-14)
        // Breaks: new regions in 1987, 1989, 1998, 2013; the register replaces the estimates
        // in 2000. 2012 (Sejong in the register only, added to Chungnam) is not a break.
        #expect(
            gini.filter { $0.value.status == "B" }.keys.sorted() == [1987, 1989, 1998, 2000, 2013])
        #expect(
            try innostat.scalar(
                """
                SELECT text FROM indicator_note WHERE indicator_code = 'grdp_per_capita_gini'
                AND year = 2000 AND key = 'break'
                """)
                == "sources differ from 1999: +population/test_register −population/test_estimates")
        #expect(
            try innostat.scalar(
                """
                SELECT text FROM indicator_note WHERE indicator_code = 'grdp_per_capita_gini'
                AND year = 2012 AND key = 'merged'
                """) == "KR-50 into KR-44 (population)")
        #expect(
            try innostat.scalar(
                """
                SELECT gini || ' ' || regions || ' ' || status FROM v_regional_disparity
                WHERE base = 'grdp_per_capita' AND year = 1985
                """)
                == "0.111146671116381 13 A")
    }

    @Test func exportWritesWhatItIsAskedAndRefusesUnknownNames() throws {
        let innostat = try InnoStatBinary()
        #expect(try innostat.run("run").status == 0)
        let export = try innostat.run("export", "--out", "again", "grdp_capital_share")
        #expect(export.status == 0, "\(export.stderr)")
        #expect(export.stdout == "again/grdp_capital_share.csv\t39 rows\n")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: innostat.path("again")).sorted()
                == ["grdp_capital_share.csv", "grdp_capital_share.csv-metadata.json"])
        #expect(
            FileManager.default.contents(atPath: innostat.path("again/grdp_capital_share.csv"))
                == FileManager.default.contents(
                    atPath: innostat.path("Warehouse/exports/grdp_capital_share.csv")))
        let unknown = try innostat.run("export", "--out", "again", "gini")
        #expect(unknown.status == 64)
        #expect(
            unknown.stderr
                == "unknown indicator \"gini\" (closest: grdp_per_capita_gini, "
                + "grdp_per_capita_gini_w, rd_personnel_per_capita_gini, "
                + "rd_personnel_per_capita_gini_w)\n")
        let missing = try innostat.run("export", "--warehouse", "nowhere.sqlite")
        #expect(missing.status == 1)
        #expect(missing.stderr == "nowhere.sqlite: no warehouse here (run `innostat run` first)\n")
    }

    @Test func aMistakeInTheIndicatorsFileFailsTheRunButKeepsTheLoads() throws {
        let innostat = try InnoStatBinary()
        let path = innostat.path("Pipelines/indicators.yaml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try text.replacingOccurrences(of: "method: ratio", with: "method: quotient")
            .write(toFile: path, atomically: true, encoding: .utf8)
        let run = try innostat.run("run")
        #expect(run.status == 1)
        #expect(
            run.stderr.contains(
                "Pipelines/indicators.yaml: indicators[2].method: unknown method \"quotient\" "
                    + "(known: cagr, crossover, disparity, level, logistic_fit, ratio, share)"))
        #expect(try Int(innostat.scalar("SELECT count(*) FROM observation"))! > 1000)
        let validate = try innostat.run("validate")
        #expect(validate.status == 1)
        #expect(
            validate.stderr.hasPrefix(
                "Pipelines/indicators.yaml: indicators[2].method: unknown method \"quotient\""))
    }

    /// Gwangju split off Jeonnam in 1986: a file without it in 2015-2020 has a gap, which is
    /// left out and flagged; Jeonnam's personnel is not divided by Jeonnam's plus Gwangju's
    /// population.
    @Test func aProvinceMissingAfterItsSplitIsLeftOutNotAddedToItsParent() throws {
        let innostat = try InnoStatBinary()
        let file = innostat.path("RawData/regional_rd/rnd_population.csv")
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let lines = text.split(separator: "\r\n", omittingEmptySubsequences: false)
        let kept = lines.filter { !$0.hasPrefix("광주,") }
        #expect(kept.count == lines.count - 1)
        try kept.joined(separator: "\r\n").write(toFile: file, atomically: true, encoding: .utf8)
        let run = try innostat.run("run")
        #expect(run.status == 0, "\(run.stderr)")
        let code = "rd_personnel_per_capita_gini"
        #expect(
            try innostat.scalar(
                """
                SELECT group_concat(key || '=' || coalesce(text, ''), ' | ') FROM (
                  SELECT key, text FROM indicator_note
                  WHERE indicator_code = '\(code)' AND year = 2020 AND key IN ('left_out', 'break')
                  ORDER BY key)
                """) == "break=left out: KR-29 (population only) | left_out=KR-29 (population only)"
        )
        #expect(
            try innostat.scalar(
                "SELECT status FROM indicator_value WHERE indicator_code = '\(code)' AND year = 2020"
            ) == "B")
        // Jeonnam's population is its own: one input, not Jeonnam's and Gwangju's.
        #expect(
            try innostat.scalar(
                """
                SELECT group_concat(input_region_code) FROM indicator_input
                WHERE indicator_code = '\(code)' AND year = 2020 AND measure_code = 'population'
                  AND input_region_code IN ('KR-29', 'KR-46')
                """) == "KR-46")
    }
}
