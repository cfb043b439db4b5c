/// Where a command's error lines go: stderr as text, or the run log's JSON objects.
protocol DiagnosticSink {
    func error(_ line: String)
}

struct StandardErrorSink: DiagnosticSink {
    func error(_ line: String) { StandardError.write(line) }
}
