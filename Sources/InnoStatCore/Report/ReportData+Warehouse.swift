import SQLiteStore

extension ReportData {
    /// Reads the report's data from a warehouse (opened read-only is enough). A table or view
    /// the warehouse lacks, or an indicator without values, leaves its part empty.
    public init(reading database: Database) throws {
        self.init(warehouse: database.path)
        let relations = Set(
            try database.rows("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
                .compactMap { $0.text("name") })
        let reader = Reader(database: database, relations: relations)
        regionNames = try reader.regionNames()
        funding = try reader.funding()
        centres = try reader.series(Code.centres)
        smeShare = try reader.series(Code.smeShare)
        centresGrowth = try reader.series(Code.centresGrowth)
        disparity = try Code.disparity.compactMap { try reader.series($0) }
        breaks = try reader.breaks(Code.disparity)
        capitalShares = try Code.capitalShares.compactMap { try reader.series($0) }
        distribution = try reader.distribution(Code.gini, weighted: Code.weightedGini)
        conflicts = try reader.conflicts()
        run = try reader.lastRun()
        if let run {
            (rejects, rejectCount) = try reader.rejects(run: run.id)
            (warnings, warningCount) = try reader.warnings(run: run.id)
        }
        citations = try reader.citations()
    }
}

/// The queries behind ``ReportData/init(reading:)``.
private struct Reader {
    let database: Database
    let relations: Set<String>

    func has(_ names: String...) -> Bool { names.allSatisfy(relations.contains) }

    /// The join from an `indicator_input` row `i` to its observation `o`.
    static let inputObservation = """
        JOIN observation o ON o.measure_code = i.measure_code
         AND o.region_code = i.input_region_code AND o.period = i.period
         AND o.sector_code = i.sector_code AND o.size_code = i.size_code
         AND o.source_id = i.source_id
        """

    /// `column` of `region` by region code; a region without one is named `fallback(code)`.
    func regionNames(_ column: String = "name_en", fallback: (String) -> String = { $0 }) throws
        -> [String: String]
    {
        guard has("region") else { return [:] }
        var names: [String: String] = [:]
        for row in try database.rows("SELECT region_code, \(column) FROM region") {
            guard let code = row.text("region_code") else { continue }
            names[code] = row.text(column) ?? fallback(code)
        }
        return names
    }

    func funding() throws -> [ReportData.FundingYear] {
        guard has("v_rd_funding_share") else { return [] }
        return try database.rows(
            """
            SELECT year, private_share, government_share, private_status, government_status,
                   crossover
            FROM v_rd_funding_share ORDER BY year
            """
        ).map { row in
            ReportData.FundingYear(
                year: row.int("year") ?? 0, privateShare: row.double("private_share"),
                governmentShare: row.double("government_share"),
                privateStatus: row.text("private_status"),
                governmentStatus: row.text("government_status"), crossover: row.text("crossover"))
        }
    }

    /// The values of `code` for region KR; nil when it has none.
    func series(_ code: String) throws -> ReportData.IndicatorSeries? {
        guard has("indicator_value", "indicator") else { return nil }
        var lowerBounds: Set<Int> = []
        if has("indicator_input", "observation") {
            lowerBounds = Set(
                try database.rows(
                    """
                    SELECT DISTINCT i.year AS year FROM indicator_input i \(Self.inputObservation)
                    WHERE i.indicator_code = ? AND o.note LIKE '%lower bound%'
                    """, [.text(code)]
                ).compactMap { $0.int("year") })
        }
        let values = try database.rows(
            """
            SELECT year, value, status FROM indicator_value
            WHERE indicator_code = ? AND region_code = 'KR' AND value IS NOT NULL ORDER BY year
            """, [.text(code)]
        ).map { row -> ReportData.YearValue in
            let year = row.int("year") ?? 0
            return ReportData.YearValue(
                year: year, value: row.double("value") ?? 0, status: row.text("status") ?? "A",
                isLowerBound: lowerBounds.contains(year))
        }
        guard !values.isEmpty else { return nil }
        let definition = try database.rows(
            "SELECT name, unit FROM indicator WHERE indicator_code = ?", [.text(code)]
        ).first
        return ReportData.IndicatorSeries(
            code: code, name: definition?.text("name") ?? code,
            unit: definition?.text("unit") ?? "", values: values)
    }

    /// Why each year of `codes` with status `B` is a break: the indicator's `break` notes, else
    /// the inputs that carry status `B` with their observations' notes.
    func breaks(_ codes: [String]) throws -> [Int: [String]] {
        guard has("indicator_value", "indicator_note") else { return [:] }
        var reasons: [Int: [String]] = [:]
        func add(_ year: Int, _ reason: String) {
            if !(reasons[year] ?? []).contains(reason) { reasons[year, default: []].append(reason) }
        }
        for code in codes {
            for row in try database.rows(
                """
                SELECT year, text FROM indicator_note
                WHERE indicator_code = ? AND key = 'break' AND year IS NOT NULL ORDER BY year
                """, [.text(code)])
            {
                add(row.int("year") ?? 0, row.text("text") ?? "")
            }
            guard has("indicator_input", "observation") else { continue }
            for row in try database.rows(
                """
                SELECT DISTINCT i.year AS year, i.measure_code AS measure_code,
                       i.source_id AS source_id, o.note AS note
                FROM indicator_input i \(Self.inputObservation)
                WHERE i.indicator_code = ? AND i.status = 'B' ORDER BY i.year
                """, [.text(code)])
            {
                let year = row.int("year") ?? 0
                let source = "\(row.text("measure_code") ?? "")/\(row.text("source_id") ?? "")"
                let note = row.text("note").map { ": \($0)" } ?? ""
                add(year, "input \(source) has status B\(note)")
            }
            for row in try database.rows(
                """
                SELECT year FROM indicator_value
                WHERE indicator_code = ? AND region_code = 'KR' AND status = 'B'
                """, [.text(code)])
            {
                let year = row.int("year") ?? 0
                if reasons[year] == nil { add(year, "status B (no reason recorded)") }
            }
        }
        return reasons
    }

    /// The inputs of the latest year of `code`, aligned by region lineage as the index was.
    func distribution(_ code: String, weighted: String) throws -> ReportData.Distribution? {
        guard has("indicator", "indicator_value", "indicator_input", "region", "region_lineage"),
            let definition = try database.rows(
                "SELECT measure_code, per_capita_code FROM indicator WHERE indicator_code = ?",
                [.text(code)]
            ).first,
            let measure = definition.text("measure_code"),
            let perCapita = definition.text("per_capita_code"),
            let year = try database.scalar(
                """
                SELECT max(year) FROM indicator_value
                WHERE indicator_code = ? AND value IS NOT NULL
                """, [.text(code)]
            ).integerValue
        else { return nil }
        let (numerator, denominator) = try distributionInputs(
            code, year: year, measure: measure, perCapita: perCapita)
        guard !numerator.isEmpty, !denominator.isEmpty else { return nil }
        let aligned = RegionAlignment(lineage: try database.regionLineage(), year: Int(year)).align(
            numerator: numerator, denominator: denominator, numeratorName: measure,
            denominatorName: perCapita)
        let english = try regionNames()
        let units = aligned.regions.map { region in
            LorenzCurve.Unit(
                code: region.code, name: english[region.code] ?? region.code,
                value: region.numerator.value, weight: region.denominator?.value ?? 1)
        }
        return ReportData.Distribution(
            indicatorCode: code, year: Int(year), measureCode: measure, perCapitaCode: perCapita,
            units: units, koreanNames: try regionNames("name_ko", fallback: { _ in "" }),
            gini: try nationalValue(code, year: year),
            weightedGini: try nationalValue(weighted, year: year), merges: aligned.merges,
            citations: try citations(year: year)[code] ?? [])
    }

    /// The `measure` and `perCapita` inputs of `code` in `year`, summed by input region.
    func distributionInputs(_ code: String, year: Int64, measure: String, perCapita: String)
        throws -> ([String: RegionAlignment.Figure], [String: RegionAlignment.Figure])
    {
        var numerator: [String: RegionAlignment.Figure] = [:]
        var denominator: [String: RegionAlignment.Figure] = [:]
        for row in try database.rows(
            """
            SELECT measure_code, input_region_code, value FROM indicator_input
            WHERE indicator_code = ? AND year = ? AND value IS NOT NULL
            """, [.text(code), .integer(year)])
        {
            guard let region = row.text("input_region_code"), let value = row.double("value")
            else { continue }
            let figure = RegionAlignment.Figure(value: value, inputs: [])
            if row.text("measure_code") == measure {
                numerator[region] = numerator[region].map { $0 + figure } ?? figure
            } else if row.text("measure_code") == perCapita {
                denominator[region] = denominator[region].map { $0 + figure } ?? figure
            }
        }
        return (numerator, denominator)
    }

    /// The value of `indicator` for the whole country (region KR) in `year`.
    func nationalValue(_ indicator: String, year: Int64) throws -> Double? {
        try database.scalar(
            """
            SELECT value FROM indicator_value
            WHERE indicator_code = ? AND year = ? AND region_code = 'KR'
            """, [.text(indicator), .integer(year)]
        ).doubleValue
    }

    func conflicts() throws -> [ReportData.Conflict] {
        guard has("v_source_conflict", "measure") else { return [] }
        return try database.rows(
            """
            SELECT c.measure_code AS measure_code, coalesce(m.unit, '') AS unit,
                   c.region_code AS region_code, c.period AS period,
                   c.sector_code AS sector_code, c.size_code AS size_code,
                   c.source_id AS source_id, c.source_period AS source_period, c.value AS value,
                   c.preferred_source_id AS preferred_source_id,
                   c.preferred_value AS preferred_value,
                   c.difference_percent AS difference_percent,
                   c.tolerance_percent AS tolerance_percent, c.source_file AS source_file,
                   c.source_line AS source_line
            FROM v_source_conflict c LEFT JOIN measure m USING (measure_code)
            WHERE NOT (c.source_id = c.preferred_source_id AND c.value = c.preferred_value)
            ORDER BY c.measure_code, c.region_code, c.period, c.sector_code, c.size_code,
                     c.source_id
            """
        ).map { row in
            ReportData.Conflict(
                measureCode: row.text("measure_code") ?? "", unit: row.text("unit") ?? "",
                regionCode: row.text("region_code") ?? "", period: row.text("period") ?? "",
                sectorCode: row.text("sector_code") ?? "", sizeCode: row.text("size_code") ?? "",
                sourceID: row.text("source_id") ?? "",
                sourcePeriod: row.text("source_period") ?? "", value: row.double("value") ?? 0,
                preferredSourceID: row.text("preferred_source_id") ?? "",
                preferredValue: row.double("preferred_value") ?? 0,
                differencePercent: row.double("difference_percent") ?? 0,
                tolerancePercent: row.double("tolerance_percent") ?? 0.5,
                sourceFile: row.text("source_file") ?? "", sourceLine: row.int("source_line"))
        }
    }

    func lastRun() throws -> ReportData.Run? {
        guard has("etl_run", "etl_load"),
            let row = try database.rows(
                """
                SELECT run_id, started_at, finished_at, status FROM etl_run
                ORDER BY run_id DESC LIMIT 1
                """
            ).first, let id = row.integer("run_id")
        else { return nil }
        var files: [String: Int] = [:]
        for load in try database.rows(
            "SELECT status, count(*) AS files FROM etl_load WHERE run_id = ? GROUP BY status",
            [.integer(id)]
        ) {
            files[load.text("status") ?? ""] = load.int("files") ?? 0
        }
        return ReportData.Run(
            id: Int(id), startedAt: row.text("started_at") ?? "",
            finishedAt: row.text("finished_at"), status: row.text("status") ?? "", files: files,
            errors: try runErrors(id),
            unchanged: try unchangedFiles(id))
    }

    func runErrors(_ run: Int64) throws -> [ReportData.RunError] {
        guard has("etl_run_error") else { return [] }
        return try database.rows(
            """
            SELECT stage, pipeline, file, message FROM etl_run_error WHERE run_id = ?
            ORDER BY error_id
            """, [.integer(run)]
        ).map { row in
            ReportData.RunError(
                stage: row.text("stage") ?? "", pipeline: row.text("pipeline") ?? "",
                file: row.text("file") ?? "", message: row.text("message") ?? "")
        }
    }

    func unchangedFiles(_ run: Int64) throws -> [ReportData.UnchangedFile] {
        guard has("v_run_reject") else { return [] }
        return try database.rows(
            """
            SELECT u.source_file AS source_file, f.run_id AS since_run,
                   f.observations_loaded AS observations_loaded, f.rejects AS rejects,
                   f.check_warnings AS check_warnings
            FROM etl_load u JOIN etl_load f ON f.load_id = u.in_force_load_id
            WHERE u.run_id = ? AND u.status = 'unchanged' ORDER BY u.load_id
            """, [.integer(run)]
        ).map { row in
            ReportData.UnchangedFile(
                file: row.text("source_file") ?? "", sinceRun: row.int("since_run") ?? 0,
                observations: row.int("observations_loaded") ?? 0,
                rejects: row.int("rejects") ?? 0, checkWarnings: row.int("check_warnings") ?? 0)
        }
    }

    /// The rejects standing as of the run: its own and, for unchanged files, the load in
    /// force's (`v_run_reject`; `etl_reject` alone in a warehouse without the view).
    func rejects(run: Int) throws -> ([ReportData.Reject], Int) {
        guard has("etl_reject") else { return ([], 0) }
        let from =
            has("v_run_reject")
            ? "v_run_reject" : "(SELECT *, run_id AS rejected_in_run FROM etl_reject)"
        let count =
            try database.scalar(
                "SELECT count(*) FROM \(from) WHERE run_id = ?", [.integer(Int64(run))]
            ).integerValue ?? 0
        let rows = try database.rows(
            """
            SELECT source_file, line, column_number, column_name, raw_text, reason_code, message,
                   rejected_in_run
            FROM \(from) WHERE run_id = ? ORDER BY reject_id LIMIT ?
            """, [.integer(Int64(run)), .integer(Int64(ReportData.rowLimit))])
        return (
            rows.map { row in
                ReportData.Reject(
                    file: row.text("source_file") ?? "", line: row.int("line"),
                    column: row.int("column_number"), columnName: row.text("column_name") ?? "",
                    rawText: row.text("raw_text") ?? "", reason: row.text("reason_code") ?? "",
                    message: row.text("message") ?? "", run: row.int("rejected_in_run"))
            }, Int(count)
        )
    }

    func warnings(run: Int) throws -> ([ReportData.CheckWarning], Int) {
        guard has("etl_check_failure", "etl_load") else { return ([], 0) }
        let from =
            has("v_run_check_failure")
            ? """
            FROM v_run_check_failure f JOIN etl_load l ON l.load_id = f.failed_in_load
            WHERE f.run_id = ? AND f.severity = 'warn'
            """
            : """
            FROM etl_check_failure f JOIN etl_load l USING (load_id)
            WHERE l.run_id = ? AND f.severity = 'warn'
            """
        let count =
            try database.scalar("SELECT count(*) \(from)", [.integer(Int64(run))])
            .integerValue ?? 0
        let rows = try database.rows(
            """
            SELECT f.source_file AS source_file, f.line AS line,
                   f.column_number AS column_number, f.raw_text AS raw_text,
                   f.message AS message, l.run_id AS run_id \(from)
            ORDER BY f.failure_id LIMIT ?
            """, [.integer(Int64(run)), .integer(Int64(ReportData.rowLimit))])
        return (
            rows.map { row in
                ReportData.CheckWarning(
                    file: row.text("source_file") ?? "", line: row.int("line"),
                    column: row.int("column_number"), rawText: row.text("raw_text") ?? "",
                    message: row.text("message") ?? "", run: row.int("run_id"))
            }, Int(count)
        )
    }

    /// The publications behind each indicator's inputs, of one year or of all.
    func citations(year: Int64? = nil) throws -> [String: [ReportData.Citation]] {
        guard has("indicator_input", "source") else { return [:] }
        var citations: [String: [ReportData.Citation]] = [:]
        for row in try database.rows(
            """
            SELECT DISTINCT i.indicator_code AS indicator_code, s.publisher AS publisher,
                   s.title AS title, s.url AS url
            FROM indicator_input i JOIN source s USING (source_id)
            WHERE ?1 IS NULL OR i.year = ?1
            ORDER BY 1, 2, 3, 4
            """, [DatabaseValue(year)])
        {
            let code = row.text("indicator_code") ?? ""
            let publisher = row.text("publisher") ?? ""
            let title = row.text("title") ?? ""
            var list = citations[code] ?? []
            if list.last?.publisher != publisher || list.last?.title != title {
                list.append(ReportData.Citation(publisher: publisher, title: title))
            }
            if let url = row.text("url"), !url.isEmpty { list[list.count - 1].urls.append(url) }
            citations[code] = list
        }
        return citations
    }
}
