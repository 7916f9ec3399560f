import Foundation
import Sociosan
import SociosanJSON
import SPOICorpus

/// A deterministic corpus of Sicilian dossiers of mixed kinds (seed 004 and its section 7): every
/// valid fixture of every `sicily.*` kind the validator reads, taken in turn, as compact JSON
/// Lines. A structure dossier's copy has its own id (`<template id>-<i>`); a project or control
/// dossier (``DeclaredDossier``) is repeated in its canonical compact form. The `sicily-*`
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

    /// One valid fixture of a Sicilian kind: a structure dossier (decoded, so that each copy gets
    /// its own id) or the canonical compact text of any other kind.
    public enum Template {
        case structure(StructureDossier)
        case text([UInt8])
    }

    /// The valid fixtures of every Sicilian kind the validator reads, in sorted path order.
    public static func templates() -> [Template] {
        let kinds = ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { $0.hasPrefix("sicily.") && DossierRegistry.codec(for: DossierKind(rawValue: $0)) != nil }.sorted()
        var templates: [Template] = []
        for kind in kinds {
            let folder = fixtures.appendingPathComponent(kind).appendingPathComponent("valid")
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
            for name in names {
                let text = try! String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                if StructureKinds.kind(for: DossierKind(rawValue: kind)) != nil {
                    templates.append(.structure(try! StructureDossier.decode(jsonText: text)))
                } else {
                    let document = try! JSONDocument.parse(text)
                    guard let compact = CanonicalDossier.canonicalText(of: document, style: .compact) else {
                        preconditionFailure("\(kind)/valid/\(name) does not decode")
                    }
                    templates.append(.text(compact))
                }
            }
        }
        precondition(templates.count >= 8, "no Sicilian fixtures found in \(fixtures.path)")
        return templates
    }

    /// The corpus as compact JSON Lines: `count` dossiers, the templates in turn.
    public static func lines(count: Int) -> SPOICorpus.Lines {
        let templates = templates()
        var bytes: [UInt8] = []
        var bounds: [Int] = [0]
        bounds.reserveCapacity(count + 1)
        for index in 0..<count {
            switch templates[index % templates.count] {
            case .structure(var dossier):
                dossier.id = try! StructureID("\(dossier.id.rawValue)-\(index)")
                bytes.append(contentsOf: dossier.encoded(style: .compact))
            case .text(let text):
                bytes.append(contentsOf: text)
            }
            bounds.append(bytes.count)
        }
        return SPOICorpus.Lines(bytes: bytes, bounds: bounds)
    }
}
