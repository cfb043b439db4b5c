extension IndicatorEngine {
    func computeDisparity(
        _ spec: IndicatorSpec, _ disparity: DisparitySpec, into output: inout IndicatorOutput
    ) throws {
        let series = try distributions(disparity, for: spec)
        guard !series.years.isEmpty else { throw Problem.absent(series.absence ?? "no values") }
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
        let capital = Dictionary(provinces.map { ($0.code, $0.isCapital) }) { first, _ in first }
        let universe = disparity.regions ?? provinces.map(\.code)
        let lineage = try reader.database.regionLineage()
        let parents = try reader.database.lineageParents()
        // Children of a listed region count too: they are folded into it.
        let readable = Set(provinces.map(\.code)).filter { code in
            var current: String? = code
            while let region = current {
                if universe.contains(region) { return true }
                current = parents[region]
            }
            return false
        }
        let numerators = try disparity.measures.map { measure in
            try figures(
                MeasureSelector(measure: measure, sector: disparity.sector, size: disparity.size),
                universe: readable, spec: spec)
        }
        let denominators = try disparity.perCapita.map {
            try figures(MeasureSelector(measure: $0), universe: readable, spec: spec)
        }
        let years = Set(numerators.flatMap(\.keys)).filter(spec.covers).sorted()
        if years.isEmpty {
            let range = spec.years.map { " in \($0.lowerBound)-\($0.upperBound)" } ?? ""
            return DistributionSeries(
                years: [],
                absence: "no observations of \(disparity.measures.joined(separator: " or ")) "
                    + "for the provinces\(range)")
        }
        if let perCapita = disparity.perCapita, denominators?.isEmpty ?? true {
            return DistributionSeries(
                years: [], absence: "no observations of \(perCapita) for the provinces")
        }
        var result: [DistributionSeries.Year] = []
        var reasons: [String] = []
        for year in years {
            var accepted: DistributionSeries.Year?
            let alignment = RegionAlignment(lineage: lineage, year: year)
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
                let sourcesByRegion = Dictionary(
                    aligned.regions.map { region in
                        (
                            region.code,
                            Set(
                                (region.numerator.inputs + (region.denominator?.inputs ?? []))
                                    .map { "\($0.measure)/\($0.sourceID)" })
                        )
                    }, uniquingKeysWith: { $0.union($1) })
                accepted = DistributionSeries.Year(
                    year: year, regions: aligned.regions,
                    isCapital: aligned.regions.map { capital[$0.code] ?? false }, measure: measure,
                    sourcesByRegion: sourcesByRegion, breakReason: nil, merges: aligned.merges,
                    dropped: aligned.dropped)
                break
            }
            guard var current = accepted else { continue }
            if let previous = result.last {
                current.breakReason = Self.breakReason(from: previous, to: current)
            }
            if !current.dropped.isEmpty {
                // A province with a figure on one side only is a gap: the index covers fewer.
                let leftOut = "left out: \(current.dropped.joined(separator: ", "))"
                current.breakReason = [current.breakReason, leftOut].compactMap { $0 }
                    .joined(separator: "; ")
            }
            result.append(current)
        }
        let absence =
            result.isEmpty
            ? "no year with a usable region set (\(reasons.prefix(3).joined(separator: "; "))"
                + "\(reasons.count > 3 ? "; …" : ""))" : nil
        return DistributionSeries(years: result, absence: absence)
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
