import SQLiteStore

/// Indicators of one series per year: a level, a share (published or 100 · part / whole), a
/// ratio of two series, and compound growth.
extension IndicatorExplainer {
    /// A series an indicator reads, as `indicator.inputs` names it: another indicator, or a
    /// measure with its sector and size (`rd_funding_share (BUS)`).
    struct SeriesName {
        let text: String
        let isIndicator: Bool
        let measure: String
        let sector: String
        let size: String

        func matches(_ input: IndicatorExplanation.Input) -> Bool {
            !isIndicator && input.measure == measure && input.sector == sector
                && input.size == size
        }
    }

    func seriesName(_ text: String) throws -> SeriesName {
        if try isIndicator(text) {
            return SeriesName(
                text: text, isIndicator: true, measure: text, sector: "TOT", size: "ALL")
        }
        guard let open = text.firstIndex(of: "("), text.hasSuffix(")") else {
            return SeriesName(
                text: text, isIndicator: false, measure: text, sector: "TOT", size: "ALL")
        }
        let measure = text[..<open].trimmingCharacters(in: .whitespaces)
        let qualifiers = text[text.index(after: open)..<text.index(before: text.endIndex)]
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        let sectors = Set(
            try database.rows("SELECT sector_code FROM sector").compactMap {
                $0.text("sector_code")
            })
        let sizes = Set(
            try database.rows("SELECT size_code FROM firm_size").compactMap {
                $0.text("size_code")
            })
        return SeriesName(
            text: text, isIndicator: false, measure: measure,
            sector: qualifiers.first(where: sectors.contains) ?? "TOT",
            size: qualifiers.first(where: sizes.contains) ?? "ALL")
    }

    /// Whether the indicator takes, per year, the latest dated count (`stock: true`).
    func isStock(_ context: Context) -> Bool {
        context.row.definition.formula.contains("year-end")
    }

    /// For a stock: which dated counts the year has, and why the chosen one is E if it is.
    func stockLines(_ input: IndicatorExplanation.Input, _ context: Context) throws
        -> (computation: [String], qualifications: [String])
    {
        guard isStock(context) else { return ([], []) }
        let periods = try database.rows(
            """
            SELECT period FROM v_observation WHERE measure_code = ? AND region_code = ?
            AND sector_code = ? AND size_code = ? AND year = ? AND value IS NOT NULL
            ORDER BY period
            """,
            [
                .text(input.measure), .text(input.region), .text(input.sector),
                .text(input.size), .integer(Int64(context.year)),
            ]
        ).compactMap { $0.text("period") }
        let computation = [
            "a count at a date: in \(context.year) the warehouse has "
                + "\(periods.joined(separator: ", ")); the latest dated is taken (a bare year "
                + "ranks below any month)"
        ]
        let isYearEnd = input.period.count == 7 && input.period.hasSuffix("-12")
        let qualifications =
            isYearEnd
            ? []
            : [
                "the count is dated \(input.period), not at year-end (\(context.year)-12): as the "
                    + "year's value it is an estimate (E)"
            ]
        return (computation, qualifications)
    }

    func explainLevel(_ context: Context) throws -> MethodExplanation {
        guard let source = try context.row.sources.first.map(seriesName) else {
            return failure("the indicator names no series", context)
        }
        if source.isIndicator {
            let value = try indicatorValue(source.text, region: context.region, year: context.year)
            return MethodExplanation(
                computation: ["\(source.text) in \(context.year) = \(Self.describe(value))"],
                recomputed: .success(value), checkBasis: "\(source.text) in \(context.year)",
                inputs: context.inputs.map { role($0, "\(source.text) \(context.year)") })
        }
        let matching = context.inputs.filter(source.matches)
        guard matching.count == 1, let input = matching.first else {
            return failure("\(matching.count) inputs of \(source.text), one expected", context)
        }
        let stock = try stockLines(input, context)
        return MethodExplanation(
            computation: stock.computation
                + ["\(context.row.definition.code) = \(input.key) = \(Self.describe(input.value))"],
            recomputed: .success(input.value), checkBasis: "the input below",
            inputs: [role(input, "the value")], qualifications: stock.qualifications)
    }

    func explainShare(_ context: Context) throws -> MethodExplanation {
        let names = try context.row.sources.map(seriesName)
        let published = names.count != 2 ? names.first : nil
        let part = names.count >= 2 ? names[names.count - 2] : nil
        let whole = names.count >= 2 ? names[names.count - 1] : nil
        let basis = context.note("basis")?.text ?? ""
        if basis.hasPrefix("published"), let published {
            return try explainLevel(
                Context(
                    row: context.row, region: context.region, year: context.year,
                    value: context.value, status: context.status,
                    inputs: context.inputs.filter(published.matches), notes: context.notes),
                as: "as published")
        }
        guard let part, let whole,
            let top = context.inputs.first(where: part.matches),
            let bottom = context.inputs.first(where: whole.matches),
            let a = top.value, let b = bottom.value
        else {
            return failure("no published share, nor a part and a whole, among the inputs", context)
        }
        let stock = try stockLines(top, context)
        let value = b == 0 ? nil : 100 * a / b
        return MethodExplanation(
            computation: stock.computation + [
                "no share is published for \(context.year); 100 · part / whole at \(top.period):",
                "100 · \(part.text) / \(whole.text) = 100 · \(Self.describe(a)) / "
                    + "\(Self.describe(b)) = \(Self.describe(value))",
            ],
            recomputed: .success(value), checkBasis: "the part and the whole below",
            inputs: [role(top, "part"), role(bottom, "whole")],
            qualifications: stock.qualifications)
    }

    /// A published share: the level of one observation.
    private func explainLevel(_ context: Context, as label: String) throws -> MethodExplanation {
        guard context.inputs.count == 1, let input = context.inputs.first else {
            return failure("\(context.inputs.count) published inputs, one expected", context)
        }
        let stock = try stockLines(input, context)
        return MethodExplanation(
            computation: stock.computation + [
                "\(context.row.definition.code) = \(input.key), \(label) = "
                    + Self.describe(input.value)
            ],
            recomputed: .success(input.value), checkBasis: "the published figure below",
            inputs: [role(input, "published")], qualifications: stock.qualifications)
    }

    func explainRatio(_ context: Context) throws -> MethodExplanation {
        guard context.row.sources.count == 2 else {
            return failure("a ratio reads two series", context)
        }
        let numerator = try seriesName(context.row.sources[0])
        let denominator = try seriesName(context.row.sources[1])
        var inputs = context.inputs
        func side(_ name: SeriesName, _ label: String) throws -> Double? {
            if name.isIndicator {
                let keys = Set(
                    try self.inputs(name.text, region: context.region, year: context.year)
                        .map(\.key))
                for index in inputs.indices where keys.contains(inputs[index].key) {
                    inputs[index].role = "\(label) (\(name.text))"
                }
                return try indicatorValue(name.text, region: context.region, year: context.year)
            }
            guard let index = inputs.firstIndex(where: name.matches) else { return nil }
            inputs[index].role = label
            return inputs[index].value
        }
        guard let top = try side(numerator, "numerator"),
            let bottom = try side(denominator, "denominator")
        else {
            return failure("the numerator or the denominator has no value that year", context)
        }
        let scale = context.note("scale")?.value ?? 1
        let value = bottom == 0 ? nil : top / bottom * scale
        let scaled = scale == 1 ? "" : " · \(Self.describe(scale))"
        return MethodExplanation(
            computation: [
                "\(numerator.text) / \(denominator.text)\(scaled) in \(context.year)"
                    + (scale == 1 ? "" : " (the units' factors, and 100 for a percentage)"),
                "= \(Self.describe(top)) / \(Self.describe(bottom))\(scaled) = \(Self.describe(value))",
            ],
            recomputed: .success(value),
            checkBasis: "\(numerator.text) and \(denominator.text) in \(context.year)",
            inputs: inputs)
    }

    func explainGrowth(_ context: Context) throws -> MethodExplanation {
        guard let source = try context.row.sources.first.map(seriesName),
            let firstYear = context.note("first_year")?.value.map({ Int($0) })
        else { return failure("the first year is not recorded", context) }
        let first: Double?
        let last: Double?
        var inputs = context.inputs
        if source.isIndicator {
            first = try indicatorValue(source.text, region: context.region, year: firstYear)
            last = try indicatorValue(source.text, region: context.region, year: context.year)
            let firstKeys = Set(
                try self.inputs(source.text, region: context.region, year: firstYear).map(\.key))
            for index in inputs.indices {
                inputs[index].role =
                    firstKeys.contains(inputs[index].key)
                    ? "first (\(source.text) \(firstYear))"
                    : "last (\(source.text) \(context.year))"
            }
        } else {
            let firstInput = inputs.firstIndex { $0.period.hasPrefix(String(firstYear)) }
            let lastInput = inputs.firstIndex { $0.period.hasPrefix(String(context.year)) }
            first = firstInput.flatMap { inputs[$0].value }
            last = lastInput.flatMap { inputs[$0].value }
            if let firstInput { inputs[firstInput].role = "first" }
            if let lastInput { inputs[lastInput].role = "last" }
        }
        guard let first, let last else {
            return failure("the first or the last value is missing", context)
        }
        let span = context.year - firstYear
        let value = CompoundGrowth.annualRate(
            firstYear: firstYear, first: first, lastYear: context.year, last: last)
        var lines = [
            "first and last observed years of \(source.text): \(firstYear) and \(context.year)",
            "100 · ((last / first)^(1 / (last year − first year)) − 1)",
            "= 100 · ((\(Self.describe(last)) / \(Self.describe(first)))^(1 / (\(context.year) − "
                + "\(firstYear))) − 1) = 100 · ((\(Self.describe(last / first)))^(1 / \(span)) − 1)"
                + " = \(Self.describe(value))",
        ]
        for (key, value) in [("first_value", first), ("last_value", last)] {
            if let stored = context.note(key)?.value, stored != value {
                lines.append(
                    "the run recorded \(key) \(Self.describe(stored)), not "
                        + Self.describe(value))
            }
        }
        return MethodExplanation(
            computation: lines, recomputed: .success(value),
            checkBasis: "\(source.text) in \(firstYear) and \(context.year)", inputs: inputs)
    }

    func role(_ input: IndicatorExplanation.Input, _ role: String) -> IndicatorExplanation.Input {
        var copy = input
        copy.role = role
        return copy
    }
}
