import Foundation
import Testing

/// The README is the front page and docs/ the reference: every page says what it covers and
/// leads back, the front page lists every page, and every link between the pages (a file, or a
/// file's heading) leads somewhere.
struct DocumentationLinkTests {
    static let linkingPages =
        DocumentationFiles.userPages
        + [DocumentationFiles.warehouseGuide, "ARCHITECTURE.md", "CHANGELOG.md"]

    /// The text outside ``` blocks.
    static func prose(of text: String) -> String {
        var inCode = false
        var lines: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.drop(while: { $0 == " " }).hasPrefix("```") {
                inCode.toggle()
            } else if !inCode {
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens.
    static func anchor(of heading: String) -> String {
        String(
            heading.lowercased()
                .filter { $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" }
                .map { $0 == " " ? "-" : $0 })
    }

    static func anchors(in text: String) -> Set<String> {
        Set(
            prose(of: text).split(separator: "\n")
                .compactMap { $0.firstMatch(of: #/^#+ (.+)$/#) }
                .map { anchor(of: String($0.output.1)) })
    }

    @Test(arguments: DocumentationFiles.referencePages)
    func everyPageSaysWhatItCoversAndLeadsBack(page: String) throws {
        let lines = try DocumentationFiles.text(of: page).split(
            separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count > 4 && lines[0].hasPrefix("# ") && lines[1].isEmpty, "\(page): title")
        #expect(lines.count > 4 && !lines[2].isEmpty && lines[3].isEmpty, "\(page): one line first")
        #expect(lines.count > 4 && lines[2].contains("](../README.md)"), "\(page): no link back")
    }

    @Test func theFrontPageListsEveryPage() throws {
        let readme = try DocumentationFiles.text(of: DocumentationFiles.frontPage)
        #expect(DocumentationFiles.referencePages.count >= 7)
        for page in DocumentationFiles.referencePages {
            #expect(readme.contains("](\(page))"), "README.md does not list \(page)")
        }
    }

    @Test(arguments: linkingPages)
    func everyLinkLeadsSomewhere(page: String) throws {
        let root = URL(fileURLWithPath: InnoStatBinary.packageRoot)
        let folder = root.appendingPathComponent(page).deletingLastPathComponent()
        let text = Self.prose(of: try DocumentationFiles.text(of: page))
        for link in text.matches(of: #/\]\(([^)\s]+)\)/#).map({ String($0.output.1) }) {
            if link.hasPrefix("http://") || link.hasPrefix("https://") { continue }
            let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
            let target =
                parts[0].isEmpty
                ? root.appendingPathComponent(page)
                : folder.appendingPathComponent(String(parts[0])).standardizedFileURL
            guard FileManager.default.fileExists(atPath: target.path) else {
                Issue.record("\(page): \(link) leads to no file")
                continue
            }
            if parts.count == 2, target.pathExtension == "md" {
                let anchors = Self.anchors(in: try String(contentsOf: target, encoding: .utf8))
                #expect(anchors.contains(String(parts[1])), "\(page): \(link) leads to no heading")
            }
        }
    }
}
