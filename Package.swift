// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Tanqiya",
    platforms: [.macOS(.v13)],
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
        // zlib, for gzipped HTML pages. Only Sources/TanqiyaKit/Reader/Gzip.swift imports it.
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
            ]
        ),
        // Fuzz target (make fuzz: libFuzzer + AddressSanitizer); a plain build replays files.
        .executableTarget(
            name: "tanqiya-fuzz",
            dependencies: ["TanqiyaKit"]
        ),
        .executableTarget(
            name: "tanqiya",
            dependencies: [
                "TanqiyaKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "TanqiyaKitTests",
            dependencies: ["TanqiyaKit"]
        ),
        // The attacks of issue 13 and their generators (Tests/Hostile/README.md).
        .testTarget(
            name: "HostileTests",
            dependencies: ["TanqiyaKit"],
            path: "Tests/Hostile",
            exclude: ["README.md"]
        ),
    ]
)
