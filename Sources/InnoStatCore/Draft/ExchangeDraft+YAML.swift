/// The exchange-form draft as a pipeline file, and the account `init` prints for it.
extension ExchangeDraft {
    func yaml(drafted day: String) -> String {
        func quoted(_ text: String) -> String { PipelineDraft.quoted(text) }
        var lines = [
            "# Drafted by innostat init from \(input) (\(form.kind.rawValue)) on \(day): check it,",
            "# then run innostat run --only \(quoted(name)).",
            "description: \(quoted("\(title), as downloaded"))",
            "source:",
            "  id: \(quoted(name))",
            "  publisher: \(quoted(publisher))",
            "  title: \(quoted(title))",
            "  note: \(quoted("drafted by innostat init from \(input)"))",
            "inputs:",
            "  - \(quoted(input))",
        ]
        if let dataset { lines += ["read:", "  dataset: \(quoted(dataset))"] }
        lines += ["layout: long"] + columnLines()
        var defaults: [String] = []
        if regionColumn == nil { defaults.append("  region: KR") }
        let single = measures.count == 1 && measures[0].conditions.isEmpty
        if single && form.skips.isEmpty && unknownRegions.isEmpty {
            defaults.append("  measure: \(measures[0].code)")
        }
        if !defaults.isEmpty { lines += ["defaults:"] + defaults }
        if let statusList { lines.append("status_codes: \(statusList.rawValue)") }
        if tolerance > 0 { lines.append("tolerance: \(tolerance)") }
        var rules: [String] = []
        for skip in form.skips {
            rules.append("  - when: {\(quoted(skip.column)): \(quoted(skip.value))}")
            rules.append("    skip: \(quoted(skip.reason))")
        }
        if let regionColumn {
            for label in unknownRegions {
                rules.append("  - when: {\(quoted(regionColumn)): \(quoted(label))}")
                rules.append("    skip: \(quoted("not a region the vocabulary knows"))")
            }
        }
        let catchAll = "  - unless: {\(quoted(form.periodColumn)): \"\"}"
        for measure in measures where !(single && rules.isEmpty) {
            let when = measure.conditions.map { "\(quoted($0.column)): \(quoted($0.value))" }
            rules.append(when.isEmpty ? catchAll : "  - when: {\(when.joined(separator: ", "))}")
            rules.append("    set: {measure: \(measure.code)}")
        }
        if !rules.isEmpty { lines += ["rules:"] + rules }
        lines.append("measures:")
        for measure in measures {
            lines.append("  \(measure.code):")
            lines.append("    name: \(quoted(measure.name))")
            lines.append("    unit: \(quoted(Self.catalogueUnit(measure.unit) ?? "count"))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func columnLines() -> [String] {
        func quoted(_ text: String) -> String { PipelineDraft.quoted(text) }
        var lines = ["columns:"]
        if let regionColumn { lines.append("  region: \(quoted(regionColumn))") }
        lines.append("  period: \(quoted(form.periodColumn))")
        lines.append("  value: \(quoted(form.valueColumn))")
        if let status = form.statusColumn { lines.append("  status: \(quoted(status))") }
        if let multiplier = form.multiplierColumn {
            lines.append("  unit_multiplier: \(quoted(multiplier))")
        }
        if !form.noteColumns.isEmpty {
            lines.append("  note: [\(form.noteColumns.map(quoted).joined(separator: ", "))]")
        }
        return lines
    }

    private var publisher: String {
        switch form.kind {
        case .kosisAPI: "Statistics Korea (KOSIS OpenAPI)"
        case .eurostatTSV: "Eurostat"
        case .sdmxCSV where title.uppercased().hasPrefix("OECD"): "OECD"
        case .sdmxCSV where title.uppercased().hasPrefix("ESTAT"): "Eurostat"
        default: "unknown publisher (check)"
        }
    }

    mutating func describe(rowCount: Int, statuses: Set<String>) {
        var lines = ["form: \(form.kind.rawValue), \(rowCount) rows, long"]
        if let regionColumn {
            lines.append("regions: column \(regionColumn)")
            for label in unknownRegions.prefix(12) {
                let closest = RegionCatalog.standard.closestNames(to: label, limit: 3)
                lines.append(
                    "check: \"\(label)\" is no region the vocabulary knows (closest: "
                        + "\(closest.joined(separator: ", "))): its rows are skipped")
            }
            if unknownRegions.count > 12 {
                lines.append("check: … \(unknownRegions.count - 12) more unknown regions skipped")
            }
        } else {
            lines.append("check: no region column: every figure is Korea's (KR)")
        }
        if let statusList { lines.append("statuses: \(statusList.rawValue) code list") }
        let guessed = measures.filter { Self.catalogueUnit($0.unit) == nil }
        if !guessed.isEmpty {
            let units = Set(guessed.map { $0.unit.isEmpty ? "none given" : "\"\($0.unit)\"" })
            lines.append(
                "check: \(guessed.count) measure(s) in count: a guess (the reply's unit: "
                    + "\(units.sorted().joined(separator: ", ")))")
        }
        if tolerance > 0 {
            lines.append("check: \(tolerance) value(s) are no number: tolerance \(tolerance)")
        }
        let shown = measures.prefix(4).map { "\($0.code) (\($0.name))" }
        let more = measures.count > 4 ? "; … \(measures.count - 4) more" : ""
        lines.append("measures: \(measures.count): " + shown.joined(separator: "; ") + more)
        account = lines
    }
}
