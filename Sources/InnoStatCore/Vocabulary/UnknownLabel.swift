/// The message for a label no vocabulary knows, with the closest known names:
/// `unknown region "Kyongi" (closest: Kyonggi, Kyunggi, Gyeonggi)`.
enum UnknownLabel {
    static func message(_ what: String, _ raw: String, closest: [String]) -> String {
        let hint = closest.isEmpty ? "" : " (closest: \(closest.joined(separator: ", ")))"
        return "unknown \(what) \"\(raw)\"\(hint)"
    }
}
