// swift-tools-version:6.1
//
// Performance benchmarks of Sociosan, kept in their own package so that the root package
// does not depend on ordo-one/benchmark. Run them with `Tools/compare-performance`, or:
//
//     swift package --package-path Benchmarks benchmark
//
// The benchmark executables live under `Benchmarks/Benchmarks/<Name>/` (the layout the
// BenchmarkPlugin discovers). `CorpusSupport` writes a generated corpus to disk for the
// corpus targets. `SPOICorpus` generates the deterministic input they share, and
// `spoi-profile` runs one phase over that input for profilers (valgrind --tool=callgrind).
// `StaffingCorpus` generates the 10 million structures of the staffing batch benchmarks, and
// `staffing-export` writes them, the rules and Swift's totals for the numpy baseline
// (Tools/staffing_numpy_baseline.py). `NetworkCorpus` writes the 1,000,000-line network file
// of the `network` benchmarks and holds their jobs; `network-profile` runs one of them for
// profilers. `SPOICorpus`'s `StoreCorpus` feeds the `store-*` benchmarks of `SociosanStore`, and
// `store-export` writes the durable-put dossiers for the SQLite baseline
// (Tools/sqlite_store_baseline.py). `ActivityCorpus` writes the 1,000,000-line activity file of
// the `indicators` benchmarks and runs their jobs. `instruction-count` runs one hot path over a
// small fixed input for the instruction-count guard (Tools/compare-performance --instructions).
// `SicilyCorpus` makes the 100,000 Sicilian dossiers of mixed kinds of the `sicily-*` benchmarks
// from the valid fixtures. `ExchangeCorpus` makes the placement with 10,000 exchange records of
// `exchange-view-10k` (issue 13), and `exchange-profile` writes it or runs one view for profilers.
import PackageDescription

/// SwiftPM names a path dependency after its folder: the root package's identity is the name
/// of the folder the repository was cloned into (`main` here, something else elsewhere).
let sociosan = String(Context.packageDirectory.split(separator: "/").dropLast().last ?? "main")

let package = Package(
    name: "SociosanBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "CorpusSupport"),
        .target(
            name: "SPOICorpus",
            dependencies: [
                "CorpusSupport",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .target(
            name: "SicilyCorpus",
            dependencies: [
                "SPOICorpus",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .executableTarget(
            name: "spoi-profile",
            dependencies: [
                "SPOICorpus",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .target(
            name: "StaffingCorpus",
            dependencies: [
                .product(name: "Sociosan", package: sociosan),
            ]
        ),
        .executableTarget(
            name: "staffing-export",
            dependencies: [
                "StaffingCorpus",
                .product(name: "Sociosan", package: sociosan),
            ]
        ),
        .target(
            name: "NetworkCorpus",
            dependencies: [
                "CorpusSupport",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .executableTarget(
            name: "network-profile",
            dependencies: [
                "NetworkCorpus",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .target(
            name: "ActivityCorpus",
            dependencies: [
                "CorpusSupport",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .executableTarget(
            name: "indicators-profile",
            dependencies: [
                "ActivityCorpus",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .executableTarget(
            name: "instruction-count",
            dependencies: [
                "SPOICorpus",
                "SicilyCorpus",
                "ExchangeCorpus",
                "NetworkCorpus",
                "ActivityCorpus",
                "StaffingCorpus",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .target(
            name: "ExchangeCorpus",
            dependencies: [
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
            ]
        ),
        .executableTarget(
            name: "exchange-profile",
            dependencies: [
                "ExchangeCorpus",
            ]
        ),
        .executableTarget(
            name: "store-export",
            dependencies: [
                "SPOICorpus",
            ]
        ),
        .executableTarget(
            name: "SociosanBenchmarks",
            dependencies: [
                "SPOICorpus",
                "ExchangeCorpus",
                "SicilyCorpus",
                "StaffingCorpus",
                "NetworkCorpus",
                "ActivityCorpus",
                .product(name: "Sociosan", package: sociosan),
                .product(name: "SociosanJSON", package: sociosan),
                .product(name: "SociosanStore", package: sociosan),
                .product(name: "Benchmark", package: "benchmark"),
            ],
            path: "Benchmarks/SociosanBenchmarks",
            plugins: [
                .plugin(name: "BenchmarkPlugin", package: "benchmark"),
            ]
        ),
    ]
)
