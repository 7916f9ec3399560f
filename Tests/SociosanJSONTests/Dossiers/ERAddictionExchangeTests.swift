import Foundation
import Sociosan
import SociosanJSON
import Testing

/// The Ser.T <-> CT exchange: the access files, and what must never leak. Each security test
/// names the data that must not appear in what the operator gets.
@Suite("Ser.T-CT exchange: access and redaction")
struct ERAddictionExchangeTests {
    static let folder = repositoryRoot.appendingPathComponent("Fixtures/er.addiction.placement")
    static func text(_ path: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }
    static func placement(_ name: String) throws -> ERAddictionPlacement {
        try ERAddictionPlacement.decode(jsonText: text("valid/\(name).json"))
    }
    static let ferrara = "placement-fe-2025-0031", rimini = "placement-rn-2025-0112"
    static func grants() throws -> [ERAddictionGrant] { try ERAddictionExchangeFiles.grants(jsonText: text("access/grants.json")) }
    static func consents() throws -> [ERAddictionConsent] { try ERAddictionExchangeFiles.consents(jsonText: text("access/consents.json")) }
    static func day(_ text: String) -> LocalDate { try! LocalDate(iso8601: text) }
    static func code(_ text: String) -> StructureID { try! StructureID(text) }

    static func view(_ placement: ERAddictionPlacement, as code: String, on day: String, consents: [ERAddictionConsent] = [])
        throws -> (ERAddictionAccessDecision, String) {
        let decision = ERAddictionAccess.decide(placement, operator: Self.code(code), grants: try grants(), consents: consents,
                                                on: Self.day(day), purpose: .view)
        let bytes = ERAddictionExchangeFiles.encode(view: decision, placement: placement, in: .english)
        return (decision, String(decoding: bytes, as: UTF8.self))
    }

    // MARK: The files

    @Test func theBundledMatrixIsTheMatrixFile() throws {
        let text = try Self.text("access/exchange-matrix.json")
        #expect(try ERAddictionExchangeFiles.matrix(jsonText: text) == .default)
        #expect(String(decoding: ERAddictionExchangeFiles.encode(matrix: .default), as: UTF8.self) == text)
    }

    @Test func theAccessFilesReadAndABadOneIsRefusedWithItsPointer() throws {
        #expect(try Self.grants().count == 9)
        #expect(try Self.consents().map(\.id.rawValue) == ["consent-rn-0112-2", "consent-fe-0031-1"])
        let bad = try Self.text("access/grants.json").replacingOccurrences(of: "\"role\": \"educator\"", with: "\"role\": \"janitor\"")
        #expect { try ERAddictionExchangeFiles.grants(jsonText: bad) } throws: { error in
            (error as? DossierDecodingError)?.diagnostics.contains { $0.ruleID.rawValue == "json.value" && $0.path.description.hasSuffix("/role") } == true
        }
        let wrongKind = try Self.text("access/consents.json")
        #expect(throws: DossierDecodingError.self) { try ERAddictionExchangeFiles.grants(jsonText: wrongKind) }
    }

    @Test func aNameOrTaxCodeIsRefusedAnywhereInThePlacement() throws {
        let base = try Self.text("valid/\(Self.rimini).json")
        let named = base.replacingOccurrences(of: "\"patientCode\"", with: "\"name\": \"Mario Rossi\",\n  \"patientCode\"")
        #expect(throws: DossierDecodingError.self) { try ERAddictionPlacement.decode(jsonText: named) }
        let taxed = base.replacingOccurrences(of: "\"note\": \"Steatosi", with: "\"taxCode\": \"RSSMRA80A01D548X\", \"note\": \"Steatosi")
        #expect(throws: DossierDecodingError.self) { try ERAddictionPlacement.decode(jsonText: taxed) }
    }

    // MARK: Security

    /// The Ferrara consent is revoked on 2025-12-01 by the consents file: the day before, the
    /// CT operator sees the methadone; that day, no health-condition data at all.
    @Test func aRevokedConsentStopsHealthDataAtOnce() throws {
        let placement = try Self.placement(Self.ferrara)
        let health = ["metadone cloridrato", "sofosbuvir", "F11.2", "F14.1", "HCV", "ASI (Addiction", "diagnosticAssessment", "toxicologicalICD10",
                      "healthStatus", "pharmacologicalTreatment", "consent-fe-0031-1"]
        let (before, seen) = try Self.view(placement, as: "op-ct-ponte-02", on: "2025-11-30", consents: Self.consents())
        #expect(before.allowed.count == 12)
        #expect(seen.contains("metadone cloridrato"))
        let (after, shown) = try Self.view(placement, as: "op-ct-ponte-02", on: "2025-12-01", consents: Self.consents())
        #expect(after.allowed == ERAddictionDimension.allCases.filter { !$0.isHealthCondition })
        #expect(Set(after.refusals.map(\.reason)) == Set(ERAddictionDimension.allCases.filter(\.isHealthCondition).map { .noConsent($0) }))
        let leaked = health.filter { shown.contains($0) }
        #expect(leaked.isEmpty, "leaked after revocation: \(leaked)")
        #expect(!shown.contains("ref-ct-ponte-0031-esami"), "the reports attached to a health exchange leaked")
        // And nothing health-related can be exported that day.
        let export = ERAddictionAccess.decide(placement, operator: Self.code("op-ct-ponte-02"), grants: try Self.grants(),
                                              consents: try Self.consents(), on: Self.day("2025-12-01"),
                                              purpose: .export(from: Self.code("ct-il-ponte-fe"), to: Self.code("ausl-fe.sert-ferrara"),
                                                               phase: .goalVerification, dimensions: [.healthStatus]))
        #expect(export.allowed.isEmpty && export.refusals.map(\.reason) == [.noConsent(.healthStatus)])
        #expect(ERAddictionExport(placement, decision: export, id: "x") == nil)
    }

    /// The educator's grant ended on 2025-06-30: on 2025-07-01 nothing of the placement.
    @Test func aGrantThatExpiredYesterdayGivesNothingToday() throws {
        let placement = try Self.placement(Self.rimini)
        let (yesterday, _) = try Self.view(placement, as: "op-ct-vall-11", on: "2025-06-30")
        #expect(!yesterday.allowed.isEmpty)
        let (today, shown) = try Self.view(placement, as: "op-ct-vall-11", on: "2025-07-01")
        #expect(today.allowed.isEmpty && today.refusedWhole)
        #expect(today.refusals.map(\.reason) == [.noGrantInForce(Self.code("op-ct-vall-11"))])
        for secret in ["pz-rn-40b8d3", "alcol", "acamprosato", "F10.2", "\"placement\"", "ob-1"] {
            #expect(!shown.contains(secret), "\(secret) leaked with an expired grant")
        }
    }

    /// An operator of S.Andrea, another CT of the same territory, sees nothing of a Vallecchio placement.
    @Test func anOperatorOfAnotherCTSeesNothing() throws {
        let placement = try Self.placement(Self.rimini)
        let (decision, shown) = try Self.view(placement, as: "op-ct-andrea-02", on: "2025-09-01", consents: Self.consents())
        #expect(decision.refusedWhole && decision.allowed.isEmpty)
        #expect(decision.refusals.map(\.reason) == [.notAParty(Self.code("ct-sant-andrea-rn"))])
        for secret in ["pz-rn-40b8d3", "ct-vallecchio-rn", "acamprosato", "Steatosi", "F10.2", "\"placement\"", "phaseHistory"] {
            #expect(!shown.contains(secret), "\(secret) leaked to another CT")
        }
        // Nor can it send as Vallecchio.
        let export = ERAddictionAccess.decide(placement, operator: Self.code("op-ct-andrea-02"), grants: try Self.grants(),
                                              on: Self.day("2025-09-01"),
                                              purpose: .export(from: Self.code("ct-vallecchio-rn"), to: Self.code("ausl-rn.sert-rimini"),
                                                               phase: .goalVerification))
        #expect(export.refusedWhole && ERAddictionExport(placement, decision: export, id: "x") == nil)
    }

    /// A grant for goal verification (the dimension, in the goal-verification phase) does not
    /// open the pharmacological treatment, even with a consent in force.
    @Test func aGoalVerificationGrantDoesNotOpenThePharmacologicalTreatment() throws {
        let placement = try Self.placement(Self.rimini)
        let (decision, shown) = try Self.view(placement, as: "op-ct-vall-06", on: "2025-10-20", consents: Self.consents())
        #expect(decision.allowed == [.objectivesDefinition, .sharing, .verification, .goalVerification])
        #expect(decision.refusals.contains { $0.dimension == .pharmacologicalTreatment && $0.reason == .noGrant(.pharmacologicalTreatment, .goalVerification) })
        for secret in ["acamprosato", "666 mg", "pharmacologicalTreatment", "Steatosi", "F10.2"] {
            #expect(!shown.contains(secret), "\(secret) leaked through a goal-verification grant")
        }
        #expect(shown.contains("Riduzione del consumo di alcol"))
        // The narrowest grant: only the goal-verification dimension, only in that phase.
        let narrow = ERAddictionGrant(operator: Self.code("op-narrow"), organisation: Self.code("ct-vallecchio-rn"), role: .ctOperator,
                                      dimensions: [.goalVerification], phases: [.goalVerification], validFrom: Self.day("2025-01-01"))
        let only = ERAddictionAccess.decide(placement, operator: Self.code("op-narrow"), grants: [narrow], consents: try Self.consents(),
                                            on: Self.day("2025-10-20"), purpose: .view)
        #expect(only.allowed == [.goalVerification])
        let bytes = String(decoding: ERAddictionExchangeFiles.encode(view: only, placement: placement, in: .italian), as: UTF8.self)
        #expect(!bytes.contains("acamprosato") && !bytes.contains("therapeuticProject") && !bytes.contains("diagnosticAssessment"))
    }

    /// A CT operator exporting as the Ser.T is refused, whatever it asks for.
    @Test func aForgedSenderIsRefused() throws {
        let placement = try Self.placement(Self.rimini)
        for asked: Set<ERAddictionDimension>? in [nil, [.objectivesDefinition], Set(ERAddictionDimension.allCases)] {
            let decision = ERAddictionAccess.decide(
                placement, operator: Self.code("op-ct-vall-04"), grants: try Self.grants(), consents: try Self.consents(),
                on: Self.day("2025-10-20"),
                purpose: .export(from: Self.code("ausl-rn.sert-rimini"), to: Self.code("ct-vallecchio-rn"), phase: .therapeuticProject,
                                 dimensions: asked))
            #expect(decision.refusedWhole && decision.allowed.isEmpty)
            #expect(decision.refusals.map(\.reason) == [.notOperatorsOrganisation(Self.code("ausl-rn.sert-rimini"))])
            #expect(ERAddictionExport(placement, decision: decision, id: "x") == nil)
        }
        // A sender of the right side to an organisation that is not the other party is refused too.
        let astray = ERAddictionAccess.decide(
            placement, operator: Self.code("op-ct-vall-04"), grants: try Self.grants(), on: Self.day("2025-10-20"),
            purpose: .export(from: Self.code("ct-vallecchio-rn"), to: Self.code("ct-sant-andrea-rn"), phase: .goalVerification))
        #expect(astray.refusals.map(\.reason) == [.notTheOtherParty(Self.code("ct-sant-andrea-rn"))])
    }

    /// Every leaf string of the Ferrara placement that belongs to one dimension only.
    static func markers(of placement: ERAddictionPlacement) throws -> [ERAddictionDimension: Set<String>] {
        func leaves(_ dimensions: Set<ERAddictionDimension>) throws -> Set<String> {
            var bytes = placement.keeping(dimensions, exchanges: false).encoded()
            bytes.removeLast()
            return strings(in: try JSONDocument.parse(bytes).value)
        }
        let base = try leaves([])
        var each: [ERAddictionDimension: Set<String>] = [:]
        for dimension in ERAddictionDimension.allCases { each[dimension] = try leaves([dimension]).subtracting(base) }
        var result: [ERAddictionDimension: Set<String>] = [:]
        for (dimension, own) in each {
            result[dimension] = own.subtracting(each.filter { $0.key != dimension }.values.reduce(into: Set<String>()) { $0.formUnion($1) })
        }
        return result
    }

    static func strings(in value: JSONValue) -> Set<String> {
        switch value {
        case .string(let text): [text]
        case .array(let items): items.reduce(into: []) { $0.formUnion(strings(in: $1)) }
        case .object(let members): members.reduce(into: []) { $0.formUnion(strings(in: $1.value)) }
        default: []
        }
    }

    static func member(_ value: JSONValue, _ key: String) -> JSONValue? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }

    /// For every profession, every cell of the default matrix and every dimension in it: an
    /// export asked for that one dimension either is refused (the profession may not handle
    /// it) or holds that dimension and nothing of any other, checked by walking its JSON.
    @Test func anExportNeverHoldsAFieldOutsideItsAllowedDimensions() throws {
        let placement = try Self.placement(Self.ferrara)
        let markers = try Self.markers(of: placement)
        for dimension in ERAddictionDimension.allCases { #expect(!(markers[dimension] ?? []).isEmpty, "\(dimension) has no own data to check") }
        let areas = ["therapeuticProject", "diagnosticAssessment", "appropriateness", "outcomeEvaluation"]
        let consent = ERAddictionConsent(id: Self.code("consent-all"), scope: Set(ERAddictionDimension.allCases),
                                         parties: [placement.referringSerT, placement.community], grantedOn: Self.day("2025-01-01"))
        var exports = 0, refusals = 0
        for role in ERAddictionProfessionalRole.allCases {
            for row in ERAddictionExchangeMatrix.default.exchanges {
                let (from, to) = row.direction == .serTToCT
                    ? (placement.referringSerT, placement.community) : (placement.community, placement.referringSerT)
                for dimension in ERAddictionDimension.allCases where row.dimensions.contains(dimension) {
                    let grant = ERAddictionGrant(operator: Self.code("op-walk"), organisation: from, role: role, dimensions: [dimension],
                                                 phases: [row.phase], validFrom: Self.day("2025-01-01"))
                    let decision = ERAddictionAccess.decide(placement, operator: grant.operator, grants: [grant], consents: [consent],
                                                            on: Self.day("2025-12-15"),
                                                            purpose: .export(from: from, to: to, phase: row.phase, dimensions: nil))
                    guard ERAddictionExchangeMatrix.default.roleAllows(role, dimension) else {
                        #expect(!decision.allowed.contains(dimension), "\(role) \(dimension)")
                        #expect(ERAddictionExport(placement, decision: decision, id: "x") == nil || !decision.allowed.contains(dimension))
                        refusals += 1
                        continue
                    }
                    #expect(decision.allowed == [dimension], "\(role) \(row.phase) \(dimension): \(decision.allowed)")
                    let export = try #require(ERAddictionExport(placement, decision: decision, id: "x"))
                    var bytes = ERAddictionExchangeFiles.encode(export: export)
                    bytes.removeLast()
                    let value = try JSONDocument.parse(bytes).value
                    exports += 1
                    let exchanged = Self.member(value, "exchange").flatMap { Self.member($0, "dimensions") }
                    #expect(exchanged.map(Self.strings(in:)) == [dimension.rawValue])
                    let sent = try #require(Self.member(value, "placement"))
                    for key in ["consents", "grants", "exchanges"] { #expect(Self.member(sent, key) == nil, "\(key) was exported") }
                    for area in areas {
                        guard case .object(let members)? = Self.member(sent, area) else { continue }
                        #expect(members.map(\.key) == [dimension.member], "\(role) \(dimension): \(area) holds \(members.map(\.key))")
                    }
                    let found = Self.strings(in: sent)
                    for (other, own) in markers where other != dimension {
                        let leaked = own.intersection(found)
                        #expect(leaked.isEmpty, "\(role) \(row.phase) \(dimension): \(other) leaked \(leaked)")
                    }
                    #expect(!(markers[dimension] ?? []).isDisjoint(with: found), "\(dimension) itself is missing from its export")
                }
            }
        }
        #expect(exports > 0 && refusals > 0)
    }

    @Test func theConsentsOfTheDossierAndTheFileMeetByIdAndARevocationWins() throws {
        let placement = try Self.placement(Self.ferrara)
        let unrevoked = ERAddictionConsent(id: Self.code("consent-fe-0031-1"), scope: Set(ERAddictionDimension.allCases),
                                           parties: [placement.referringSerT, placement.community], grantedOn: Self.day("2025-01-10"))
        var revoked = placement
        revoked.consents[0].revokedOn = Self.day("2025-06-01")
        // A file holding the same consent without its revocation does not re-open it.
        let decision = ERAddictionAccess.decide(revoked, operator: Self.code("op-ct-ponte-02"), grants: [], consents: [unrevoked],
                                                on: Self.day("2025-07-01"), purpose: .view)
        #expect(decision.allowed == ERAddictionDimension.allCases.filter { !$0.isHealthCondition })
    }
}
