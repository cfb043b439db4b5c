/// Reading a record's dimensions: each from the rule's assignment, the mapped column or the
/// pipeline's default, resolved through its vocabulary; every problem becomes a reject.
extension RowMapper {
    /// One row being mapped under one group of value columns: its carried-down cells, what
    /// its rule assigned, the group's unit label, and the rejects found so far.
    struct RowFields {
        let record: any TableRow
        let cells: [Int: String]
        let assignments: [Dimension: String]
        let labelUnit: String?
        var rejects: [Reject] = []

        /// The cell's text, trimmed; a carried-down cell's text from the row above.
        func text(at index: Int) -> String {
            cells[index] ?? trimmed(record[index])
        }
    }

    /// Everything but the values that a record's observations share.
    struct RowKey {
        let measure: String
        let measureUnit: UnitCatalog.Unit
        let region: String
        let sector: String
        let size: String
        let declaredStatus: ObservationStatus?
        let rawUnit: UnitCatalog.Unit?
        /// The period of the row (long layout, or periods down a column); nil when each value
        /// column has its own.
        let period: PeriodParser.Period?
        let source: (id: String, url: String)?
        let note: String
        /// The power of ten the row's values are written in (`columns.unit_multiplier`).
        let unitMultiplier: UnitMultiplier
    }

    /// The record's key, or nil with the rejects in `fields` when a dimension is missing or
    /// unknown. Every dimension is read, so one record reports all its problems.
    func rowKey(_ fields: inout RowFields) -> RowKey? {
        let measure = measure(&fields)
        let regions = RegionCatalog.standard
        let region = resolve(
            .region, "region", .unknownRegion, required: true, &fields,
            { regions.resolve($0, codeSystem: spec.regionCodeSystem) },
            { regions.closestNames(to: $0, limit: 3) })
        let sector =
            resolve(
                .sector, "sector", .unknownSector, &fields, SectorCatalog.standard.resolve,
                { SectorCatalog.standard.closestNames(to: $0, limit: 3) }) ?? "TOT"
        let size =
            resolve(
                .size, "firm size", .unknownSize, &fields, FirmSizeCatalog.standard.resolve,
                { FirmSizeCatalog.standard.closestNames(to: $0, limit: 3) }) ?? "ALL"
        let (status, statusNote) = declaredStatus(&fields)
        let multiplier = unitMultiplier(&fields)
        let rawUnit = rawUnit(&fields)
        let period = longPeriod(&fields)
        let source = source(&fields)
        guard fields.rejects.isEmpty, let measure, let region,
            let measureUnit = measureUnits[measure], let multiplier
        else { return nil }
        let columnsNote = rowNote(fields)
        let note =
            statusNote.map { columnsNote.isEmpty ? $0 : "\($0); \(columnsNote)" } ?? columnsNote
        return RowKey(
            measure: measure, measureUnit: measureUnit, region: region, sector: sector,
            size: size, declaredStatus: status, rawUnit: rawUnit, period: period, source: source,
            note: note, unitMultiplier: multiplier)
    }

    /// The dimension's text and the field it came from (nil for an assigned or default text).
    private func text(of dimension: Dimension, in fields: RowFields)
        -> (text: String, column: Int?)?
    {
        if let value = fields.assignments[dimension] { return (value, nil) }
        if let index = columnIndex[dimension] {
            let text = fields.text(at: index)
            if !text.isEmpty { return (text, index) }
        }
        if dimension == .unit, let unit = labelUnit(in: fields) { return unit }
        if let value = spec.defaults[dimension] { return (value, nil) }
        return nil
    }

    /// The unit a header row or the `unit_from_label` column's label ends with.
    private func labelUnit(in fields: RowFields) -> (text: String, column: Int?)? {
        if let unit = fields.labelUnit { return (unit, nil) }
        guard let column = unitLabelColumn else { return nil }
        return UnitCatalog.unitInLabel(fields.text(at: column)).map { ($0, column) }
    }

    private func missing(_ dimension: Dimension, in record: any TableRow) -> Reject {
        Reject(
            line: record.line, column: nil, columnName: nil,
            rawText: record.fields.joined(separator: ","), reason: .missingDimension,
            message: "no \(dimension.rawValue) for this row")
    }

    private func measure(_ fields: inout RowFields) -> String? {
        guard let (text, column) = text(of: .measure, in: fields) else {
            fields.rejects.append(missing(.measure, in: fields.record))
            return nil
        }
        if measureUnits[text] != nil { return text }
        let declared = spec.measures.map(\.code).joined(separator: ", ")
        fields.rejects.append(
            reject(
                fields.record, column, .unknownMeasure,
                "unknown measure \"\(text)\" (declared: \(declared))"))
        return nil
    }

    /// The code a vocabulary gives the dimension's label; nil (and a reject naming the closest
    /// known labels) when it knows none.
    private func resolve(
        _ dimension: Dimension, _ what: String, _ reason: Reject.Reason, required: Bool = false,
        _ fields: inout RowFields, _ lookup: (String) -> String?, _ closest: (String) -> [String]
    ) -> String? {
        guard let (text, column) = text(of: dimension, in: fields) else {
            if required { fields.rejects.append(missing(dimension, in: fields.record)) }
            return nil
        }
        if let code = lookup(text) { return code }
        fields.rejects.append(
            reject(
                fields.record, column, reason,
                UnknownLabel.message(what, text, closest: closest(text))))
        return nil
    }

    /// The row's status and what a status code says beyond its letter: a declared flag, a
    /// code of the declared code list (`status_codes: sdmx`), or a warehouse letter; anything
    /// else is a reject.
    private func declaredStatus(_ fields: inout RowFields) -> (ObservationStatus?, String?) {
        guard let (text, column) = text(of: .status, in: fields) else { return (nil, nil) }
        if let status = spec.statusCodes[text] { return (status, nil) }
        if let list = spec.statusCodeList {
            let reading = list.reading(text)
            return (reading.status, reading.note)
        }
        if let status = ObservationStatus(letter: text) { return (status, nil) }
        fields.rejects.append(
            reject(fields.record, column, .badStatus, "unknown status \"\(text)\""))
        return (nil, nil)
    }

    private func unitMultiplier(_ fields: inout RowFields) -> UnitMultiplier? {
        guard let (text, column) = text(of: .unitMultiplier, in: fields) else { return .units }
        if let multiplier = UnitMultiplier(text) { return multiplier }
        fields.rejects.append(
            reject(
                fields.record, column, .unitMismatch,
                "unit multiplier \"\(text)\" is not a power of ten (a whole number, -30 to 30)"))
        return nil
    }

    private func rawUnit(_ fields: inout RowFields) -> UnitCatalog.Unit? {
        guard let (text, column) = text(of: .unit, in: fields) else { return nil }
        if let unit = UnitCatalog.standard.unit(named: text) { return unit }
        fields.rejects.append(
            reject(fields.record, column, .unknownUnit, "unknown unit \"\(text)\""))
        return nil
    }

    private func longPeriod(_ fields: inout RowFields) -> PeriodParser.Period? {
        if case .wide(let wide) = spec.layout, !wide.periodsDown { return nil }
        guard let (text, column) = text(of: .period, in: fields) else {
            fields.rejects.append(missing(.period, in: fields.record))
            return nil
        }
        if let period = PeriodParser.parse(text) { return period }
        fields.rejects.append(
            reject(
                fields.record, column, .badPeriod,
                "\"\(text)\" is not a period (YYYY, YYYY-MM, YYYY-Qn or YYYY-Sn)"))
        return nil
    }

    /// The row's own source (`columns.source_url`), nil when the pipeline maps none.
    private func source(_ fields: inout RowFields) -> (id: String, url: String)? {
        guard let index = columnIndex[.sourceURL] else { return nil }
        let url = fields.text(at: index)
        if url.isEmpty {
            fields.rejects.append(
                reject(fields.record, index, .missingDimension, "no source url for this row"))
        } else if !Self.isWebAddress(url) {
            fields.rejects.append(
                reject(
                    fields.record, index, .badSourceURL,
                    "\"\(url)\" is not a source url (http:// or https://, no spaces)"))
        } else {
            return (spec.rowSourceID(url: url), url)
        }
        return nil
    }

    /// The non-empty `columns.note` texts of the row and the metadata's notes on its members,
    /// joined by "; ".
    private func rowNote(_ fields: RowFields) -> String {
        if noteColumns.isEmpty && memberNotes.isEmpty { return "" }
        var notes = noteColumns.map { fields.text(at: $0) }.filter { !$0.isEmpty }
        for (column, byMember) in memberNotes where column < fields.record.count {
            if let note = byMember[fields.text(at: column)] { notes.append(note) }
        }
        return notes.joined(separator: "; ")
    }
}
