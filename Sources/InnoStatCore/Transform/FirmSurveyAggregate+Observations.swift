extension FirmSurveyAggregate {
    /// The aggregates of `measures` over `cells` (the cells of every load of one source),
    /// sorted by measure, region, year and size.
    static func observations(
        from cells: [FirmSurveyCell], measures: [FirmSurveyAggregate]
    ) -> [FirmSurveyObservation] {
        struct Key: Hashable, Comparable {
            let region: String
            let year: Int
            let size: String

            static func < (left: Key, right: Key) -> Bool {
                (left.region, left.year, left.size) < (right.region, right.year, right.size)
            }
        }
        struct Group {
            var counts = FirmSurveyCell.Counts()
            var origin = (loadID: Int64.max, line: Int.max)
        }
        var groups: [Key: Group] = [:]
        for cell in cells {
            let origin = (cell.loadID, cell.counts.firstLine)
            for region in [cell.region, "KR"] {
                for size in [cell.size.code, "ALL"] {
                    let key = Key(region: region, year: cell.year, size: size)
                    groups[key, default: Group()].counts.add(cell.counts)
                    if origin < groups[key]!.origin {
                        groups[key]!.origin = origin
                    }
                }
            }
        }
        let keys = groups.keys.sorted()
        var observations: [FirmSurveyObservation] = []
        for measure in allCases where measures.contains(measure) {
            for key in keys {
                let group = groups[key]!
                guard let (value, status, note) = measure.figure(group.counts, size: key.size)
                else { continue }
                observations.append(
                    FirmSurveyObservation(
                        measure: measure.rawValue, region: key.region, year: key.year,
                        size: key.size, value: value, status: status, note: note,
                        originLoadID: group.origin.loadID, originLine: group.origin.line))
            }
        }
        return observations
    }

    /// The figure for one group of responses, or nil when the measure has none for `size`.
    private func figure(_ counts: FirmSurveyCell.Counts, size: String)
        -> (Double?, ObservationStatus, String?)?
    {
        switch self {
        case .responses:
            return (Double(counts.responses), .normal, nil)
        case .rdExpenditure:
            let reported = counts.rdExpenditureReported
            if reported == 0 {
                return (nil, .missing, "no response gives an R&D expenditure")
            }
            if reported < counts.responses {
                let note =
                    "lower bound: \(counts.responses - reported) of \(counts.responses) "
                    + "responses give no R&D expenditure"
                return (counts.rdExpenditure, .estimated, note)
            }
            return (counts.rdExpenditure, .normal, nil)
        case .smeConductingRDShare:
            guard size == FirmResponse.Size.sme.code else { return nil }
            let answered = counts.rdAnswered
            if answered == 0 {
                return (nil, .missing, "no response says whether the firm conducts R&D")
            }
            let share = Double(100 * counts.conductingRD) / Double(answered)
            let silent = counts.responses - answered
            let note =
                silent > 0
                ? "\(silent) of \(counts.responses) responses do not say whether the firm "
                    + "conducts R&D" : nil
            return (share, .normal, note)
        }
    }
}
