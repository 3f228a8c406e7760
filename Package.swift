// swift-tools-version:6.2
import PackageDescription

/// The project's own targets build with zero warnings, kept there: a warning is an error
/// (dependencies are not affected).
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

// Linux only: the sources import Glibc (POSIX reads, signals, clock_gettime) without Darwin
// guards, and the system libraries come from apt (libxml2-dev, zlib1g-dev). No platforms are
// declared, since `platforms:` can only name Apple ones.
let package = Package(
    name: "Tanqiya",
    products: [
        .library(name: "TanqiyaKit", targets: ["TanqiyaKit"]),
        .executable(name: "tanqiya", targets: ["tanqiya"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // libxml2, the system C library. Only Sources/TanqiyaKit/Reader/HTML/LibXML2.swift imports it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // zlib, for gzipped inputs (.html.gz, .jsonl.gz, gzipped text dumps). Only
        // Sources/TanqiyaKit/Reader/Gzip.swift imports it.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(
            name: "TanqiyaKit",
            dependencies: [
                "CLibXML2",
                "CZlib",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict
        ),
        // What the fuzz target checks on each input (the regression tests replay it too): not
        // part of the library.
        .target(
            name: "TanqiyaFuzzSupport",
            dependencies: ["TanqiyaKit"],
            swiftSettings: strict
        ),
        // Fuzz target (make fuzz: libFuzzer + AddressSanitizer); a plain build replays files.
        .executableTarget(
            name: "tanqiya-fuzz",
            dependencies: ["TanqiyaKit", "TanqiyaFuzzSupport"],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "tanqiya",
            dependencies: [
                "TanqiyaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: strict,
            plugins: ["RevisionStamp"]
        ),
        // `tanqiya --version` names the git revision it was built from ("unknown" outside git).
        .plugin(name: "RevisionStamp", capability: .buildTool()),
        .testTarget(
            name: "TanqiyaKitTests",
            // The C libraries too: the tests hold the reader to references written on them
            // (libxml2's own tree walked, zlib's plain chunked loop).
            dependencies: ["TanqiyaKit", "TanqiyaFuzzSupport", "CLibXML2", "CZlib"],
            swiftSettings: strict
        ),
        // The attacks of issue 13 and their generators (Tests/Hostile/README.md).
        .testTarget(
            name: "HostileTests",
            dependencies: ["TanqiyaKit"],
            path: "Tests/Hostile",
            exclude: ["README.md"],
            swiftSettings: strict
        ),
    ]
)
