// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Sociosan",
    products: [
        .library(name: "Sociosan", targets: ["Sociosan"]),
        .library(name: "SociosanJSON", targets: ["SociosanJSON"]),
        .library(name: "SociosanStore", targets: ["SociosanStore"]),
        .executable(name: "sociosan", targets: ["sociosan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // Documentation only: `swift package generate-documentation --target Sociosan` builds
        // the DocC catalogue in Sources/Sociosan/Sociosan.docc. No target depends on it.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Thin shim over the system's libjansson; only SociosanJSON imports it.
        .systemLibrary(
            name: "CJansson",
            pkgConfig: "jansson",
            providers: [.apt(["libjansson-dev"])]
        ),
        // The pure-Swift core: no Foundation, no C. The structure families' decision table
        // stays beside their sources for readers (the README links it), outside the build.
        .target(name: "Sociosan", exclude: ["EmiliaRomagna/PsychiatricHospital/Structures/README.md"]),
        // The byte-moving system calls (read, write, EINTR, EAGAIN) of everything below, once;
        // package-internal, no public API.
        .target(name: "SociosanSystem"),
        .target(name: "SociosanJSON", dependencies: ["Sociosan", "SociosanSystem", "CJansson"]),
        // The file-backed dossier store: Glibc only, no Foundation.
        .target(name: "SociosanStore", dependencies: ["Sociosan", "SociosanJSON", "SociosanSystem"]),
        .executableTarget(
            name: "sociosan",
            dependencies: [
                "Sociosan", "SociosanJSON", "SociosanStore", "SociosanSystem",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // For the tests only: finds the seed documents and JSONTestSuite's files, which live
        // outside the repository (SOCIOSAN_SEEDS, SOCIOSAN_CONFORMANCE, else ../shared).
        .target(name: "SociosanTestResources", dependencies: ["Sociosan"], path: "Tests/SociosanTestResources"),
        .testTarget(name: "SociosanTests", dependencies: ["Sociosan", "SociosanTestResources"]),
        .testTarget(name: "SociosanJSONTests", dependencies: ["Sociosan", "SociosanJSON", "SociosanSystem", "SociosanTestResources"]),
        .testTarget(name: "SociosanCLITests", dependencies: ["sociosan", "Sociosan", "SociosanJSON"]),
        .testTarget(name: "SociosanStoreTests", dependencies: ["sociosan", "Sociosan", "SociosanJSON", "SociosanStore"]),
    ]
)
