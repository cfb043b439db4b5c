// swift-tools-version:6.0
import PackageDescription

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
        .systemLibrary(name: "CSQLite3", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CLibCSV", providers: [.apt(["libcsv-dev"])]),
        .systemLibrary(name: "CCrypto", pkgConfig: "libcrypto", providers: [.apt(["libssl-dev"])]),
        .target(name: "SQLiteStore", dependencies: ["CSQLite3"]),
        .target(name: "CSVStream", dependencies: ["CLibCSV"]),
        .target(name: "CryptoDigest", dependencies: ["CCrypto"]),
        .target(
            name: "InnoStatCore",
            dependencies: [
                "SQLiteStore", "CSVStream", "CryptoDigest", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "InnoStatCommands",
            dependencies: [
                "InnoStatCore", "SQLiteStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "innostat", dependencies: ["InnoStatCommands"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteStoreTests", dependencies: ["SQLiteStore", "TestSupport"]),
        .testTarget(name: "CSVStreamTests", dependencies: ["CSVStream"], resources: [.copy("Fixtures")]),
        .testTarget(
            name: "InnoStatCoreTests", dependencies: ["InnoStatCore", "SQLiteStore", "CSVStream", "TestSupport"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "InnoStatCommandsTests",
            dependencies: ["InnoStatCommands", "InnoStatCore", "SQLiteStore", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "EndToEndTests", dependencies: ["SQLiteStore", "TestSupport"], exclude: ["Golden"]),
    ]
)
