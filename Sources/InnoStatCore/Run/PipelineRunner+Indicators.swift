import Foundation

extension PipelineRunner {
    /// After the loads: computes every indicator of `indicators.yaml` (if the pipelines folder
    /// has one) from the warehouse, stores them and exports them all. A mistake here fails the
    /// run but keeps what was loaded.
    /// An indicator left with no values where it had some fails the run, unless the sources of
    /// its inputs that retired figures in this run (`shrunk`) all belong to pipelines declaring
    /// `may_shrink` (`shrinkable`).
    func computeIndicators(
        _ warehouse: Warehouse, runID: Int64, shrunk: Set<String>, shrinkable: Set<String>,
        summary: inout RunSummary, onEvent: (RunEvent) -> Void
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
            if try !summary.publishedFiguresChanged && !holdsPublishedFigures(warehouse) {
                onEvent(.indicatorsSkipped(reason: "the warehouse holds no published figure"))
                return
            }
            let catalogDigest = try FileDigest.hexDigest(ofFile: catalog.file)
            if try indicatorsAreCurrent(warehouse, catalog, catalogDigest, summary) {
                onEvent(.indicatorsUnchanged)
                return
            }
            let emptied = try computeAndStore(
                catalog, catalogDigest, warehouse, runID, &summary, onEvent)
            reportEmptied(emptied, shrunk: shrunk, shrinkable: shrinkable, &summary, onEvent)
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

    /// Computes and stores every indicator, records the catalog they follow; the indicators
    /// that had values before and have none now.
    private func computeAndStore(
        _ catalog: IndicatorCatalog, _ catalogDigest: String, _ warehouse: Warehouse,
        _ runID: Int64, _ summary: inout RunSummary, _ onEvent: (RunEvent) -> Void
    ) throws -> [(code: String, before: IndicatorHoldings.Holding)] {
        let before = try IndicatorHoldings(warehouse.database)
        let outputs = try IndicatorEngine(
            database: warehouse.database, catalog: catalog,
            rawDataDirectory: configuration.rawDataDirectory
        ).compute()
        try IndicatorStore(database: warehouse.database).replace(with: outputs, runID: runID)
        let emptied = before.emptied(
            in: try IndicatorHoldings(warehouse.database),
            among: catalog.indicators.map(\.code))
        try warehouse.database.transaction(.immediate) {
            try warehouse.database.run("DELETE FROM indicator_catalog")
            try warehouse.database.run(
                "INSERT INTO indicator_catalog(catalog_sha256, run_id) VALUES (?, ?)",
                [.text(catalogDigest), .integer(runID)])
        }
        let outcomes = outputs.map {
            IndicatorOutcome(
                code: $0.spec.code, values: $0.rows.count, absence: $0.absence,
                failure: $0.failure)
        }
        summary.indicatorValues = outcomes.reduce(0) { $0 + $1.values }
        summary.indicatorsWithValues = outcomes.filter { $0.values > 0 }.count
        summary.indicatorsFailed = outcomes.filter { $0.failure != nil }.count
        onEvent(.indicatorsComputed(outcomes))
        return emptied
    }

    /// Says which indicators were emptied; one not declared (its retiring sources' pipelines do
    /// not all say `may_shrink`) fails the run.
    private func reportEmptied(
        _ emptied: [(code: String, before: IndicatorHoldings.Holding)], shrunk: Set<String>,
        shrinkable: Set<String>, _ summary: inout RunSummary, _ onEvent: (RunEvent) -> Void
    ) {
        for (code, holding) in emptied {
            let retiring = Set(holding.sources.map { String($0.prefix { $0 != ":" }) })
                .intersection(shrunk)
            let declared = !retiring.isEmpty && retiring.isSubset(of: shrinkable)
            if !declared { summary.indicatorsEmptied += 1 }
            onEvent(
                .indicatorEmptied(
                    code: code, valuesBefore: holding.values, sources: holding.sources.sorted(),
                    declared: declared))
        }
    }

    /// Whether any non-synthetic figure is in the warehouse (a warehouse that holds only
    /// generated microdata has nothing to compute indicators from).
    private func holdsPublishedFigures(_ warehouse: Warehouse) throws -> Bool {
        try warehouse.database.scalar(
            """
            SELECT EXISTS (SELECT 1 FROM observation o JOIN source s USING (source_id)
                           WHERE s.is_synthetic = 0)
            """) == .integer(1)
    }

    /// True when nothing the indicators read has changed since they were computed: no
    /// published figure was loaded or retired, the indicators file is the one they came from,
    /// every export is in place, and `--force` is off. Then a run leaves them, their run id
    /// and the exports as they are.
    private func indicatorsAreCurrent(
        _ warehouse: Warehouse, _ catalog: IndicatorCatalog, _ digest: String,
        _ summary: RunSummary
    ) throws -> Bool {
        guard !configuration.force, !summary.publishedFiguresChanged else { return false }
        let stored = try warehouse.database.scalar("SELECT catalog_sha256 FROM indicator_catalog")
        guard stored == .text(digest) else { return false }
        return catalog.indicators.allSatisfy { indicator in
            FileManager.default.fileExists(
                atPath: (configuration.exportsDirectory as NSString)
                    .appendingPathComponent("\(indicator.code).csv"))
        }
    }
}
