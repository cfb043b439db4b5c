extension ReportPage {
    static let largestPerMeasure = 3

    // MARK: 6. Source conflicts

    func conflictsSection() -> String {
        let conflicts = data.conflicts
        guard !conflicts.isEmpty else {
            return Markup.text(
                "p", [:],
                "No figure differs from the preferred source's by more than its measure's "
                    + "tolerance (v_source_conflict is empty).")
        }
        let byMeasure = Self.conflictsByMeasure(conflicts)
        let largest = byMeasure.flatMap { _, rows in
            rows.sorted { $0.differencePercent > $1.differencePercent }
                .prefix(Self.largestPerMeasure)
        }
        return Self.conflictsIntro(conflicts) + Self.conflictSummary(byMeasure).html()
            + conflictTable(
                Array(largest),
                caption: "The largest differences, up to \(Self.largestPerMeasure) per measure")
            + Markup.element(
                "details", [:],
                Markup.text(
                    "summary", [:], "All \(conflicts.count) differing figures, with file and line")
                    + conflictTable(conflicts, caption: nil, withFile: true))
    }

    /// Region, period, sector and size: what a conflict is about within its measure.
    static func conflictKey(_ conflict: ReportData.Conflict) -> String {
        [conflict.regionCode, conflict.period, conflict.sectorCode, conflict.sizeCode]
            .joined(separator: "|")
    }

    /// The conflicts of each measure, measures in the order they first appear.
    static func conflictsByMeasure(_ conflicts: [ReportData.Conflict])
        -> [(measure: String, conflicts: [ReportData.Conflict])]
    {
        var measures: [String] = []
        var byMeasure: [String: [ReportData.Conflict]] = [:]
        for conflict in conflicts {
            if byMeasure[conflict.measureCode] == nil { measures.append(conflict.measureCode) }
            byMeasure[conflict.measureCode, default: []].append(conflict)
        }
        return measures.map { ($0, byMeasure[$0] ?? []) }
    }

    static func conflictsIntro(_ conflicts: [ReportData.Conflict]) -> String {
        let keys = Set(conflicts.map { $0.measureCode + "|" + conflictKey($0) }).count
        return Markup.text(
            "p", [:],
            "\(ReportNumber.format(Double(keys), decimals: 0)) "
                + "keys where another source's figure differs from the one the warehouse prefers "
                + "(v_observation, by each pipeline's precedence) by more than the measure's "
                + "tolerance; \(ReportNumber.format(Double(conflicts.count), decimals: 0)) "
                + "differing figures in all. The difference is in percent of the larger of the two."
        )
    }

    static func conflictSummary(
        _ byMeasure: [(measure: String, conflicts: [ReportData.Conflict])]
    ) -> HTMLTable {
        HTMLTable(
            caption: "By measure",
            columns: [
                HTMLTable.Column("Measure", .code), HTMLTable.Column("Unit"),
                HTMLTable.Column("Keys", .number), HTMLTable.Column("Figures that differ", .number),
                HTMLTable.Column("Largest difference (%)", .number),
                HTMLTable.Column("Tolerance (%)", .number), HTMLTable.Column("Sources", .code),
            ],
            rows: byMeasure.map { measure, rows in
                let sources = Set(
                    rows.flatMap {
                        [Self.sourceFamily($0.sourceID), Self.sourceFamily($0.preferredSourceID)]
                    })
                return [
                    measure, rows.first?.unit ?? "",
                    ReportNumber.format(Double(Set(rows.map(conflictKey)).count), decimals: 0),
                    ReportNumber.format(Double(rows.count), decimals: 0),
                    ReportNumber.format(rows.map(\.differencePercent).max() ?? 0, decimals: 1),
                    Self.figure(rows.first?.tolerancePercent ?? 0.5),
                    sources.sorted().joined(separator: ", "),
                ]
            })
    }

    func conflictTable(
        _ conflicts: [ReportData.Conflict], caption: String?, withFile: Bool = false
    ) -> String {
        var columns = [
            HTMLTable.Column("Measure", .code), HTMLTable.Column("Region"),
            HTMLTable.Column("Period"), HTMLTable.Column("Source", .code),
            HTMLTable.Column("Value", .number), HTMLTable.Column("Preferred source", .code),
            HTMLTable.Column("Preferred value", .number),
            HTMLTable.Column("Difference (%)", .number),
        ]
        if withFile { columns.append(HTMLTable.Column("File:line", .code)) }
        let rows = conflicts.map { conflict -> [String] in
            var dimensions = conflict.measureCode
            if conflict.sectorCode != "TOT" { dimensions += " · " + conflict.sectorCode }
            if conflict.sizeCode != "ALL" { dimensions += " · " + conflict.sizeCode }
            let period =
                conflict.sourcePeriod == conflict.period
                ? conflict.period : "\(conflict.period) (as \(conflict.sourcePeriod))"
            var row = [
                dimensions, data.regionNames[conflict.regionCode] ?? conflict.regionCode, period,
                conflict.sourceID, Self.figure(conflict.value), conflict.preferredSourceID,
                Self.figure(conflict.preferredValue),
                ReportNumber.format(conflict.differencePercent, decimals: 1),
            ]
            if withFile {
                row.append(conflict.sourceFile + (conflict.sourceLine.map { ":\($0)" } ?? ""))
            }
            return row
        }
        return HTMLTable(caption: caption, columns: columns, rows: rows).html()
    }

    /// `curated_rd_centers:etnews.com/…` → `curated_rd_centers`: the pipeline's source.
    static func sourceFamily(_ sourceID: String) -> String {
        String(sourceID.split(separator: ":", maxSplits: 1).first ?? Substring(sourceID))
    }

    // MARK: 7. The last run

    func runSection() -> String {
        guard let run = data.run else {
            return Self.missing(
                "No run recorded in the warehouse (etl_run is empty): nothing to report.")
        }
        let files = run.files.sorted { $0.key < $1.key }
            .map { "\($0.value) \($0.key)" }.joined(separator: ", ")
        let summary = Markup.text(
            "p", [:],
            "Run \(run.id), \(run.status): started \(Self.timestamp(run.startedAt))"
                + (run.finishedAt.map { ", finished \(Self.timestamp($0))" } ?? "")
                + "; files: \(files.isEmpty ? "none" : files).")
        let parts =
            [summary] + runErrors(run) + unchangedFiles(run) + rejectsListing(run)
            + warningsListing(run)
        return parts.joined()
    }

    /// The rejects standing as of `run`, or a note that there are none.
    func rejectsListing(_ run: ReportData.Run) -> [String] {
        Self.listing(
            heading: "Rejects (\(data.rejectCount))",
            table: HTMLTable(
                columns: [
                    HTMLTable.Column("File:line:column", .code),
                    HTMLTable.Column("Run", .number),
                    HTMLTable.Column("Column"), HTMLTable.Column("Raw text", .code),
                    HTMLTable.Column("Reason", .code), HTMLTable.Column("Message"),
                ],
                rows: data.rejects.map {
                    [
                        Self.place($0.file, $0.line, $0.column), $0.run.map(String.init) ?? "",
                        $0.columnName, $0.rawText, $0.reason, $0.message,
                    ]
                }),
            total: data.rejectCount, listsAll: "innostat status --rejects \(data.rejectCount)",
            none: "No rejects stand in run \(run.id).")
    }

    /// The check warnings standing as of `run`, or a note that there are none.
    func warningsListing(_ run: ReportData.Run) -> [String] {
        Self.listing(
            heading: "Check warnings (\(data.warningCount))",
            table: HTMLTable(
                columns: [
                    HTMLTable.Column("File:line:column", .code),
                    HTMLTable.Column("Run", .number),
                    HTMLTable.Column("Raw text", .code), HTMLTable.Column("Message"),
                ],
                rows: data.warnings.map {
                    [
                        Self.place($0.file, $0.line, $0.column), $0.run.map(String.init) ?? "",
                        $0.rawText, $0.message,
                    ]
                }),
            total: data.warningCount, listsAll: "innostat status",
            none: "No figure of run \(run.id) failed a warn check (failures of error checks are "
                + "rejects, above).")
    }

    /// A heading, then the table, or `none` when it has no rows; when the table holds only the
    /// first of `total` rows, which command lists them all.
    static func listing(
        heading: String, table: HTMLTable, total: Int, listsAll: String, none: String
    ) -> [String] {
        let heading = Markup.text("h3", [:], heading)
        guard !table.rows.isEmpty else { return [heading, Markup.text("p", [:], none)] }
        var parts = [heading, table.html()]
        if total > table.rows.count {
            parts.append(
                Markup.text(
                    "p", [:],
                    "The first \(table.rows.count) of \(total); \(listsAll) lists them all."))
        }
        return parts
    }

    /// Why the run failed, stopped or died, from `etl_run_error`.
    func runErrors(_ run: ReportData.Run) -> [String] {
        guard !run.errors.isEmpty else { return [] }
        return [
            Markup.text("h3", [:], "Errors (\(run.errors.count))"),
            HTMLTable(
                columns: [
                    HTMLTable.Column("Stage", .code), HTMLTable.Column("Pipeline", .code),
                    HTMLTable.Column("File", .code), HTMLTable.Column("Message"),
                ],
                rows: run.errors.map { [$0.stage, $0.pipeline, $0.file, $0.message] }
            ).html(),
        ]
    }

    /// The files the run found unchanged: the load in force for each, whose figures, rejects
    /// and check warnings stand (and are listed below with the run's own).
    func unchangedFiles(_ run: ReportData.Run) -> [String] {
        guard !run.unchanged.isEmpty else { return [] }
        return [
            Markup.text("h3", [:], "Unchanged files: the load in force (\(run.unchanged.count))"),
            HTMLTable(
                columns: [
                    HTMLTable.Column("File", .code),
                    HTMLTable.Column("Unchanged since run", .number),
                    HTMLTable.Column("Observations", .number), HTMLTable.Column("Rejects", .number),
                    HTMLTable.Column("Check warnings", .number),
                ],
                rows: run.unchanged.map {
                    [
                        $0.file, String($0.sinceRun), String($0.observations), String($0.rejects),
                        String($0.checkWarnings),
                    ]
                }
            ).html(),
        ]
    }

    /// `file:line:column`, as far as known.
    static func place(_ file: String, _ line: Int?, _ column: Int?) -> String {
        var place = file
        if let line { place += ":\(line)" }
        if line != nil, let column { place += ":\(column)" }
        return place
    }
}
