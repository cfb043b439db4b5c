/// The draft as a pipeline file: every text quoted, so no label can break the YAML.
extension PipelineDraft {
    func yaml(drafted day: String) -> String {
        let metadata = table.metadata
        var lines = [
            "# Drafted by innostat init from \(input) on \(day): check it, then run",
            "# innostat run --only \(Self.quoted(name)).",
            "description: \(Self.quoted("\(metadata?.title ?? name), as downloaded"))",
            "source:",
            "  id: \(Self.quoted(name))",
            "  publisher: \(Self.quoted(metadata?.publisher ?? "unknown publisher (check)"))",
            "  title: \(Self.quoted(metadata?.title ?? name))",
        ]
        if let url = metadata?.url { lines.append("  url: \(Self.quoted(url))") }
        lines.append("  note: \(Self.quoted("drafted by innostat init from \(input)"))")
        lines += ["inputs:", "  - \(Self.quoted(input))"]
        lines += readLines()
        lines.append("layout: wide")
        lines.append("wide:")
        lines.append("  header_rows: [\(headerRowNames.map(Self.quoted).joined(separator: ", "))]")
        lines += columnLines()
        if let unitFromLabel { lines.append("unit_from_label: \(Self.quoted(unitFromLabel))") }
        if regionScore?.indentedUnknown.isEmpty == false {
            lines += ["indented_rows:", "  skip: \(Self.quoted(Self.indentedReason))"]
        }
        if tolerance > 0 { lines.append("tolerance: \(tolerance)") }
        lines += ruleLines()
        lines.append("measures:")
        for measure in measures {
            lines.append("  \(measure.code):")
            lines.append("    name: \(Self.quoted(measure.name))")
            lines.append("    unit: \(Self.quoted(measure.unit))")
            lines.append("    description: \(Self.quoted(measure.description))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func readLines() -> [String] {
        var read: [String] = []
        if shape.preamble > 0 { read.append("  skip_records: \(shape.preamble)") }
        if let sheet = table.sheet { read.append("  sheet: \(Self.quoted(sheet))") }
        if let encoding = table.encoding, encoding != .utf8 {
            read.append("  encoding: \(encoding.rawValue)")
        }
        if !carryDown.isEmpty {
            let names = carryDown.map { Self.quoted(shape.names[$0]) }.joined(separator: ", ")
            read.append("  carry_down: [\(names)]")
        }
        return read.isEmpty ? [] : ["read:"] + read
    }

    private func columnLines() -> [String] {
        var columns: [String] = []
        if let regionColumn {
            columns.append("  region: \(Self.quoted(shape.names[regionColumn]))")
        }
        if let column = shape.periodColumn {
            columns.append("  period: \(Self.quoted(shape.names[column]))")
        }
        var lines = columns.isEmpty ? [] : ["columns:"] + columns
        if regionColumn == nil { lines += ["defaults:", "  region: KR"] }
        return lines
    }

    private func ruleLines() -> [String] {
        var lines = ["rules:"]
        if let regionColumn, let score = regionScore {
            let name = Self.quoted(shape.names[regionColumn])
            for label in score.unknown {
                lines.append("  - when: {\(name): \(Self.quoted(label))}")
                lines.append("    skip: \(Self.quoted("not a region the vocabulary knows"))")
            }
        }
        for rule in rules {
            let when = rule.conditions.map { "\(Self.quoted($0.column)): \(Self.quoted($0.value))" }
            lines.append("  - when: {\(when.joined(separator: ", "))}")
            lines.append("    set: {measure: \(rule.measure)}")
        }
        return lines.count == 1 ? [] : lines
    }

    /// A YAML double-quoted scalar (JSON's escapes are YAML's).
    static func quoted(_ text: String) -> String { QuotedText.json(text) }
}
