import Foundation
import Sociosan
import SociosanJSON
import SPOICorpus

/// A deterministic corpus of Sicilian structure dossiers of mixed kinds (seed 004): every valid
/// fixture of `Fixtures/sicily.*` (the 24-hour residence, the group apartment, the six addiction
/// services), taken in turn, each copy with its own id, as compact JSON Lines. The `sicily-*`
/// benchmarks validate it and parse it with jansson alone.
///
/// ```swift
/// let corpus = SicilyCorpus.lines(count: 100_000)
/// corpus.forEachLine { line in _ = try! JSONDocument.parse(line) }
/// ```
public enum SicilyCorpus {
    /// The dossiers every `sicily-*` benchmark reads.
    public static let standardCount = 100_000

    /// The repository's Fixtures folder, from this file's place (Benchmarks/Sources/SicilyCorpus/).
    static let fixtures = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The valid fixtures of the Sicilian structure kinds, decoded, in sorted path order.
    public static func templates() -> [StructureDossier] {
        let kinds = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasPrefix("sicily.") }.sorted()
        var dossiers: [StructureDossier] = []
        for kind in kinds {
            let folder = fixtures.appendingPathComponent(kind).appendingPathComponent("valid")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            for name in names {
                let text = try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                dossiers.append(try! StructureDossier.decode(jsonText: text))
            }
        }
        precondition(dossiers.count >= 8, "no Sicilian fixtures found in \(fixtures.path)")
        return dossiers
    }

    /// `count` dossiers, the templates in turn, dossier `i` with the id `<template id>-<i>`.
    public static func dossiers(count: Int) -> [StructureDossier] {
        let templates = templates()
        return (0..<count).map { index in
            var dossier = templates[index % templates.count]
            dossier.id = try! StructureID("\(dossier.id.rawValue)-\(index)")
            return dossier
        }
    }

    /// The corpus as compact JSON Lines.
    public static func lines(count: Int) -> SPOICorpus.Lines {
        var bytes: [UInt8] = []
        var bounds: [Int] = [0]
        bounds.reserveCapacity(count + 1)
        for dossier in dossiers(count: count) {
            bytes.append(contentsOf: dossier.encoded(style: .compact))
            bounds.append(bytes.count)
        }
        return SPOICorpus.Lines(bytes: bytes, bounds: bounds)
    }
}
