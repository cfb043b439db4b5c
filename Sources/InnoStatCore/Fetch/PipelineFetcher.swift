import Foundation

/// `innostat fetch`: downloads the input of every enabled pipeline with a `fetch` key (or of
/// exactly those named with `--only`), each into place only when its answer is whole and is
/// the pipeline's table, and reports as it goes. A failing pipeline does not stop the others.
public struct PipelineFetcher {
    public let configuration: FetchConfiguration

    public init(configuration: FetchConfiguration) {
        self.configuration = configuration
    }

    public func fetch(onEvent: (FetchEvent) -> Void) throws -> FetchSummary {
        let started = Date()
        let catalog = try PipelineCatalog(directory: configuration.pipelinesDirectory)
        let specs = try selected(from: catalog)
        let resolver = InputResolver(rawDataRoot: configuration.rawDataDirectory)
        try resolver.checkRoot()
        var summary = FetchSummary()
        for error in catalog.errors {
            summary.invalid += 1
            onEvent(.pipelineInvalid(error))
        }
        for spec in specs {
            guard let fetch = spec.fetch, let input = spec.inputs.first else { continue }
            let download = PipelineDownload(
                spec: spec, fetch: fetch,
                path: (configuration.rawDataDirectory as NSString).appendingPathComponent(input),
                displayPath: resolver.displayPath(of: input),
                environment: configuration.environment,
                backoffSeconds: configuration.backoffSeconds ?? fetch.backoffSeconds)
            let outcome = download.run { reason, attempt, seconds in
                onEvent(
                    .retrying(
                        pipeline: spec.name, reason: reason, attempt: attempt,
                        attempts: fetch.attempts, seconds: seconds))
            }
            summary.add(outcome)
            onEvent(.finished(outcome))
        }
        summary.seconds = Date().timeIntervalSince(started)
        return summary
    }

    /// The enabled pipelines that fetch, or exactly those named (each must fetch).
    private func selected(from catalog: PipelineCatalog) throws -> [PipelineSpec] {
        let specs = try catalog.selected(only: configuration.only)
        if configuration.only.isEmpty { return specs.filter { $0.fetch != nil } }
        if let idle = specs.first(where: { $0.fetch == nil }) {
            throw FetchSelectionError(
                name: idle.name,
                fetching: catalog.specs.filter { $0.fetch != nil }.map(\.name).sorted())
        }
        return specs
    }
}
