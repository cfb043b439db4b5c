extension PipelineSpec {
    /// The `checks:` list: each entry a mapping with `kind`, `measure` (a code or a list of
    /// codes the pipeline declares), `severity` (`warn` or `error`, default `error`) and the
    /// kind's parameters.
    static func parseChecks(_ cursor: YAMLCursor, measures: [MeasureSpec]) throws -> [CheckSpec] {
        try cursor.elements().enumerated().map { number, entry in
            _ = try entry.requireMapping()
            let kindCursor = entry["kind"]
            let kindName = try kindCursor.string()
            let checked = try parseCheckedMeasures(entry["measure"], declared: measures)
            let severityCursor = entry["severity"]
            let severityName = try severityCursor.optionalString() ?? "error"
            guard let severity = CheckSpec.Severity(rawValue: severityName) else {
                throw severityCursor.error("expected warn or error, got \"\(severityName)\"")
            }
            guard let name = CheckSpec.KindName(rawValue: kindName) else {
                let known = CheckSpec.KindName.allCases.map(\.rawValue).joined(separator: ", ")
                throw kindCursor.error("unknown check kind \"\(kindName)\" (known: \(known))")
            }
            let kind: CheckSpec.Kind
            switch name {
            case .range: kind = try parseRange(entry)
            case .change: kind = try parseChange(entry)
            case .sum: kind = try .sum(parseSum(entry))
            }
            try entry.finish()
            return CheckSpec(number: number, measures: checked, severity: severity, kind: kind)
        }
    }

    private static func parseCheckedMeasures(_ cursor: YAMLCursor, declared: [MeasureSpec])
        throws -> [String]
    {
        guard cursor.exists else { throw cursor.missing() }
        let entries = cursor.isSequence ? try cursor.elements() : [cursor]
        if entries.isEmpty { throw cursor.error("name at least one measure") }
        let codes = Set(declared.map(\.code))
        return try entries.map { entry in
            let code = try entry.string()
            guard codes.contains(code) else {
                let known = declared.map(\.code).joined(separator: ", ")
                throw entry.error("unknown measure \"\(code)\" (declared: \(known))")
            }
            return code
        }
    }

    private static func parseRange(_ entry: YAMLCursor) throws -> CheckSpec.Kind {
        let min = try entry["min"].optionalDouble()
        let max = try entry["max"].optionalDouble()
        if min == nil && max == nil { throw entry.error("a range check needs min, max or both") }
        if let min, let max, min > max {
            throw entry["max"].error(
                "\(DecimalFormat.shortest(max)) is below min \(DecimalFormat.shortest(min))")
        }
        return .range(min: min, max: max)
    }

    private static func parseChange(_ entry: YAMLCursor) throws -> CheckSpec.Kind {
        let ratioCursor = entry["max_ratio"]
        let ratio = try ratioCursor.double()
        guard ratio > 1 else {
            throw ratioCursor.error(
                "must be greater than 1 (a figure may be at most this many times larger or "
                    + "smaller than the one before)")
        }
        return .change(maxRatio: ratio)
    }

    private static func parseSum(_ entry: YAMLCursor) throws -> SumRule {
        let overCursor = entry["over"]
        let overName = try overCursor.optionalString() ?? "region"
        guard let over = SumRule.Dimension(rawValue: overName) else {
            throw overCursor.error(
                "unknown dimension \"\(overName)\" (known: region, sector, size)")
        }
        let partsCursor = entry["parts"]
        let parts: SumRule.Parts
        if !partsCursor.exists {
            parts = over == .region ? .provinces : .codes(defaultParts(over))
        } else if !partsCursor.isSequence, try partsCursor.string() == "provinces" {
            guard over == .region else { throw partsCursor.error("provinces needs over: region") }
            parts = .provinces
        } else {
            var codes: [String] = []
            for element in partsCursor.isSequence ? try partsCursor.elements() : [partsCursor] {
                let code = try resolveMember(try element.string(), over: over, cursor: element)
                if codes.contains(code) { throw element.error("\(code) is listed twice") }
                codes.append(code)
            }
            if codes.isEmpty { throw partsCursor.error("name at least one part") }
            parts = .codes(codes)
        }
        let totalCursor = entry["total"]
        let total: SumRule.Total
        if let text = try totalCursor.optionalString() {
            if let number = Double(text), number.isFinite {
                total = .constant(number)
            } else {
                total = .code(try resolveMember(text, over: over, cursor: totalCursor))
            }
        } else {
            total = .code(over.aggregate)
        }
        if case .code(let code) = total {
            let isPart: Bool
            switch parts {
            case .provinces: isPart = RegionCatalog.korea.region(code: code)?.level == "province"
            case .codes(let codes): isPart = codes.contains(code)
            }
            if isPart { throw totalCursor.error("\(code) is also one of the parts") }
        }
        let toleranceCursor = entry["tolerance_percent"]
        let tolerance = try toleranceCursor.optionalDouble() ?? 0.5
        if tolerance < 0 { throw toleranceCursor.error("must not be negative") }
        return SumRule(over: over, parts: parts, total: total, tolerancePercent: tolerance)
    }

    private static func defaultParts(_ over: SumRule.Dimension) -> [String] {
        switch over {
        case .region:
            RegionCatalog.korea.regions.filter { $0.level == "province" }.map(\.code)
        case .sector:
            SectorCatalog.standard.entries.map(\.code).filter { $0 != over.aggregate }
        case .size:
            FirmSizeCatalog.standard.entries.map(\.code).filter { $0 != over.aggregate }
        }
    }

    private static func resolveMember(_ text: String, over: SumRule.Dimension, cursor: YAMLCursor)
        throws -> String
    {
        let code: String?
        switch over {
        case .region: code = RegionCatalog.standard.resolve(text)
        case .sector: code = SectorCatalog.standard.resolve(text)
        case .size: code = FirmSizeCatalog.standard.resolve(text)
        }
        guard let code else {
            let what = over == .size ? "firm size" : over.rawValue
            throw cursor.error("unknown \(what) \"\(text)\"")
        }
        return code
    }
}
