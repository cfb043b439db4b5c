extension PipelineRunner {
    /// After the loads: computes every indicator of `indicators.yaml` (if the pipelines folder
    /// has one) from the warehouse, stores them and exports them all. A mistake here fails the
    /// run but keeps what was loaded.
    func computeIndicators(
        _ warehouse: Warehouse, runID: Int64, summary: inout RunSummary,
        onEvent: (RunEvent) -> Void
    ) {
        let catalog: IndicatorCatalog
        do {
            guard
                let loaded = try IndicatorCatalog.load(directory: configuration.pipelinesDirectory)
            else {
                onEvent(.indicatorsSkipped(reason: "no \(IndicatorCatalog.fileName) here"))
                return
            }
            catalog = loaded
            let outputs = try IndicatorEngine(database: warehouse.database, catalog: catalog)
                .compute()
            try IndicatorStore(database: warehouse.database).replace(with: outputs, runID: runID)
            let outcomes = outputs.map {
                IndicatorOutcome(
                    code: $0.spec.code, values: $0.rows.count, absence: $0.absence,
                    failure: $0.failure)
            }
            summary.indicatorValues = outcomes.reduce(0) { $0 + $1.values }
            summary.indicatorsWithValues = outcomes.filter { $0.values > 0 }.count
            summary.indicatorsFailed = outcomes.filter { $0.failure != nil }.count
            onEvent(.indicatorsComputed(outcomes))
        } catch {
            summary.indicatorsFailed += 1
            onEvent(.indicatorsFailed(message: "\(error)"))
            return
        }
        do {
            let files = try IndicatorExporter(database: warehouse.database)
                .export([], to: configuration.exportsDirectory)
            summary.filesExported = files.count
            onEvent(.exported(directory: configuration.exportsDirectory, files: files.count))
        } catch {
            summary.exportFailed = true
            onEvent(.indicatorsFailed(message: "\(error)"))
        }
    }
}
