import Foundation
import Testing

/// The rooms of ARCHITECTURE.md hold: each stage folder of InnoStatCore uses only itself,
/// the folders before it and `Shared`; C libraries are imported by their wrapper alone; nothing
/// below the commands prints.
struct ArchitectureTests {
    /// InnoStatCore's folders in the order of the data path.
    static let stages = [
        "Shared", "Vocabulary", "Pipeline", "Extract", "Transform", "Fetch", "Load",
        "Indicators", "Explain", "Export", "Report", "Status", "Query", "Run", "Draft",
    ]

    static let core = TestPaths.packageRoot + "/Sources/InnoStatCore"

    static func swiftFiles(in folder: String) throws -> [(name: String, text: String)] {
        try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
            .filter { $0.hasSuffix(".swift") }
            .map { ($0, try String(contentsOfFile: "\(folder)/\($0)", encoding: .utf8)) }
    }

    /// The code of a file without comments and string literals.
    static func code(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in
                var line = String(line)
                if let comment = line.range(of: "//") { line = String(line[..<comment.lowerBound]) }
                return line.replacing(/"(\\.|[^"\\])*"/, with: "\"\"")
            }
            .joined(separator: "\n")
    }

    /// Which folder declares each type name.
    static func owners() throws -> [String: String] {
        let declaration =
            /(?m)^(?:public |internal |final |private |fileprivate )*(?:struct|enum|class|protocol|typealias|actor) +([A-Z]\w*)/
        var owners: [String: String] = [:]
        for stage in stages {
            for file in try swiftFiles(in: "\(core)/\(stage)") {
                for match in file.text.matches(of: declaration) {
                    owners[String(match.1)] = owners[String(match.1)] ?? stage
                }
            }
        }
        return owners
    }

    @Test func everyFolderOfTheCoreIsAStage() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.core).sorted()
        #expect(folders == Self.stages.sorted())
    }

    @Test func aStageUsesOnlyItselfTheStagesBeforeItAndShared() throws {
        let owners = try Self.owners()
        var reachingUp: [String] = []
        for (position, stage) in Self.stages.enumerated() {
            let allowed = Set(Self.stages[...position])
            for file in try Self.swiftFiles(in: "\(Self.core)/\(stage)") {
                let names = Set(
                    Self.code(file.text).matches(of: /\b[A-Z]\w*\b/).map { String($0.0) })
                for name in names.sorted() {
                    if let owner = owners[name], !allowed.contains(owner) {
                        reachingUp.append("\(stage)/\(file.name) uses \(name) of \(owner)")
                    }
                }
            }
        }
        #expect(reachingUp == [])
    }

    @Test func cLibrariesAreImportedByTheirWrapperAlone() throws {
        let wrappers = [
            "CSQLite3": "SQLiteStore", "CLibCSV": "CSVStream", "CCrypto": "CryptoDigest",
            "CZip": "XLSXStream", "CLibXML2": "XLSXStream", "CFreeXL": "XLSStream",
        ]
        let sources = TestPaths.packageRoot + "/Sources"
        var strays: [String] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: sources).sorted() {
            guard let enumerator = FileManager.default.enumerator(atPath: "\(sources)/\(target)")
            else { continue }
            for case let file as String in enumerator where file.hasSuffix(".swift") {
                let text = try String(
                    contentsOfFile: "\(sources)/\(target)/\(file)", encoding: .utf8)
                for (library, wrapper) in wrappers
                where target != wrapper && text.contains("import \(library)") {
                    strays.append("\(target)/\(file) imports \(library)")
                }
            }
        }
        #expect(strays == [])
    }

    @Test func nothingBelowTheCommandsPrints() throws {
        var printing: [String] = []
        let sources = TestPaths.packageRoot + "/Sources"
        for target in [
            "InnoStatCore", "SQLiteStore", "CSVStream", "CryptoDigest", "XLSXStream", "XLSStream",
        ] {
            guard let enumerator = FileManager.default.enumerator(atPath: "\(sources)/\(target)")
            else { continue }
            for case let file as String in enumerator where file.hasSuffix(".swift") {
                let text = try String(
                    contentsOfFile: "\(sources)/\(target)/\(file)", encoding: .utf8)
                if Self.code(text).contains(/\bprint\(|FileHandle\.standard(Error|Output)/) {
                    printing.append("\(target)/\(file)")
                }
            }
        }
        // A second signal ends the process at once: no command is left to tell why.
        #expect(printing == ["InnoStatCore/Run/RunInterruption.swift"])
    }
}
