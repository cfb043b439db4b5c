extension PipelineSpec {
    /// How a `layout: firm_survey` pipeline reads bare numeric regions; parsing made sure it
    /// declares one.
    var firmSurveyCodeSystem: RegionCodeSystem {
        guard let regionCodeSystem else {
            preconditionFailure("\(file): a firm_survey pipeline without region_code_system")
        }
        return regionCodeSystem
    }

    /// The rules of `layout: firm_survey`: the columns are fixed by the contract, so the keys
    /// that map columns are mistakes; bare numeric regions need a declared code system; every
    /// declared measure is one of the aggregates the loader computes, in its unit.
    func checkFirmSurvey(root: YAMLCursor) throws {
        for key in ["columns", "defaults", "rules", "unmatched"] where root.has(key) {
            throw root[key].error(
                "not used with layout: firm_survey (its columns are fixed by the contract)")
        }
        let read = root["read"]
        for key in ["comment_prefix", "skip_records"] where read.has(key) {
            throw read[key].error("not used with layout: firm_survey (the header is the first row)")
        }
        if regionCodeSystem == nil {
            throw root["region_code_system"].error(
                "is required with layout: firm_survey (numeric regions in the contract are kostat codes)"
            )
        }
        for measure in measures {
            let cursor = root["measures"][measure.code]
            guard let aggregate = FirmSurveyAggregate(rawValue: measure.code) else {
                let known = FirmSurveyAggregate.allCases.map(\.rawValue).joined(separator: ", ")
                throw cursor.error("not a firm-survey aggregate (known: \(known))")
            }
            if measure.unit != aggregate.unit {
                throw cursor["unit"].error(
                    "\"\(measure.unit)\", but this aggregate is in \(aggregate.unit)")
            }
        }
    }
}
