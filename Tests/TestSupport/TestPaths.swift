import Foundation

/// Where the tests find the package and what `swift build` made.
public enum TestPaths {
    /// The package root, found from this file's path.
    public static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(
                atPath: url.appendingPathComponent("Package.swift").path)
            {
                return url.path
            }
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    /// The build folder the running tests were built into (`.build/<triple>/debug`): the
    /// folder of the test executable (Linux's `/proc/self/exe`), so a release or a custom
    /// `--scratch-path` build is found.
    public static let buildFolder: String =
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        .deletingLastPathComponent().path

    /// A product of the package built beside the tests, e.g. `innostat`.
    public static func builtExecutable(_ name: String) -> String {
        let path = "\(buildFolder)/\(name)"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            fatalError("no \(name) in \(buildFolder): build it first (swift build --build-tests)")
        }
        return path
    }
}
