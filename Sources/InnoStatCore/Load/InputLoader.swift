/// Picks the loader a pipeline's layout needs: the generic table loader, or the dedicated
/// firm-survey loader for microdata.
enum InputLoader {
    static func load(
        _ input: InputResolver.Input, of spec: PipelineSpec, into warehouse: Warehouse,
        runID: Int64,
        onProgress: ((_ rows: Int, _ bytes: Int) -> Void)? = nil
    ) throws -> FileLoadResult {
        if case .firmSurvey = spec.layout {
            return try FirmSurveyLoader(
                warehouse: warehouse, spec: spec, runID: runID, input: input
            ).load()
        }
        var loader = FileLoader(warehouse: warehouse, spec: spec, runID: runID, input: input)
        loader.onProgress = onProgress
        return try loader.load()
    }
}
