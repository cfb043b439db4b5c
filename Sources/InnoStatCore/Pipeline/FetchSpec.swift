/// Where `innostat fetch` downloads a pipeline's one input from, and how patiently (`fetch:`).
public struct FetchSpec: Sendable, Equatable {
    public static let defaultTimeoutSeconds = 60.0
    public static let defaultAttempts = 3
    public static let maximumAttempts = 10
    public static let defaultBackoffSeconds = 1.0
    public static let defaultMaxBytes = 512 << 20

    public let url: URLTemplate
    /// How long one request may take, from sending it to the body's last byte.
    public var timeoutSeconds = defaultTimeoutSeconds
    /// Requests in all, the first included, when answers are 5xx, time-outs, refused or cut
    /// short connections.
    public var attempts = defaultAttempts
    /// The wait before the second attempt; it doubles before each later one.
    public var backoffSeconds = defaultBackoffSeconds
    /// The largest body taken; a larger one is refused (the last good file stays).
    public var maxBytes = defaultMaxBytes

    public init(url: URLTemplate) {
        self.url = url
    }
}
