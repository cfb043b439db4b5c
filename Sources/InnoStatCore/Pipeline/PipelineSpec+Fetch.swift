/// Parsing `fetch:`: the url (`${NAME}` from the environment), the time-out, the attempts, the
/// backoff and the size bound; and the rule that a pipeline that fetches names the one file it
/// writes.
extension PipelineSpec {
    static let fetchKeys = ["url", "timeout_seconds", "attempts", "backoff_seconds", "max_bytes"]

    static func parseFetch(_ cursor: YAMLCursor, inputs: [String]) throws -> FetchSpec? {
        guard cursor.exists else { return nil }
        _ = try cursor.requireMapping()
        try cursor.finish(knowing: fetchKeys)
        let urlCursor = cursor["url"]
        var fetch: FetchSpec
        do {
            fetch = FetchSpec(url: try URLTemplate(parsing: try urlCursor.string()))
        } catch let mistake as URLTemplate.Mistake {
            throw urlCursor.error(mistake.message)
        }
        fetch.timeoutSeconds = try positive(
            cursor["timeout_seconds"], default: FetchSpec.defaultTimeoutSeconds)
        let attemptsCursor = cursor["attempts"]
        fetch.attempts = try attemptsCursor.int(default: FetchSpec.defaultAttempts)
        guard (1...FetchSpec.maximumAttempts).contains(fetch.attempts) else {
            throw attemptsCursor.error("must be from 1 to \(FetchSpec.maximumAttempts)")
        }
        let backoffCursor = cursor["backoff_seconds"]
        fetch.backoffSeconds =
            try backoffCursor.optionalDouble() ?? FetchSpec.defaultBackoffSeconds
        if fetch.backoffSeconds < 0 { throw backoffCursor.error("must not be negative") }
        let maxCursor = cursor["max_bytes"]
        fetch.maxBytes = try maxCursor.int(default: FetchSpec.defaultMaxBytes)
        if fetch.maxBytes < 1 { throw maxCursor.error("must be greater than 0") }
        try checkFetchedInput(inputs, cursor: cursor)
        return fetch
    }

    private static func positive(_ cursor: YAMLCursor, default value: Double) throws -> Double {
        guard let number = try cursor.optionalDouble() else { return value }
        if number <= 0 { throw cursor.error("must be greater than 0") }
        return number
    }

    /// The input is the file fetch writes: one, named as it is, under the raw-data folder.
    private static func checkFetchedInput(_ inputs: [String], cursor: YAMLCursor) throws {
        guard inputs.count == 1, let input = inputs.first else {
            throw cursor.error(
                "a pipeline that fetches has exactly one input, the file fetch writes "
                    + "(inputs names \(inputs.count))")
        }
        if input.contains(where: { "*?[".contains($0) }) {
            throw cursor.error(
                "the input \"\(input)\" is a pattern; a pipeline that fetches names the one "
                    + "file fetch writes")
        }
        if input.hasPrefix("/") || input.split(separator: "/").contains("..") {
            throw cursor.error(
                "the input \"\(input)\" is outside the raw-data folder; fetch writes only "
                    + "under it")
        }
    }
}
