import Foundation

/// One line of a command's log on stderr: the text as it stands, or with `--log-format json`
/// one object with sorted keys, `time`, `level`, `event`, `message` and the event's fields.
enum LogLine {
    static func write(
        format: LogFormat, level: String, event: String, text: String, fields: [String: Any]
    ) {
        switch format {
        case .text:
            StandardError.write(text)
        case .json:
            var object: [String: Any] = fields
            object["time"] = ISO8601DateFormatter().string(from: Date())
            object["level"] = level
            object["event"] = event
            object["message"] = text
            if let data = try? JSONSerialization.data(
                withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]),
                let line = String(data: data, encoding: .utf8)
            {
                StandardError.write(line)
            }
        }
    }
}
