import Foundation
import SQLiteStore
import Testing

@testable import InnoStatCore

/// What a workbook's metadata sheet cites on the source (its url when the pipeline gives none,
/// its notes) stays when a later run finds the file unchanged.
struct SourceCitationRerunTests {
    @Test func anUnchangedWorkbookKeepsItsCitation() throws {
        let root = TestPaths.packageRoot
        let pipeline = try String(
            contentsOfFile: "\(root)/Pipelines/kedi_universities.yaml", encoding: .utf8)
        let fixture = try RunFixture(pipelines: ["kedi_universities": pipeline], files: [:])
        try fixture.folder.write(
            "RawData/education/대학_개황_20250626194556.xlsx",
            try Data(
                contentsOf: URL(
                    fileURLWithPath: "\(root)/RawData/education/대학_개황_20250626194556.xlsx")))
        func citation() throws -> String {
            try fixture.database().scalar(
                "SELECT coalesce(url, 'NULL') || ' | ' || coalesce(note, 'NULL') FROM source"
            )
            .textValue ?? ""
        }
        let (first, _) = try fixture.run()
        #expect(first.succeeded && first.filesLoaded == 1)
        let cited = try citation()
        #expect(
            cited.hasPrefix("https://kosis.kr/statHtml/statHtml.do?orgId=334&tblId=DT_1963003_013"))
        let (second, _) = try fixture.run()
        #expect(second.succeeded && second.filesUnchanged == 1)
        #expect(try citation() == cited)
    }
}
