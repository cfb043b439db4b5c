/// How a reader treats a quote that appears inside an unquoted field.
public enum StrayQuotePolicy: String, Sendable, CaseIterable {
    /// `malformed quote` error at the line and field (RFC 4180).
    case reject
    /// Kept as a character of the field. A quoted field is still one: its closing quote must
    /// be followed by a delimiter or line end (`"a"b` is a `malformed quote`).
    case literal
}
