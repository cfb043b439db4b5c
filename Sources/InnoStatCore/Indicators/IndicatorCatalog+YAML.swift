import Foundation

extension IndicatorCatalog {
    /// Parses and checks the indicators file; the first mistake is thrown as
    /// `Pipelines/indicators.yaml: indicators[3].method: unknown method "x" (known: …)`.
    public static func parse(yaml: String, file: String) throws -> IndicatorCatalog {
        let root = try YAMLCursor.parse(yaml: yaml, file: file)
        _ = try root.requireMapping()
        _ = try root["description"].optionalString()
        let measureUnits = try parseMeasures(root["measures"])
        let list = root["indicators"]
        guard list.exists else { throw list.error("is required") }
        var drafts: [Draft] = []
        for entry in try list.elements() {
            drafts += try parseEntry(entry, measureUnits: measureUnits)
        }
        try root.finish()
        let ordered = try order(drafts, file: file)
        var units: [String: String] = [:]
        var specs: [IndicatorSpec] = []
        for draft in ordered {
            let unit = draft.unit ?? inheritedUnit(draft, units: units, measures: measureUnits)
            units[draft.code] = unit
            var spec = IndicatorSpec(
                code: draft.code, name: draft.name, unit: draft.percent ? "percent" : unit,
                definition: draft.definition ?? draft.name,
                formula: draft.method.formula(periodChoice: draft.periodChoice)
                    + (draft.percent ? " · 100" : ""),
                region: draft.region, years: draft.years, periodChoice: draft.periodChoice,
                method: draft.method, keyPath: draft.cursor.path)
            spec.regionSet = draft.regionSet
            spec.ratioScale = draft.method.ratioScale(
                percent: draft.percent, measureUnits: measureUnits)
            specs.append(spec)
        }
        return IndicatorCatalog(file: file, measureUnits: measureUnits, indicators: specs)
    }

    /// An indicator as read, before units are inherited and order is settled.
    private struct Draft {
        let code: String
        let codeCursor: YAMLCursor
        let cursor: YAMLCursor
        let name: String
        let unit: String?
        let definition: String?
        let region: String
        let years: ClosedRange<Int>?
        let periodChoice: PeriodChoice
        let method: IndicatorMethod
        /// Where each indicator reference is written, by code.
        let referenceCursors: [String: YAMLCursor]
        var regionSet: IndicatorSpec.RegionSet?
        var percent = false
    }

    private static let codePattern = try! NSRegularExpression(pattern: "^[a-z][a-z0-9_]*$")
    private static let yearsPattern = try! NSRegularExpression(
        pattern: "^\\s*(\\d{4})\\s*[-–]\\s*(\\d{4})\\s*$")

    private static func parseMeasures(_ cursor: YAMLCursor) throws -> [String: String] {
        guard cursor.exists else { throw cursor.error("is required") }
        var units: [String: String] = [:]
        for code in try cursor.keys() {
            let entry = cursor[code]
            _ = try entry.requireMapping()
            units[code] = try entry["unit"].string()
            _ = try entry["description"].optionalString()
            try entry.finish()
        }
        return units
    }

    private static func parseEntry(_ cursor: YAMLCursor, measureUnits: [String: String]) throws
        -> [Draft]
    {
        _ = try cursor.requireMapping()
        let methodCursor = cursor["method"]
        let methodName = try methodCursor.string()
        guard let kind = IndicatorMethod.Kind(rawValue: methodName) else {
            let known = IndicatorMethod.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw methodCursor.error("unknown method \"\(methodName)\" (known: \(known))")
        }
        let context = EntryContext(cursor: cursor, measureUnits: measureUnits)
        let drafts: [Draft]
        if kind == .disparity {
            drafts = try parseDisparity(context)
        } else {
            drafts = [try parseSingle(context, method: kind)]
        }
        try cursor.finish()
        return drafts
    }

    /// Reads the parts of one entry, collecting the indicator references it makes.
    private final class EntryContext {
        let cursor: YAMLCursor
        let measureUnits: [String: String]
        var references: [String: YAMLCursor] = [:]

        init(cursor: YAMLCursor, measureUnits: [String: String]) {
            self.cursor = cursor
            self.measureUnits = measureUnits
        }

        func series(_ key: String) throws -> SeriesSource {
            let child = cursor[key]
            guard child.exists else { throw child.error("is required") }
            if child.isMapping { return .measure(try selector(child)) }
            let code = try child.string()
            references[code] = child
            return .indicator(code)
        }

        func optionalSelector(_ key: String) throws -> MeasureSelector? {
            let child = cursor[key]
            return child.exists ? try selector(child) : nil
        }

        func selector(_ child: YAMLCursor) throws -> MeasureSelector {
            _ = try child.requireMapping()
            let selector = MeasureSelector(
                measure: try measure(child["measure"]),
                sector: try code(child["sector"], default: "TOT", known: sectorCodes),
                size: try code(child["size"], default: "ALL", known: sizeCodes),
                region: try region(child["region"]))
            try child.finish()
            return selector
        }

        func measure(_ child: YAMLCursor) throws -> String {
            let code = try child.string()
            guard measureUnits[code] != nil else {
                let known = measureUnits.keys.sorted().joined(separator: ", ")
                throw child.error("unknown measure \"\(code)\" (known: \(known))")
            }
            return code
        }

        func code(_ child: YAMLCursor, default value: String, known: [String]) throws -> String {
            guard let code = try child.optionalString() else { return value }
            guard known.contains(code) else {
                throw child.error(
                    "unknown code \"\(code)\" (known: \(known.joined(separator: ", ")))")
            }
            return code
        }

        func region(_ child: YAMLCursor) throws -> String? {
            guard let code = try child.optionalString() else { return nil }
            guard RegionCatalog.standard.region(code: code) != nil else {
                throw child.error("unknown region \"\(code)\" (use ISO codes: KR, KR-11 … KR-50)")
            }
            return code
        }

        func years() throws -> ClosedRange<Int>? {
            let child = cursor["years"]
            guard let text = try child.optionalString() else { return nil }
            let range = NSRange(text.startIndex..., in: text)
            guard let match = IndicatorCatalog.yearsPattern.firstMatch(in: text, range: range),
                let first = Int(text[Range(match.range(at: 1), in: text)!]),
                let last = Int(text[Range(match.range(at: 2), in: text)!]), first <= last
            else { throw child.error("expected a year range such as 1985-2023, got \"\(text)\"") }
            return first...last
        }

        func number(_ key: String) throws -> Double? {
            let child = cursor[key]
            guard let text = try child.optionalString() else { return nil }
            guard let value = Double(text), value.isFinite else {
                throw child.error("expected a number, got \"\(text)\"")
            }
            return value
        }

        func choice<T: RawRepresentable & CaseIterable>(_ key: String, as type: T.Type) throws -> T
        where T.RawValue == String {
            let child = cursor[key]
            let text = try child.string()
            guard let value = T(rawValue: text) else {
                let known = T.allCases.map(\.rawValue).joined(separator: ", ")
                throw child.error("unknown value \"\(text)\" (known: \(known))")
            }
            return value
        }

        private var sectorCodes: [String] { SectorCatalog.standard.entries.map(\.code) }
        private var sizeCodes: [String] { FirmSizeCatalog.standard.entries.map(\.code) }
    }

    private static func checkCode(_ cursor: YAMLCursor) throws -> String {
        let code = try cursor.string()
        let range = NSRange(code.startIndex..., in: code)
        guard codePattern.firstMatch(in: code, range: range) != nil else {
            throw cursor.error("\"\(code)\" is not a code: lower-case letters, digits and _")
        }
        return code
    }

    private static func parseSingle(_ context: EntryContext, method kind: IndicatorMethod.Kind)
        throws -> Draft
    {
        let cursor = context.cursor
        let codeCursor = cursor["code"]
        let code = try checkCode(codeCursor)
        let title = try cursor["name"].string()
        let unit = try cursor["unit"].optionalString()
        let definition = try cursor["definition"].optionalString()
        let region = try context.region(cursor["region"]) ?? "KR"
        let years = try context.years()
        let periodChoice: PeriodChoice = try cursor["stock"].bool(default: false) ? .stock : .flow
        let method = try parseMethod(kind, context)
        let regionsCursor = cursor["regions"]
        let regionSet = try regionsCursor.optionalString().map { name in
            guard let set = IndicatorSpec.RegionSet(rawValue: name) else {
                throw regionsCursor.error("expected provinces or countries, got \"\(name)\"")
            }
            return set
        }
        let percentCursor = cursor["percent"]
        let percent = try percentCursor.bool(default: false)
        if percent, kind != .ratio { throw percentCursor.error("only a ratio is a percentage") }
        var draft = Draft(
            code: code, codeCursor: codeCursor, cursor: cursor, name: title, unit: unit,
            definition: definition, region: region, years: years, periodChoice: periodChoice,
            method: method, referenceCursors: context.references)
        (draft.regionSet, draft.percent) = (regionSet, percent)
        return draft
    }

    /// The method of an entry of one indicator (a disparity entry makes several).
    private static func parseMethod(_ kind: IndicatorMethod.Kind, _ context: EntryContext)
        throws -> IndicatorMethod
    {
        let cursor = context.cursor
        let method: IndicatorMethod
        switch kind {
        case .level:
            method = .level(try context.series("input"))
        case .share:
            let published = try context.optionalSelector("published")
            let part = try context.optionalSelector("part")
            let whole = try context.optionalSelector("whole")
            if (part == nil) != (whole == nil) {
                throw cursor[part == nil ? "part" : "whole"].error("is required with the other")
            }
            if published == nil && part == nil {
                throw cursor.error("a share needs published, or part and whole")
            }
            method = .share(published: published, part: part, whole: whole)
        case .ratio:
            method = .ratio(
                numerator: try context.series("numerator"),
                denominator: try context.series("denominator"))
        case .crossover:
            method = .crossover(
                series: try context.series("series"), against: try context.series("against"),
                complement: try context.number("complement"),
                report: try context.choice("report", as: IndicatorMethod.CrossoverReport.self))
        case .logisticFit:
            let minimum = try cursor["min_observations"].int(default: 4)
            if minimum < 3 { throw cursor["min_observations"].error("must be at least 3") }
            method = .logisticFit(
                series: try context.series("input"),
                report: try context.choice("report", as: IndicatorMethod.LogisticReport.self),
                minimumObservations: minimum)
        case .cagr:
            method = .cagr(try context.series("input"))
        case .disparity:
            preconditionFailure("a disparity entry is parsed by parseDisparity")
        }
        return method
    }

    private static func parseDisparity(_ context: EntryContext) throws -> [Draft] {
        let cursor = context.cursor
        let baseCursor = cursor["base"]
        let base = try checkCode(baseCursor)
        let measureCursor = cursor["measure"]
        let measures: [String]
        if measureCursor.isSequence {
            measures = try measureCursor.elements().map(context.measure)
        } else {
            measures = [try context.measure(measureCursor)]
        }
        if measures.isEmpty { throw measureCursor.error("name at least one measure") }
        let perCapitaCursor = cursor["per_capita"]
        let perCapita = perCapitaCursor.exists ? try context.measure(perCapitaCursor) : nil
        let sector = try context.code(
            cursor["sector"], default: "TOT", known: SectorCatalog.standard.entries.map(\.code))
        let size = try context.code(
            cursor["size"], default: "ALL", known: FirmSizeCatalog.standard.entries.map(\.code))
        let complete = try cursor["complete"].bool(default: false)
        let regionsCursor = cursor["regions"]
        var regions: [String]?
        if regionsCursor.exists {
            regions = try regionsCursor.elements().map { element in
                guard let code = try context.region(element) else {
                    throw element.error("is required")
                }
                return code
            }
        }
        let years = try context.years()
        let periodChoice: PeriodChoice = try cursor["stock"].bool(default: false) ? .stock : .flow
        let definition = try cursor["definition"].optionalString()
        let weightsCursor = cursor["weights"]
        let weights = try weightsCursor.optionalString()
        let indicesCursor = cursor["indices"]
        let indexCursors = try indicesCursor.elements()
        if indexCursors.isEmpty { throw indicesCursor.error("name at least one index") }
        return try indexCursors.map { indexCursor in
            let name = try indexCursor.string()
            guard let index = DisparityIndex(rawValue: name) else {
                let known = DisparityIndex.allCases.map(\.rawValue).joined(separator: ", ")
                throw indexCursor.error("unknown index \"\(name)\" (known: \(known))")
            }
            if [.moranI, .localMoran].contains(index) && weights == nil {
                throw indexCursor.error("\(name) needs weights: a contiguity file under RawData")
            }
            var spec = DisparitySpec(
                base: base, index: index, measures: measures, perCapita: perCapita,
                sector: sector, size: size, requiresAllProvinces: complete, regions: regions)
            spec.weights = weights
            let basis = perCapita == nil ? spec.basis : "\(spec.basis) (per capita)"
            return Draft(
                code: "\(base)_\(index.rawValue)", codeCursor: indexCursor, cursor: cursor,
                name: "\(index.title) of \(basis) across provinces", unit: index.unit,
                definition: definition, region: "KR", years: years, periodChoice: periodChoice,
                method: .disparity(spec), referenceCursors: [:])
        }
    }

    /// Checks codes and references and orders the drafts so each follows what it reads.
    private static func order(_ drafts: [Draft], file: String) throws -> [Draft] {
        var byCode: [String: Draft] = [:]
        for draft in drafts {
            if let other = byCode[draft.code] {
                throw draft.codeCursor.error(
                    "\"\(draft.code)\" is declared twice (also \(other.cursor.path))")
            }
            byCode[draft.code] = draft
        }
        for draft in drafts {
            for (code, cursor) in draft.referenceCursors.sorted(by: { $0.key < $1.key })
            where byCode[code] == nil {
                let known = drafts.map(\.code).sorted().joined(separator: ", ")
                throw cursor.error("unknown indicator \"\(code)\" (known: \(known))")
            }
        }
        var ordered: [Draft] = []
        var done: Set<String> = []
        var visiting: [String] = []
        func visit(_ draft: Draft) throws {
            if done.contains(draft.code) { return }
            if let start = visiting.firstIndex(of: draft.code) {
                let cycle = (visiting[start...] + [draft.code]).joined(separator: " → ")
                throw PipelineError(
                    file: file, keyPath: draft.cursor.path,
                    message: "indicators read each other in a cycle: \(cycle)")
            }
            visiting.append(draft.code)
            for code in draft.method.references { try visit(byCode[code]!) }
            visiting.removeLast()
            done.insert(draft.code)
            ordered.append(draft)
        }
        for draft in drafts { try visit(draft) }
        return ordered
    }

    /// The unit of an indicator that does not declare one.
    private static func inheritedUnit(
        _ draft: Draft, units: [String: String], measures: [String: String]
    ) -> String {
        func unit(of source: SeriesSource) -> String {
            switch source {
            case .measure(let selector): measures[selector.measure]!
            case .indicator(let code): units[code]!
            }
        }
        switch draft.method {
        case .level(let source): return unit(of: source)
        case .share: return "percent"
        case .ratio: return "ratio"
        case .crossover(let series, _, _, _): return unit(of: series)
        case .logisticFit(_, let report, _): return report == .midpoint ? "year" : "per year"
        case .cagr: return "percent per year"
        case .disparity(let spec): return spec.index.unit
        }
    }
}
