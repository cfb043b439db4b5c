/// The last step of mapping a record: each value column parsed, converted to the measure's
/// unit and staged with the record's key, or refused.
extension RowMapper {
    func stagedObservations(
        _ key: RowKey, _ columns: [ValueColumn], _ fields: inout RowFields
    ) -> [StagedObservation] {
        let record = fields.record
        var observations: [StagedObservation] = []
        observations.reserveCapacity(columns.count)
        for column in columns {
            guard let period = column.period ?? key.period else { continue }
            guard column.index < record.count else { continue }
            let raw = record[column.index]
            switch parse(raw) {
            case .failure(let failure):
                fields.rejects.append(
                    reject(record, column.index, .notANumber, "\"\(raw)\" \(failure.reason)"))
            case .success(let parsed):
                switch convert(
                    parsed, rawUnit: key.rawUnit, to: key.measureUnit,
                    multiplier: key.unitMultiplier)
                {
                case .failure(let message):
                    fields.rejects.append(
                        reject(record, column.index, .unitMismatch, "\"\(raw)\": \(message)"))
                case .success(let value):
                    observations.append(
                        observation(
                            value, parsed, raw: raw, key, period: period, record: record,
                            column: column.index))
                }
            }
        }
        return observations
    }

    /// A figure with its status and notes: the value's own marker, else the row's declared
    /// status; a series break; the row's note.
    private func observation(
        _ value: Double?, _ parsed: ParsedValue, raw: String, _ key: RowKey,
        period: PeriodParser.Period, record: any TableRow, column: Int
    ) -> StagedObservation {
        var status = parsed.status
        if let declaredStatus = key.declaredStatus, status == .normal { status = declaredStatus }
        if period.isProvisional && status == .normal { status = .provisional }
        var notes: [String] = []
        if let note = parsed.note { notes.append(note) }
        if !spec.seriesBreaks.isEmpty, value != nil, let reason = spec.seriesBreaks[period.text] {
            if status == .normal { status = .breakInSeries }
            notes.append("series break: \(reason)")
        }
        if !key.note.isEmpty { notes.append(key.note) }
        if let note = columnNotes[column] { notes.append(note) }
        return StagedObservation(
            measure: key.measure, region: key.region, period: period.text, year: period.year,
            sector: key.sector, size: key.size, value: value,
            status: value == nil ? .missing : status, line: record.line,
            column: record.sourceColumn(column),
            note: notes.isEmpty ? nil : notes.joined(separator: "; "),
            sourceID: key.source?.id, sourceURL: key.source?.url, rawText: raw)
    }

    /// SDMX writes a missing observation `NaN` (`status_codes: sdmx`); elsewhere it is no
    /// number.
    private func parse(_ raw: String) -> Result<ParsedValue, ValueParser.Failure> {
        if spec.statusCodeList == .sdmx, trimmed(raw) == "NaN" {
            return .success(ParsedValue(value: nil, status: .missing))
        }
        return ValueParser.parse(raw)
    }

    private enum Conversion {
        case success(Double?)
        case failure(String)
    }

    private func convert(
        _ parsed: ParsedValue, rawUnit: UnitCatalog.Unit?, to measureUnit: UnitCatalog.Unit,
        multiplier: UnitMultiplier
    ) -> Conversion {
        if parsed.ratioParts != nil {
            return .failure("a ratio, but this pipeline declares no ratio parts")
        }
        guard let written = parsed.value else { return .success(nil) }
        let value = multiplier.apply(written)
        if parsed.isPercent && measureUnit.dimension != "percent" {
            return .failure("a percentage, but the measure is in \(measureUnit.name)")
        }
        if parsed.isKRW && measureUnit.dimension != "KRW" {
            return .failure("an amount in KRW, but the measure is in \(measureUnit.name)")
        }
        if parsed.isInBaseUnit {
            return .success(value / measureUnit.factor)
        }
        let from = rawUnit ?? measureUnit
        guard let converted = UnitCatalog.standard.convert(value, from: from, to: measureUnit)
        else {
            return .failure("unit \(from.name) does not convert to \(measureUnit.name)")
        }
        return .success(converted)
    }
}
