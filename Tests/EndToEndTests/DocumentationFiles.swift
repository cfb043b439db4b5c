import Foundation

/// The Markdown pages users read: the README (the front page) and every page under `docs/`,
/// as paths relative to the package root. A new page under `docs/` is included without a change
/// here.
enum DocumentationFiles {
    static let frontPage = "README.md"
    static let warehouseGuide = "Warehouse/README.md"

    static var referencePages: [String] {
        let folder = InnoStatBinary.packageRoot + "/docs"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }

    /// The README and the docs pages.
    static var userPages: [String] { [frontPage] + referencePages }

    static func text(of file: String) throws -> String {
        try String(contentsOfFile: InnoStatBinary.packageRoot + "/" + file, encoding: .utf8)
    }
}
