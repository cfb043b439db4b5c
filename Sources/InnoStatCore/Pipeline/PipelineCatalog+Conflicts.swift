extension PipelineCatalog {
    /// Declarations that pipelines must agree on, checked across the whole folder before
    /// anything loads, so that no outcome depends on the order pipelines run in: one
    /// `source.id` per pipeline, one unit per measure. Every pipeline in a conflict gets an
    /// error naming the other files, and none of them loads.
    static func conflicts(among specs: [PipelineSpec]) -> [PipelineError] {
        var errors: [PipelineError] = []
        let bySource = Dictionary(grouping: specs, by: \.source.id)
        for spec in specs {
            let others = bySource[spec.source.id, default: []].filter { $0.file != spec.file }
            guard !others.isEmpty else { continue }
            errors.append(
                PipelineError(
                    file: spec.file, keyPath: "source.id",
                    message: "\"\(spec.source.id)\" is also the source of "
                        + others.map(\.file).joined(separator: ", ")
                        + "; each pipeline needs a source id of its own"))
        }
        var declarations: [String: [(file: String, unit: String)]] = [:]
        for spec in specs {
            for measure in spec.measures {
                declarations[measure.code, default: []].append((spec.file, measure.unit))
            }
        }
        for spec in specs {
            for measure in spec.measures {
                let others = declarations[measure.code, default: []].filter {
                    $0.file != spec.file && $0.unit != measure.unit
                }
                guard !others.isEmpty else { continue }
                let elsewhere = others.map { "\"\($0.unit)\" in \($0.file)" }
                errors.append(
                    PipelineError(
                        file: spec.file, keyPath: "measures.\(measure.code).unit",
                        message: "\"\(measure.unit)\", but \(elsewhere.joined(separator: ", "))"
                            + "; a measure has one unit"))
            }
        }
        return errors
    }
}
