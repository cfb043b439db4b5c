import ArgumentParser

/// Where the pipeline files and the raw data are, shared by `run` and `validate`.
struct SourceOptions: ParsableArguments {
    @Option(help: "Folder of pipeline files.") var pipelines = "Pipelines"
    @Option(name: .customLong("raw-data"), help: "Root folder of the raw input files.")
    var rawData = "RawData"
    @Option(help: "Only this pipeline (repeatable, each name once; disabled pipelines too).")
    var only: [String] = []
}
