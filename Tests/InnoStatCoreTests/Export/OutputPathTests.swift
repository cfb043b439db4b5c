import Foundation
import Testing

@testable import InnoStatCore

/// Where a command cannot write, one line names the path and says why.
struct OutputPathTests {
    /// `@` stands for the temp folder.
    @Test(arguments: [
        (
            "file/sub",
            "@/file/sub: cannot create the exports folder: @/file is a file, not a folder"
        ),
        (
            "dir/file/sub",
            "@/dir/file/sub: cannot create the exports folder: @/dir/file is a file, not a folder"
        ),
    ])
    func saysWhyAFolderCannotBeMade(relative: String, message: String) throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "x")
        try folder.write("dir/file", "x")
        let error = try #require(throws: SourceFileError.self) {
            try OutputPath.createFolder(folder.file(relative), what: "exports folder")
        }
        #expect(error.description == message.replacingOccurrences(of: "@", with: folder.path))
    }

    @Test func saysWhyAFileCannotBeWritten() throws {
        let folder = try TemporaryFolder()
        try folder.write("file", "x")
        try FileManager.default.createDirectory(
            atPath: folder.file("out"), withIntermediateDirectories: true)
        let intoFolder = try #require(throws: SourceFileError.self) {
            try OutputPath.write(Data("a".utf8), to: folder.file("out"), what: "report")
        }
        #expect(
            intoFolder.description
                == "\(folder.file("out")): cannot write the report: this is a folder; name a file")
        let underFile = try #require(throws: SourceFileError.self) {
            try OutputPath.write(Data("a".utf8), to: folder.file("file/r.html"), what: "report")
        }
        #expect(
            underFile.description
                == "\(folder.file("file")): cannot create the folder of the report: \(folder.file("file")) is a file, not a folder"
        )
        try OutputPath.write(Data("page".utf8), to: folder.file("new/sub/r.html"), what: "report")
        #expect(
            try String(contentsOfFile: folder.file("new/sub/r.html"), encoding: .utf8) == "page")
    }
}
