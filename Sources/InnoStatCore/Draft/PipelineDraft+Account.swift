/// The account `init` prints: what the draft inferred, and what a person should check.
extension PipelineDraft {
    mutating func describe() {
        var lines: [String] = []
        if let metadata = table.metadata {
            var parts = [metadata.title ?? "untitled"]
            if let id = metadata.tableID { parts.append("(\(id))") }
            if let source = metadata.source { parts.append("from \(source)") }
            if let day = metadata.downloadedDay { parts.append("downloaded \(day)") }
            lines.append("table: " + parts.joined(separator: " "))
        } else {
            lines.append("check: no metadata sheet: source.publisher and source.title are guesses")
        }
        lines.append("layout: " + layoutLine())
        lines += regionLines()
        if !carryDown.isEmpty {
            let names = carryDown.map { shape.names[$0] }.joined(separator: ", ")
            lines.append("carried down: \(names) (a blank cell takes the text above it)")
        }
        let shown = measures.prefix(4).map { "\($0.code) (\($0.name), \($0.unit))" }
        let more = measures.count > 4 ? "; … \(measures.count - 4) more" : ""
        lines.append("measures: \(measures.count): " + shown.joined(separator: "; ") + more)
        account = lines + account
    }

    private func layoutLine() -> String {
        let rows =
            headerRowNames.count == 1 ? "1 header row" : "\(headerRowNames.count) header rows"
        var line = "\(rows) (\(headerRowNames.joined(separator: ", ")))"
        if let periodRow = shape.periodRow {
            let periods = shape.valueColumns.compactMap {
                PeriodParser.parse(shape.header[periodRow][$0])?.text
            }
            let distinct = periods.reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            line += "; periods across, \(distinct.first ?? "")–\(distinct.last ?? "")"
            line += " (\(distinct.count))"
        } else if let column = shape.periodColumn {
            line += "; periods down column \(shape.names[column])"
        }
        return line
    }

    private func regionLines() -> [String] {
        guard let regionColumn, let score = regionScore else {
            return ["check: no region column: every figure is Korea's (KR)"]
        }
        var lines = [
            "regions: column \(shape.names[regionColumn]), \(score.known.count) labels known"
        ]
        if !score.indentedUnknown.isEmpty {
            lines.append(
                "skipped: \(score.indentedUnknown.count) indented lower-level labels "
                    + "(\(score.indentedUnknown.prefix(3).joined(separator: ", "))…)")
        }
        for label in score.unknown {
            let closest = RegionCatalog.standard.closestNames(to: label, limit: 3)
            lines.append(
                "check: \"\(label)\" is no region the vocabulary knows (closest: "
                    + "\(closest.joined(separator: ", "))): its rows are skipped")
        }
        return lines
    }
}
