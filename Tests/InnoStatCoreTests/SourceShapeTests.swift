import Foundation
import Testing

@testable import InnoStatCore

/// The house rules a reader relies on, checked in every folder of the project's own targets:
/// functions that fit on a screen, files that stay short, warehouse rows read by column name,
/// and closed sets named by their enums rather than by string literals.
struct SourceShapeTests {
    static let places =
        ArchitectureTests.stages.map { "InnoStatCore/" + $0 }
        + [
            "SQLiteStore", "CSVStream", "CryptoDigest", "XLSXStream", "XLSStream",
            "InnoStatCommands",
            "innostat",
        ]

    @Test(arguments: places)
    func functionsFitOnAScreen(place: String) throws {
        let long = try SourceFile.all(in: place).flatMap { file in
            file.functions().filter { $0.lines > 60 }.map { "\(file.name):\($0.line) \($0.lines)" }
        }
        #expect(long == [])
    }

    @Test(arguments: places)
    func filesStayShort(place: String) throws {
        let long = try SourceFile.all(in: place).filter { $0.lines.count > 400 }.map(\.name)
        #expect(long == [])
    }

    /// `row[2].textValue`, `$0[0]`, `rows[0][1]`, `case .text(let x) = row[2]` and
    /// `x.map { .text($0) } ?? .null` are gone: a row is read by its column's name.
    @Test(arguments: places)
    func warehouseRowsAreReadByName(place: String) throws {
        let patterns = [
            #"\[[0-9]+\]\s*\.(textValue|integerValue|doubleValue)\b"#,
            #"\$0\[[0-9]+\]"#, #"\brows?\[[0-9]+\]\s*(\[|==|!=|$)"#,
            #"case \.\w+\(let \w+\) = \w+\[[0-9]+\]"#,
            #"\.map \{ \.(text|integer|real)\((Int64\()?\$0\)?\) \} \?\? \.null"#,
        ]
        let found = try SourceFile.all(in: place).flatMap { $0.lines(matching: patterns) }
        #expect(found == [])
    }

    /// The names of methods, disparity indices, export formats and layouts appear as string
    /// literals only in the enum that declares them (and in the texts of their formulas).
    @Test(arguments: places)
    func closedSetsAreComparedAsEnums(place: String) throws {
        let names = IndicatorNames.closedSets
        let alternatives = names.map(NSRegularExpression.escapedPattern(for:))
            .joined(separator: "|")
        let patterns = [
            #"(case|==|!=)\s*"(\#(alternatives))"\s*(:|\{|,|$|\))"#,
            #""(\#(alternatives))"\s*(==|!=)"#,
        ]
        let found = try SourceFile.all(in: place).flatMap { $0.lines(matching: patterns) }
        #expect(found == [])
    }
}

/// The raw values of the closed sets the indicators and exports name.
enum IndicatorNames {
    static var closedSets: [String] {
        IndicatorMethod.Kind.allCases.map(\.rawValue) + DisparityIndex.allCases.map(\.rawValue)
            + ExportFormat.allCases.map(\.rawValue) + ExportLayout.allCases.map(\.rawValue)
    }
}

/// One Swift file of Sources, as lines.
struct SourceFile {
    let name: String
    let lines: [String]

    /// The files of a folder (or the one file) under Sources.
    static func all(in place: String) throws -> [SourceFile] {
        let root = TestPaths.packageRoot + "/Sources/"
        let names =
            place.hasSuffix(".swift")
            ? [place]
            : try FileManager.default.contentsOfDirectory(atPath: root + place).sorted()
                .filter { $0.hasSuffix(".swift") }.map { place + "/" + $0 }
        #expect(!names.isEmpty, "no Swift file in \(place)")
        return try names.map {
            SourceFile(
                name: $0,
                lines: try String(contentsOfFile: root + $0, encoding: .utf8)
                    .components(separatedBy: "\n"))
        }
    }

    /// `Explain/X.swift:12: the line` for each line one of `patterns` matches.
    func lines(matching patterns: [String]) -> [String] {
        let expressions = patterns.map { try! NSRegularExpression(pattern: $0) }
        return lines.enumerated().compactMap { number, line in
            let range = NSRange(line.startIndex..., in: line)
            guard expressions.contains(where: { $0.firstMatch(in: line, range: range) != nil })
            else { return nil }
            return "\(name):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))"
        }
    }

    /// Each function and initializer: its first line and its length from the `func` (or
    /// `init`) line to its closing brace, a signature over several lines included.
    func functions() -> [(line: Int, lines: Int)] {
        let declaration = try! NSRegularExpression(
            pattern: #"^\s*(@\w+\s+)*((public|private|fileprivate|internal|static|mutating|"#
                + #"override|final|nonisolated)(\(set\))?\s+)*(func |init[(<?])"#)
        var found: [(line: Int, lines: Int)] = []
        for (start, line) in lines.enumerated() {
            let range = NSRange(line.startIndex..., in: line)
            guard declaration.firstMatch(in: line, range: range) != nil,
                let end = closingLine(from: start)
            else { continue }
            found.append((start + 1, end - start + 1))
        }
        return found
    }

    /// The line whose brace closes the body opened at or after `start`; nil for a declaration
    /// without a body (a protocol requirement).
    private func closingLine(from start: Int) -> Int? {
        let literal = try! NSRegularExpression(pattern: #""(\\.|[^"\\])*""#)
        var depth = 0
        var opened = false
        for index in start..<lines.count {
            let line = lines[index]
            let code = literal.stringByReplacingMatches(
                in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
            depth += code.filter { $0 == "{" }.count - code.filter { $0 == "}" }.count
            if code.contains("{") { opened = true }
            if opened && depth <= 0 { return index }
            if !opened && index > start + 8 { return nil }
        }
        return nil
    }
}
