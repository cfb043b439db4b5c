import Foundation
import SQLiteStore

extension StageChecker {
    /// One figure of a series: staged (it may fail) or already in the warehouse (context only).
    private struct SeriesPoint {
        let period: String
        let value: Double
        let stageRowID: Int64?
        let line: Int
        let column: Int
        let rawText: String
        let warehouseFile: String?
    }

    /// Each series of the measure in the staged file, together with the warehouse's figures of
    /// the same series for periods the file does not hold (the preferred source's, from other
    /// files), so a file holding only the latest year is still compared with the years before.
    func checkChange(
        _ measure: String, maxRatio: Double, check: CheckSpec, into outcome: inout Outcome
    ) throws {
        let statement = try database.prepare(Self.changeQuery)
        try statement.bind(.text(measure), at: statement.parameterIndex(named: ":measure")!)
        try statement.bind(.text(sourceID), at: statement.parameterIndex(named: ":source")!)
        try statement.bind(.text(file), at: statement.parameterIndex(named: ":file")!)
        let columns = StatementColumns(statement)
        let keyColumns = ["region_code", "sector_code", "size_code"].map { columns[$0] }
        let (period, value, stageRowID, line, column, rawText, warehouseFile) = (
            columns["period"], columns["value"], columns["stage_row_id"], columns["source_line"],
            columns["source_column"], columns["raw_text"], columns["warehouse_file"]
        )
        let detector = JumpDetector(maxRatio: maxRatio)
        var series: [SeriesPoint] = []
        var key: [String] = []
        while try statement.step() {
            let rowKey = keyColumns.map { statement.string(at: $0) ?? "" }
            if rowKey != key {
                judge(series, detector: detector, check: check, into: &outcome)
                series.removeAll(keepingCapacity: true)
                key = rowKey
            }
            series.append(
                SeriesPoint(
                    period: statement.string(at: period) ?? "",
                    value: statement.double(at: value),
                    stageRowID: statement.isNull(at: stageRowID)
                        ? nil : statement.int64(at: stageRowID),
                    line: Int(statement.int64(at: line)),
                    column: Int(statement.int64(at: column)),
                    rawText: statement.string(at: rawText) ?? "",
                    warehouseFile: statement.string(at: warehouseFile)))
        }
        judge(series, detector: detector, check: check, into: &outcome)
    }

    /// The figures of one series and the warehouse's around them, in the order of their
    /// series and period; staged ones have a `stage_row_id`.
    static let changeQuery = """
            SELECT region_code, sector_code, size_code, period, value, rowid AS stage_row_id,
                   source_line, source_column, raw_text, NULL AS warehouse_file
            FROM temp.stage_observation
            WHERE measure_code = :measure AND value IS NOT NULL
            UNION ALL
            SELECT region_code, sector_code, size_code, period, value, NULL, source_line,
                   source_column, '', source_file
            FROM (
                SELECT o.region_code, o.sector_code, o.size_code, o.period, o.value,
                       o.source_line, o.source_column, o.source_file,
                       row_number() OVER (
                           PARTITION BY o.region_code, o.sector_code, o.size_code, o.period
                           ORDER BY s.precedence, o.source_id) AS preference
                FROM observation o JOIN source s USING (source_id)
                WHERE o.measure_code = :measure AND o.value IS NOT NULL
                  AND NOT (o.source_id = :source AND o.source_file = :file)
                  AND EXISTS (
                      SELECT 1 FROM temp.stage_observation t
                      WHERE t.measure_code = :measure AND t.region_code = o.region_code
                        AND t.sector_code = o.sector_code AND t.size_code = o.size_code)
                  AND NOT EXISTS (
                      SELECT 1 FROM temp.stage_observation t
                      WHERE t.measure_code = :measure AND t.region_code = o.region_code
                        AND t.period = o.period AND t.sector_code = o.sector_code
                        AND t.size_code = o.size_code)
            )
            WHERE preference = 1
            ORDER BY 1, 2, 3, 4
        """

    /// Counts the staged points of one series and records each jump the detector finds.
    private func judge(
        _ series: [SeriesPoint], detector: JumpDetector, check: CheckSpec,
        into outcome: inout Outcome
    ) {
        let points = series.map {
            JumpDetector.Point(value: $0.value, isStaged: $0.stageRowID != nil)
        }
        outcome.checked += points.filter(\.isStaged).count
        for jump in detector.jumps(in: points) {
            let point = series[jump.index]
            let reference = series[jump.reference]
            var place = reference.period
            if let file = reference.warehouseFile {
                place += ", in the warehouse from \(file):\(reference.line)"
            }
            let factor = Self.factor(jump.factor)
            let message =
                jump.referenceFollows
                ? "\(Self.number(point.value)) differs by a factor of \(factor) from the next "
                    + "figure \(Self.number(reference.value)) (\(place))"
                : "\(Self.number(point.value)) changes by a factor of \(factor) from "
                    + "\(Self.number(reference.value)) (\(place))"
            outcome.failed += 1
            outcome.failures.append(
                Failure(
                    stageRowID: point.stageRowID!, line: point.line, column: point.column,
                    rawText: point.rawText, message: "\(message): \(check.failureSuffix)"))
        }
    }

    /// `10.0`, `3.04`, `123`: enough digits to see that the factor is beyond the threshold.
    static func factor(_ value: Double) -> String {
        if value >= 100 { return String(format: "%.0f", value) }
        if value >= 10 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}
