// swift-tools-version: 6.1
import PackageDescription

/// glossa: German/English translation memory and glossary builder.
/// Module map: README.md, "Layout" (after ../shared/DESIGN.md).
let package = Package(
    name: "glossa",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "glossa", targets: ["glossa"]),
        .library(name: "GlossaKit", targets: ["GlossaKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // C bridge over Debian's libicu-dev: glossa's own C functions, plain C types only.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icui18n"), .linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // libxml2 (the SAX2 push parser) for TMX, TBX and SRX.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for files compressed with gzip (.tmx.gz).
        .systemLibrary(
            name: "CZlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "GlossaCore"),
        .target(name: "GlossaText", dependencies: ["CICU", "GlossaCore"]),
        .target(name: "GlossaAlign", dependencies: ["GlossaCore", "GlossaText"]),
        .target(name: "GlossaExchange", dependencies: ["GlossaCore", "CLibXML2", "CZlib"]),
        // The store: only this module imports GRDB.
        .target(
            name: "GlossaMemory",
            dependencies: [
                "GlossaCore", "GlossaText",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "GlossaKit", dependencies: ["GlossaCore", "GlossaText", "GlossaAlign", "GlossaExchange", "GlossaMemory"]),
        .executableTarget(
            name: "glossa",
            dependencies: [
                "GlossaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers shared by the test targets (a plain target: test targets cannot depend on each other).
        .target(name: "GlossaTestSupport", dependencies: ["CZlib"], path: "Tests/GlossaTestSupport"),
        .testTarget(name: "GlossaCoreTests", dependencies: ["GlossaCore"]),
        .testTarget(
            name: "GlossaTextTests",
            dependencies: ["GlossaText", "GlossaCore", "GlossaExchange", "GlossaTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GlossaAlignTests",
            dependencies: ["GlossaAlign", "GlossaCore", "GlossaText", "GlossaKit", "GlossaTestSupport"],
            exclude: ["Articles"]
        ),
        .testTarget(
            name: "GlossaExchangeTests",
            dependencies: ["GlossaExchange", "GlossaCore", "GlossaText", "GlossaKit", "CLibXML2", "GlossaTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "GlossaMemoryTests",
            dependencies: ["GlossaMemory", "GlossaCore", "GlossaText", "GlossaTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "GlossaKitTests", dependencies: ["GlossaKit", "GlossaTestSupport"]),
        .testTarget(name: "glossaCLITests", dependencies: ["glossa", "GlossaKit", "CZlib", "GlossaTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
