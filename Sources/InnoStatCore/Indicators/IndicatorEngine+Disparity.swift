extension IndicatorEngine {
    func computeDisparity(
        _ spec: IndicatorSpec, _ disparity: DisparitySpec, into output: inout IndicatorOutput
    ) throws {
        let series = try distributions(disparity, for: spec)
        guard !series.years.isEmpty else { throw Problem.absent(series.absence ?? "no values") }
        if disparity.index == .beta { return try computeBeta(spec, series, into: &output) }
        if disparity.index == .moranI || disparity.index == .localMoran {
            return try computeMoran(spec, disparity, series, into: &output)
        }
        for year in series.years {
            let value = disparity.index.value(
                values: year.values, populations: year.populations, isCapital: year.isCapital)
            let status: ObservationStatus =
                year.breakReason != nil
                ? .breakInSeries : .combining(year.inputs.map(\.status))
            output.rows.append(row(spec, year.year, value, status, year.inputs))
            let codes = year.regions.map(\.code)
            output.notes.append(
                note(
                    spec, year.year, "regions", value: Double(codes.count),
                    text: codes.joined(separator: " ")))
            if disparity.measures.count > 1 {
                output.notes.append(note(spec, year.year, "measure", text: year.measure))
            }
            if !year.merges.isEmpty {
                output.notes.append(
                    note(spec, year.year, "merged", text: year.merges.joined(separator: "; ")))
            }
            if !year.dropped.isEmpty {
                output.notes.append(
                    note(spec, year.year, "left_out", text: year.dropped.joined(separator: "; ")))
            }
            if let reason = year.breakReason {
                output.notes.append(note(spec, year.year, "break", text: reason))
            }
            if value == nil {
                output.notes.append(
                    note(
                        spec, year.year, "missing", text: "the index is undefined for these values")
                )
            }
        }
    }

    /// The distributions of a disparity basis per year, computed once per basis.
    func distributions(_ disparity: DisparitySpec, for spec: IndicatorSpec) throws
        -> DistributionSeries
    {
        let key = disparity.distributionKey + ";\(spec.years.map { "\($0)" } ?? "all")"
        if let cached = distributionCache[key] { return cached }
        let series = try buildDistributions(disparity, for: spec)
        distributionCache[key] = series
        return series
    }

    private typealias FiguresByYear = [Int: [String: RegionAlignment.Figure]]

    private func figures(_ selector: MeasureSelector, universe: Set<String>, spec: IndicatorSpec)
        throws -> FiguresByYear
    {
        var byYear: FiguresByYear = [:]
        for (key, point) in spec.periodChoice.pick(try observations(selector, region: nil))
        where universe.contains(key.region) {
            byYear[key.year, default: [:]][key.region] = RegionAlignment.Figure(
                value: point.value!, inputs: [point])
        }
        return byYear
    }

    private func buildDistributions(_ disparity: DisparitySpec, for spec: IndicatorSpec) throws
        -> DistributionSeries
    {
        let provinces = try reader.provinces()
        let universe = disparity.regions ?? provinces.map(\.code)
        let lineage = try reader.database.regionLineage()
        let readable = try readableRegions(provinces.map(\.code), universe: universe)
        let basis = DistributionBasis(
            disparity: disparity, universe: universe,
            capital: Dictionary(provinces.map { ($0.code, $0.isCapital) }) { first, _ in first },
            numerators: try disparity.measures.map { measure in
                try figures(
                    MeasureSelector(
                        measure: measure, sector: disparity.sector, size: disparity.size),
                    universe: readable, spec: spec)
            },
            denominators: try disparity.perCapita.map {
                try figures(MeasureSelector(measure: $0), universe: readable, spec: spec)
            })
        let years = Set(basis.numerators.flatMap(\.keys)).filter(spec.covers).sorted()
        if years.isEmpty {
            let range = spec.years.map { " in \($0.lowerBound)-\($0.upperBound)" } ?? ""
            return DistributionSeries(
                years: [],
                absence: "no observations of \(disparity.measures.joined(separator: " or ")) "
                    + "for the provinces\(range)")
        }
        if let perCapita = disparity.perCapita, basis.denominators?.isEmpty ?? true {
            return DistributionSeries(
                years: [], absence: "no observations of \(perCapita) for the provinces")
        }
        var result: [DistributionSeries.Year] = []
        var reasons: [String] = []
        for year in years {
            let alignment = RegionAlignment(lineage: lineage, year: year)
            guard var current = basis.distribution(in: year, alignment, reasons: &reasons)
            else { continue }
            current.breakReason = Self.breakReason(of: current, after: result.last)
            result.append(current)
        }
        let absence =
            result.isEmpty
            ? "no year with a usable region set (\(reasons.prefix(3).joined(separator: "; "))"
                + "\(reasons.count > 3 ? "; …" : ""))" : nil
        return DistributionSeries(years: result, absence: absence)
    }

    /// The provinces whose figures count: those listed, and their children (folded into them).
    private func readableRegions(_ provinces: [String], universe: [String]) throws
        -> Set<String>
    {
        let parents = try reader.database.lineageParents()
        return Set(provinces).filter { code in
            var current: String? = code
            while let region = current {
                if universe.contains(region) { return true }
                current = parents[region]
            }
            return false
        }
    }

    /// What a disparity index is computed from: the figures of each measure (in the order
    /// they are tried) and of the population, per year.
    private struct DistributionBasis {
        let disparity: DisparitySpec
        let universe: [String]
        let capital: [String: Bool]
        let numerators: [FiguresByYear]
        let denominators: FiguresByYear?

        /// The year's distribution of the first measure that gives one; why each measure
        /// failed goes to `reasons`.
        func distribution(
            in year: Int, _ alignment: RegionAlignment, reasons: inout [String]
        ) -> DistributionSeries.Year? {
            for (measure, numerator) in zip(disparity.measures, numerators) {
                guard let top = numerator[year] else { continue }
                var bottom: [String: RegionAlignment.Figure]?
                if let perCapita = disparity.perCapita {
                    guard let figures = denominators?[year] else {
                        reasons.append("\(year): no \(perCapita)")
                        continue
                    }
                    bottom = figures
                }
                let aligned = alignment.align(
                    numerator: top, denominator: bottom, numeratorName: measure,
                    denominatorName: disparity.perCapita ?? "")
                let present = Set(aligned.regions.map(\.code))
                if aligned.regions.isEmpty { continue }
                if disparity.requiresAllProvinces {
                    let missing = alignment.missing(from: universe, present: present)
                    if !missing.isEmpty {
                        reasons.append(
                            "\(year): \(measure) lacks \(missing.joined(separator: " "))")
                        continue
                    }
                }
                return DistributionSeries.Year(
                    year: year, regions: aligned.regions,
                    isCapital: aligned.regions.map { capital[$0.code] ?? false }, measure: measure,
                    sourcesByRegion: Self.sourcesByRegion(aligned.regions), breakReason: nil,
                    merges: aligned.merges, dropped: aligned.dropped)
            }
            return nil
        }

        /// `measure/source` of every figure in each region, its children's included.
        private static func sourcesByRegion(_ regions: [RegionAlignment.Region])
            -> [String: Set<String>]
        {
            Dictionary(
                regions.map { region in
                    (
                        region.code,
                        Set(
                            (region.numerator.inputs + (region.denominator?.inputs ?? []))
                                .map { "\($0.measure)/\($0.sourceID)" })
                    )
                }, uniquingKeysWith: { $0.union($1) })
        }
    }

    /// The break of a year against the one before it, and the provinces it leaves out.
    private static func breakReason(
        of current: DistributionSeries.Year, after previous: DistributionSeries.Year?
    ) -> String? {
        var reason = previous.flatMap { breakReason(from: $0, to: current) }
        if !current.dropped.isEmpty {
            // A province with a figure on one side only is a gap: the index covers fewer.
            let leftOut = "left out: \(current.dropped.joined(separator: ", "))"
            reason = [reason, leftOut].compactMap { $0 }.joined(separator: "; ")
        }
        return reason
    }

    /// Why `current` is not comparable with the year before it, if it is not.
    private static func breakReason(
        from previous: DistributionSeries.Year, to current: DistributionSeries.Year
    ) -> String? {
        var reasons: [String] = []
        let before = Set(previous.regions.map(\.code))
        let now = Set(current.regions.map(\.code))
        if before != now {
            let added = now.subtracting(before).sorted().map { "+" + $0 }
            let removed = before.subtracting(now).sorted().map { "−" + $0 }
            reasons.append(
                "regions differ from \(previous.year): \((added + removed).joined(separator: " "))")
        }
        let kept = before.intersection(now).sorted()
        let switched = kept.filter {
            previous.sourcesByRegion[$0] != current.sourcesByRegion[$0]
        }
        if !switched.isEmpty {
            var added: Set<String> = []
            var removed: Set<String> = []
            for code in switched {
                let then = previous.sourcesByRegion[code] ?? []
                let later = current.sourcesByRegion[code] ?? []
                added.formUnion(later.subtracting(then))
                removed.formUnion(then.subtracting(later))
            }
            let changes = added.sorted().map { "+" + $0 } + removed.sorted().map { "−" + $0 }
            let scope =
                switched.count == kept.count ? "" : " in \(switched.joined(separator: " "))"
            reasons.append(
                "sources differ from \(previous.year)\(scope): \(changes.joined(separator: " "))")
        }
        return reasons.isEmpty ? nil : reasons.joined(separator: "; ")
    }
}
