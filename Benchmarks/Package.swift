// swift-tools-version: 6.1
// glossa's benchmarks: a package of their own, so they stay out of the default build and test run.
// Run them with Benchmarks/run.sh (it also sets up the peers to compare against).
import PackageDescription

let package = Package(
    name: "glossa-benchmarks",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "glossa", path: "..")],
    targets: [
        .executableTarget(
            name: "SegmentationBenchmark",
            dependencies: [.product(name: "GlossaKit", package: "glossa")]
        ),
        .executableTarget(
            name: "MemoryBenchmark",
            dependencies: [.product(name: "GlossaKit", package: "glossa")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
