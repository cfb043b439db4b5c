// swift-tools-version:6.0
import Foundation
import PackageDescription

/// `make test` sets INNOSTAT_STRICT=1: the project's own targets build with warnings as errors
/// (dependencies keep their warnings to themselves).
let strict: [SwiftSetting] =
    ProcessInfo.processInfo.environment["INNOSTAT_STRICT"] == nil
    ? [] : [.unsafeFlags(["-warnings-as-errors"])]

let package = Package(
    name: "innostat",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "innostat", targets: ["innostat"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CSQLite3", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CFreeXL", pkgConfig: "freexl", providers: [.apt(["libfreexl-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .target(name: "SQLiteStore", dependencies: ["CSQLite3"], swiftSettings: strict),
        .target(name: "CSVStream", dependencies: ["CLibCSV"], swiftSettings: strict),
        .target(name: "CryptoDigest", dependencies: ["CCrypto"], swiftSettings: strict),
        .target(name: "XLSXStream", dependencies: ["CZip", "CLibXML2"], swiftSettings: strict),
        .target(name: "XLSStream", dependencies: ["CFreeXL", "XLSXStream"], swiftSettings: strict),
        .target(
            name: "InnoStatCore",
            dependencies: [
                "SQLiteStore", "CSVStream", "CryptoDigest", "XLSXStream", "XLSStream",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "InnoStatCommands",
            dependencies: [
                "InnoStatCore", "SQLiteStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "innostat", dependencies: ["InnoStatCommands"], swiftSettings: strict),
        .target(
            name: "FuzzHarness", dependencies: ["CSVStream", "XLSXStream", "InnoStatCore"],
            swiftSettings: strict),
        .executableTarget(
            name: "FuzzCSV", dependencies: ["FuzzHarness"], path: "Sources/Fuzz/FuzzCSV",
            swiftSettings: strict),
        .executableTarget(
            name: "FuzzXLSX", dependencies: ["FuzzHarness"], path: "Sources/Fuzz/FuzzXLSX",
            swiftSettings: strict),
        .executableTarget(
            name: "FuzzReplies", dependencies: ["FuzzHarness"], path: "Sources/Fuzz/FuzzReplies",
            swiftSettings: strict),
        .executableTarget(
            name: "FuzzValues", dependencies: ["FuzzHarness"], path: "Sources/Fuzz/FuzzValues",
            swiftSettings: strict),
        .target(name: "TestSupport", path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(
            name: "SQLiteStoreTests", dependencies: ["SQLiteStore", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "XLSStreamTests", dependencies: ["XLSStream", "XLSXStream", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "XLSXStreamTests", dependencies: ["XLSXStream", "TestSupport"],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "CSVStreamTests", dependencies: ["CSVStream"], resources: [.copy("Fixtures")],
            swiftSettings: strict),
        .testTarget(
            name: "InnoStatCoreTests",
            dependencies: [
                "InnoStatCore", "SQLiteStore", "CSVStream", "XLSXStream", "TestSupport",
            ],
            resources: [.copy("Fixtures")], swiftSettings: strict),
        .testTarget(
            name: "InnoStatCommandsTests",
            dependencies: ["InnoStatCommands", "InnoStatCore", "SQLiteStore", "TestSupport"],
            exclude: ["Golden"], swiftSettings: strict),
        .testTarget(
            name: "FuzzRegressionTests", dependencies: ["FuzzHarness", "TestSupport"],
            exclude: ["Inputs"], swiftSettings: strict),
        .testTarget(
            name: "EndToEndTests", dependencies: ["SQLiteStore", "TestSupport"],
            exclude: ["Golden", "Fixtures"],
            swiftSettings: strict),
    ]
)
