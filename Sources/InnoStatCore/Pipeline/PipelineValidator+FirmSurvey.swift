extension PipelineValidator {
    /// `validate` for `layout: firm_survey`: every record through the firm-survey reader, and
    /// the number of aggregates the file alone would give.
    func checkFirmSurvey(_ spec: PipelineSpec, _ input: InputResolver.Input) -> FileReport {
        var report = FileReport(pipeline: spec.name, file: input.displayPath)
        var tally = FirmSurveyTally()
        do {
            _ = try FirmSurveyReader(
                read: spec.read, codeSystem: spec.firmSurveyCodeSystem, path: input.path,
                displayPath: input.displayPath
            ).forEachRecord(
                accepted: { record, _, response in
                    report.rowsRead += 1
                    tally.add(response, line: record.line)
                },
                rejected: { _, rejects in
                    report.rowsRead += 1
                    report.rejects += rejects.map { $0.diagnostic(file: input.displayPath) }
                })
            let measures = spec.measures.compactMap { FirmSurveyAggregate(rawValue: $0.code) }
            report.observations =
                FirmSurveyAggregate.observations(from: tally.cells(loadID: 0), measures: measures)
                .count
        } catch {
            report.failure = "\(error)"
        }
        return report
    }
}
