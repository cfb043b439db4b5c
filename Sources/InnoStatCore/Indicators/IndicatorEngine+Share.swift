extension IndicatorEngine {
    /// A candidate value of a share for one period.
    private struct ShareCandidate {
        let point: ObservationPoint
        let value: Double
        let statuses: [ObservationStatus]
        let inputs: [ObservationPoint]
        let isPublished: Bool
    }

    /// Per year, the published share or 100 · part / whole, whichever has the period that
    /// ranks highest (``PeriodChoice``); the published figure wins a tie.
    func computeShare(
        _ spec: IndicatorSpec, published: MeasureSelector?, part: MeasureSelector?,
        whole: MeasureSelector?, into output: inout IndicatorOutput
    ) throws {
        var candidates = try published.map { try publishedCandidates($0, spec) } ?? []
        if let part, let whole {
            candidates += try ratioCandidates(part: part, whole: whole, spec)
        }
        let chosen = Self.bestPerYear(candidates, spec)
        guard !chosen.isEmpty else {
            let inputs = [published?.description, part?.description].compactMap { $0 }
            throw Problem.absent(
                "no observations of \(inputs.joined(separator: " or ")) for \(spec.region)")
        }
        for (year, candidate) in chosen.sorted(by: { $0.key < $1.key }) {
            let estimate = spec.periodChoice.isEstimate(candidate.point)
            output.rows.append(
                row(
                    spec, year, candidate.value,
                    .combining(candidate.statuses + (estimate ? [.estimated] : [])),
                    candidate.inputs))
            output.notes.append(
                note(
                    spec, year, "basis",
                    text: candidate.isPublished
                        ? "published \(candidate.point.period)"
                        : "100 · part / whole, \(candidate.point.period)"))
        }
    }

    private func publishedCandidates(_ published: MeasureSelector, _ spec: IndicatorSpec)
        throws -> [ShareCandidate]
    {
        try observations(published, region: published.region ?? spec.region).compactMap {
            point in
            guard let value = point.value else { return nil }
            return ShareCandidate(
                point: point, value: value, statuses: [point.status], inputs: [point],
                isPublished: true)
        }
    }

    /// 100 · part / whole for each period both have (a whole of 0 gives none).
    private func ratioCandidates(
        part: MeasureSelector, whole: MeasureSelector, _ spec: IndicatorSpec
    ) throws -> [ShareCandidate] {
        let wholes = Dictionary(
            try observations(whole, region: whole.region ?? spec.region).map {
                ($0.period, $0)
            },
            uniquingKeysWith: { first, _ in first })
        return try observations(part, region: part.region ?? spec.region).compactMap { point in
            guard let value = point.value, let total = wholes[point.period],
                let totalValue = total.value, totalValue != 0
            else { return nil }
            return ShareCandidate(
                point: point, value: 100 * value / totalValue,
                statuses: [point.status, total.status], inputs: [point, total],
                isPublished: false)
        }
    }

    /// Per covered year, the candidate whose period ranks highest; on a tie the published one,
    /// else the later candidate.
    private static func bestPerYear(_ candidates: [ShareCandidate], _ spec: IndicatorSpec)
        -> [Int: ShareCandidate]
    {
        var chosen: [Int: ShareCandidate] = [:]
        for candidate in candidates where spec.covers(candidate.point.year) {
            if let current = chosen[candidate.point.year] {
                let currentRank = spec.periodChoice.rank(of: current.point)
                let rank = spec.periodChoice.rank(of: candidate.point)
                if rank < currentRank || (rank == currentRank && !candidate.isPublished) {
                    continue
                }
            }
            chosen[candidate.point.year] = candidate
        }
        return chosen
    }
}
