import InnoStatCore

/// An ``IndicatorExplanation`` as text: the value and its definition, the formula with the
/// numbers filled in, the check, what qualifies the status, the notes, then every input with
/// its source, file and line and the sources it was chosen over.
struct ExplanationRenderer {
    let explanation: IndicatorExplanation

    func render() -> String {
        var lines: [String] = []
        let definition = explanation.definition
        let value = explanation.value.map(DecimalFormat.roundedShortest) ?? "no value"
        lines.append(
            "\(definition.code), \(explanation.region), \(explanation.year) = \(value) "
                + "\(definition.unit) (status \(explanation.status))")
        lines.append(definition.name)
        lines += labelled([
            ("definition", definition.definition == definition.name ? "" : definition.definition),
            ("method", definition.method),
            ("formula", definition.formula), ("run", "computed by run \(definition.runID)"),
        ])
        lines.append("")
        lines.append("Computation")
        lines += explanation.computation.map { "  " + $0 }
        if let table = explanation.table {
            lines.append("")
            lines += render(table).map { "  " + $0 }
        }
        lines.append("")
        lines.append("Check")
        lines.append("  " + checkLine)
        lines.append("")
        lines.append("Status")
        lines += explanation.qualifications.map { "  " + $0 }
        if !explanation.notes.isEmpty {
            lines.append("")
            lines.append("Notes (indicator_note)")
            lines += explanation.notes.map { note in
                "  \(note.key): "
                    + [note.value.map(DecimalFormat.roundedShortest), note.text].compactMap { $0 }
                    .joined(separator: ": ")
            }
        }
        lines.append("")
        let count = explanation.inputs.count
        lines.append(
            "Inputs (\(count) observation\(count == 1 ? "" : "s") as run \(definition.runID) used "
                + "them: role, figure, status, file:line:column, source; \"other\" lines are "
                + "sources of the same figure that v_observation did not choose: a value first, "
                + "then the lowest precedence, then the source id)")
        lines += renderInputs()
        lines.append("")
        lines.append("Sources")
        var seen: Set<String> = []
        for input in explanation.inputs where seen.insert(input.sourceID).inserted {
            let about = [input.publisher, input.title, input.url].compactMap { $0 }
                .joined(separator: "; ")
            lines.append(
                "  \(input.sourceID): \(about)"
                    + (input.precedence.map { "; precedence \($0)" } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The one line of the check, `MISMATCH` first when the value does not follow.
    var checkLine: String {
        let stored = explanation.value.map(DecimalFormat.roundedShortest) ?? "no value"
        let basis = explanation.checkBasis
        switch explanation.check {
        case .equal(let recomputed):
            let value = recomputed.map(DecimalFormat.roundedShortest) ?? "no value (undefined)"
            return "recomputed from \(basis): \(value), the stored value"
        case .rounding(let recomputed, let difference):
            return "recomputed from \(basis): \(DecimalFormat.roundedShortest(recomputed)); "
                + "the stored value \(stored) differs by floating-point rounding only (relative "
                + "\(difference))"
        case .mismatch(let recomputed):
            return "MISMATCH: recomputed from \(basis): "
                + "\(recomputed.map(DecimalFormat.roundedShortest) ?? "no value"), but the "
                + "warehouse stores \(stored)"
        case .notRecomputed(let reason):
            return "MISMATCH: not recomputed: \(reason); the warehouse stores \(stored)"
        }
    }

    /// One aligned line per input, with its note, the other sources and any warning under it.
    private func renderInputs() -> [String] {
        let cells = explanation.inputs.map { input in
            [
                input.role, input.key,
                "= \(input.value.map(DecimalFormat.roundedShortest) ?? "no value") \(input.unit)",
                input.status, input.location ?? "(no longer in observation)", input.sourceID,
            ]
        }
        let widths = (0..<6).map { column in
            cells.map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
        var lines: [String] = []
        for (input, row) in zip(explanation.inputs, cells) {
            lines.append(
                "  "
                    + row.enumerated().map { index, cell in
                        index == row.count - 1
                            ? cell
                            : cell
                                + String(
                                    repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                    }.joined(separator: "  "))
            var details: [(String, String)] = []
            if let note = input.note { details.append(("note", note)) }
            for other in input.alternatives {
                details.append(
                    (
                        "other",
                        "\(other.sourceID)"
                            + (other.precedence.map { " (precedence \($0))" } ?? "") + ": "
                            + (other.value.map(DecimalFormat.roundedShortest) ?? "no value")
                            + " \(other.status) at \(other.location); not chosen: \(other.reason)"
                    ))
            }
            details += input.warnings.map { ("WARNING", $0) }
            lines += labelled(details, indent: "      ")
        }
        return lines
    }

    private func labelled(_ pairs: [(String, String)], indent: String = "  ") -> [String] {
        let width = pairs.map(\.0.count).max() ?? 0
        return pairs.filter { !$0.1.isEmpty }.map {
            indent + $0.0 + String(repeating: " ", count: width - $0.0.count + 2) + $0.1
        }
    }

    /// Columns two spaces apart; numbers right-aligned.
    private func render(_ table: IndicatorExplanation.Table) -> [String] {
        let rows = [table.header] + table.rows
        var widths = table.header.map(DisplayWidth.of)
        for row in table.rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], DisplayWidth.of(cell))
            }
        }
        let numeric = table.header.indices.map { column in
            table.rows.allSatisfy { $0[column].isEmpty || Double($0[column]) != nil }
                && !table.rows.isEmpty
        }
        var lines = rows.map { row in
            row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                return numeric[index] ? pad + cell : cell + pad
            }.joined(separator: "  ").replacingOccurrences(
                of: "\\s+$", with: "", options: .regularExpression)
        }
        if let footnote = table.footnote { lines.append(footnote) }
        return lines
    }
}
