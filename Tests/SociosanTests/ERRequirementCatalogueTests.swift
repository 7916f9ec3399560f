import Testing
@testable import Sociosan

/// The shared requirement catalogue of seed 002: its shape, its agreement with the SPOI enum, its
/// citations, and the applicability matrices of digest §1.4-§1.7 as the seed states them.
struct ERRequirementCatalogueTests {
    typealias T = ERPsychiatricStructureType

    static let residences: Set<T> = [.rti, .rtiSpecialist, .rtp]

    func types(_ code: String) -> Set<T> {
        guard let requirement = ERRequirementCatalogue.requirement(code) else { return [] }
        return Set(requirement.sources.keys)
    }

    // MARK: shape

    @Test func codesAreUniqueAndKebabCase() {
        var seen: Set<String> = []
        for requirement in ERRequirementCatalogue.all {
            #expect(seen.insert(requirement.code).inserted, "duplicate code \(requirement.code)")
            let code = requirement.code
            let allowed = code.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
            #expect(allowed && !code.isEmpty, "\(code) is not kebab-case")
            #expect(!code.hasPrefix("-") && !code.hasSuffix("-") && !code.contains("--"), "\(code) is not kebab-case")
            #expect(code.first.map { ("a"..."z").contains($0) } == true, "\(code) must start with a letter")
        }
    }

    @Test func everyRequirementHasSourcesAndBilingualTitle() {
        for requirement in ERRequirementCatalogue.all {
            #expect(!requirement.sources.isEmpty, "\(requirement.code) binds no type")
            #expect(requirement.title.italian.count >= 8 && requirement.title.english.count >= 8, "\(requirement.code) title")
            #expect(requirement.title.italian != requirement.title.english, "\(requirement.code) title not translated")
            #expect(requirement.note.map { !$0.isEmpty } ?? true, "\(requirement.code) has an empty note")
        }
    }

    @Test func areasFollowTheOrderOfRequirementArea() {
        let order = ERRequirementCatalogue.all.map { RequirementArea.allCases.firstIndex(of: $0.area)! }
        #expect(order == order.sorted())
    }

    @Test func lookupFindsEveryCodeAndNothingElse() {
        for requirement in ERRequirementCatalogue.all {
            #expect(ERRequirementCatalogue.requirement(requirement.code) == requirement)
        }
        #expect(ERRequirementCatalogue.requirement("no-such-requirement") == nil)
        #expect(ERRequirementCatalogue.requirement("") == nil)
    }

    @Test func requirementsForTypeAndAreaPartitionTheType() {
        for type in T.allCases {
            let byArea = RequirementArea.allCases.flatMap { ERRequirementCatalogue.requirements(for: type, in: $0) }
            #expect(byArea == ERRequirementCatalogue.requirements(for: type))
            #expect(byArea.allSatisfy { $0.applies(to: type) })
        }
    }

    // MARK: citations

    @Test func everyCitationLiesInItsTypeSection() {
        for requirement in ERRequirementCatalogue.all {
            for (type, citation) in requirement.sources {
                #expect(citation.seed == .psychiatricStructuresER)
                #expect(citation.firstLine <= citation.lastLine)
                let section = type.citation.lines
                #expect(section.contains(citation.firstLine) && section.contains(citation.lastLine),
                        "\(requirement.code) for \(type.rawValue) cites \(citation) outside \(type.citation)")
            }
        }
    }

    @Test func residencesShareTheirLines() {
        // One section (L836-L1511) regulates the three residences: a sentence cites the same lines for each.
        for requirement in ERRequirementCatalogue.all {
            let cited = T.allCases.filter { Self.residences.contains($0) }.compactMap { requirement.citation(for: $0) }
            #expect(Set(cited).count <= 1, "\(requirement.code) cites different residence lines")
        }
    }

    @Test func citationsOfTheSeedsWorkedExamples() {
        let restraint = ERRequirementCatalogue.requirement("restraint-records")
        #expect(restraint?.citation(for: .generalPsychiatry)?.fileReference == "002_6a5f046dd59f793e.txt L2563-L2565")
        #expect(restraint?.citation(for: .eatingDisorderRehab)?.lines == 2157...2159)
        #expect(ERRequirementCatalogue.requirement("restraint-alternatives")?.citation(for: .rtp)?.lines == 974...974)
        #expect(ERRequirementCatalogue.requirement("cardiology-consult")?.citation(for: .psychogeriatricRehab)?.lines == 1630...1633)
        #expect(ERRequirementCatalogue.requirement("managerial")?.citation(for: .eatingDisorderRehab)?.lines == 2117...2118)
        #expect(ERRequirementCatalogue.requirement("unit-level")?.citation(for: .rti)?.lines == 1009...1009)
    }

    // MARK: the SPOI

    @Test(arguments: SPOIRequirement.allCases)
    func everySPOIRequirementIsInTheCatalogue(requirement: SPOIRequirement) throws {
        let entry = try #require(ERRequirementCatalogue.requirement(requirement.rawValue))
        #expect(entry.code == requirement.rawValue)
        #expect(entry.area == requirement.area)
        #expect(entry.citation(for: .spoi) == requirement.citation)
        #expect(entry.title == requirement.title)
        #expect(requirement.catalogueEntry == entry)
    }

    @Test func theSPOIKeepsItsCitationsAreasAndOrder() {
        // The values SPOIRequirement had before it read them from the catalogue (seed L231-L433).
        #expect(SPOIRequirement.restraintRecords.citation.lines == 424...426)
        #expect(SPOIRequirement.restraintRecords.area == .documentation)
        #expect(SPOIRequirement.earlyExternalLiaison.citation.lines == 304...313)
        #expect(SPOIRequirement.ectAudit.citation.lines == 390...394)
        #expect(SPOIRequirement.mealRoom.citation.lines == 231...231)
        #expect(SPOIRequirement.validatedOutcomeScale.citation.lines == 432...433)
        #expect(SPOIRequirement.managerial.area == .training)
        #expect(SPOIRequirement.accessDoorSystem.area == .equipment)
        #expect(SPOIRequirement.restraintRecords.title.english.hasPrefix("Written record of restraint"))
        // Every catalogue requirement that binds the SPOI is an SPOIRequirement case, in the same order
        // within each area (the canonical order of the SPOI dossier's arrays).
        for area in RequirementArea.allCases {
            #expect(ERRequirementCatalogue.requirements(for: .spoi, in: area).map(\.code)
                    == SPOIRequirement.requirements(in: area).map(\.rawValue))
        }
        #expect(ERRequirementCatalogue.requirements(for: .spoi).count == SPOIRequirement.allCases.count)
        #expect(SPOIRequirement.allCases.count == 53)
    }

    // MARK: digest §1.5: documentation

    @Test func documentationMatrix() {
        let core: Set<T> = Self.residences.union([.spoi, .eatingDisorderRehab, .generalPsychiatry])
        #expect(types("accurate-records") == core)
        #expect(types("personalised-project") == core)
        #expect(types("leave-limitation-records") == core)
        // restraint records not in the residences, which regulate alternatives instead.
        #expect(types("restraint-records") == [.spoi, .eatingDisorderRehab, .generalPsychiatry])
        #expect(types("restraint-alternatives") == Self.residences)
        #expect(types("sdo-data-entry") == [.spoi, .eatingDisorderRehab, .generalPsychiatry])
        #expect(types("validated-outcome-scale") == [.spoi, .eatingDisorderRehab, .generalPsychiatry])
        // The psychogeriatric unit has its own record and scale.
        #expect(types("clinical-record-minimum-dataset") == [.psychogeriatricRehab])
        #expect(types("functional-recovery-scale") == [.psychogeriatricRehab])
    }

    // MARK: digest §1.6: quality

    @Test func qualityMatrix() {
        let four: Set<T> = Self.residences.union([.spoi, .eatingDisorderRehab, .generalPsychiatry])
        #expect(types("diagnostic-process-audit") == four)
        // ECT verification: not DCA (L2121-L2128), not psychogeriatric.
        #expect(types("ect-audit") == Self.residences.union([.spoi, .generalPsychiatry]))
        #expect(types("aso-tso-audit") == four)
        #expect(types("safety-audit") == four)
        #expect(types("diagnosis-communication-support") == Self.residences.union([.spoi, .eatingDisorderRehab]))
        #expect(types("referent-doctor-meetings") == [.spoi, .eatingDisorderRehab, .generalPsychiatry])
        #expect(types("referrer-communication") == Self.residences.union([.generalPsychiatry]))
        #expect(types("clinical-care-plan") == four)
        #expect(types("indicators-and-standards") == four)
        #expect(types("periodic-audits") == four)
        #expect(types("monitoring-methods-documented") == Self.residences.union([.eatingDisorderRehab, .generalPsychiatry]))
        #expect(types("specialised-pathways") == four)
        #expect(types("complex-care-pathways") == Self.residences.union([.generalPsychiatry]))
        #expect(types("internal-regulations") == Self.residences.union([.spoi, .generalPsychiatry]))
        #expect(types("assisted-discharge") == Self.residences.union([.spoi, .generalPsychiatry]))
        #expect(types("agreed-discharge-procedures") == [.psychogeriatricRehab, .eatingDisorderRehab])
    }

    // MARK: digest §1.7: training

    @Test func trainingMatrix() {
        // The three-level model: every type but the psychogeriatric unit, which has its own model (§4.5).
        let threeLevels = Set(T.allCases).subtracting([.psychogeriatricRehab])
        for code in ["workplace-level", "unit-level", "collaborator-level"] {
            #expect(types(code) == threeLevels, "\(code)")
        }
        #expect(types("managerial") == Set(T.allCases))
        #expect(types("burnout-prevention") == [.psychogeriatricRehab, .eatingDisorderRehab])
        #expect(types("continuing-medical-education") == [.psychogeriatricRehab, .eatingDisorderRehab])
        #expect(types("annual-training-programme") == Self.residences)
        #expect(types("specialist-training-focus") == [.rtiSpecialist])
    }

    // MARK: digest §1.4: services

    @Test func serviceAcquisitionMatrix() {
        #expect(types("diagnostic-service-relations") == Self.residences.union([.spoi, .generalPsychiatry]))
        let protocols = Self.residences.union([.psychogeriatricRehab, .eatingDisorderRehab, .generalPsychiatry])
        #expect(types("laboratory-protocols") == protocols)
        #expect(types("radiology-protocols") == protocols)
        #expect(types("external-lab-agreements") == [.psychogeriatricRehab, .eatingDisorderRehab])
        #expect(types("cardiology-protocols") == Self.residences.union([.generalPsychiatry]))
        #expect(types("cardiology-consult") == [.psychogeriatricRehab, .eatingDisorderRehab])
        #expect(types("specialist-consults") == [.spoi])
        #expect(types("general-ward-transfer") == [.spoi])
        #expect(types("urgent-case-management") == [.eatingDisorderRehab])
    }

    // MARK: spaces and equipment

    @Test func spacesAndEquipmentMatrix() {
        // General psychiatry repeats the SPOI's structural items (L2447-L2461) but not the door system.
        for code in ["meal-room", "group-therapy-room", "smoking-area", "belongings-storage",
                     "psychodiagnostic-tests", "protected-telephone"] {
            #expect(types(code) == [.spoi, .generalPsychiatry], "\(code)")
        }
        #expect(types("access-door-system") == [.spoi])
        #expect(types("safe-furnishings") == Self.residences.union([.spoi, .generalPsychiatry]))
        // The two cod. 56 units share their inpatient-area items.
        for code in ["assisted-bathroom", "meal-day-leisure-space", "bed-access", "barrier-free-spaces",
                     "family-interview-space", "equipment-storage", "call-systems", "patient-telephone",
                     "weighing-system", "evaluation-tools", "outcome-evaluation-tools", "socialisation-equipment"] {
            #expect(types(code) == [.psychogeriatricRehab, .eatingDisorderRehab], "\(code)")
        }
        // Electric hoist only in psychogeriatric rehabilitation (L1568 vs L2035).
        #expect(types("electric-patient-hoist") == [.psychogeriatricRehab])
        #expect(types("patient-hoist") == [.eatingDisorderRehab])
        // No numeric structural figure is an attestation.
        #expect(ERRequirementCatalogue.all.allSatisfy { !$0.code.contains("m2") && !$0.code.contains("beds-per-room") })
    }

    // MARK: per type

    @Test func residencesDifferOnlyByTheSpecialistItems() {
        let rti = Set(ERRequirementCatalogue.requirements(for: .rti).map(\.code))
        let rtp = Set(ERRequirementCatalogue.requirements(for: .rtp).map(\.code))
        let specialist = Set(ERRequirementCatalogue.requirements(for: .rtiSpecialist).map(\.code))
        #expect(rti == rtp)
        #expect(specialist.subtracting(rti) == [
            "specialist-detailed-protocols", "specialist-training-focus", "specialist-beds-agreed",
            "specialist-programmes-documented", "programme-efficacy-monitoring",
        ])
        #expect(rti.isSubset(of: specialist))
    }

    @Test(arguments: [
        (T.spoi, 53...53), (T.rti, 40...60), (T.rtiSpecialist, 45...65), (T.rtp, 40...60),
        (T.psychogeriatricRehab, 45...70), (T.eatingDisorderRehab, 45...70), (T.generalPsychiatry, 40...60),
    ])
    func eachTypeHasAPlausibleCount(type: T, range: ClosedRange<Int>) {
        let requirements = ERRequirementCatalogue.requirements(for: type)
        #expect(range.contains(requirements.count), "\(type.rawValue): \(requirements.count)")
        // Every type attests something in each of these areas.
        for area in [RequirementArea.procedures, .services, .training, .documentation] {
            #expect(requirements.contains { $0.area == area }, "\(type.rawValue) has no \(area.rawValue)")
        }
    }

    // MARK: conditions

    @Test func conditionalRequirementsExistAndSayWhy() {
        #expect(ERRequirementCatalogue.conditions.count == 2)
        for (code, condition) in ERRequirementCatalogue.conditions {
            let requirement = ERRequirementCatalogue.requirement(code)
            #expect(requirement != nil, "\(code)")
            #expect(requirement?.note?.hasPrefix("Conditional") == true, "\(code)")
            #expect(!condition.italian.isEmpty && !condition.english.isEmpty)
        }
        #expect(ERRequirementCatalogue.condition(of: "bariatric-beds") != nil)
        #expect(ERRequirementCatalogue.condition(of: "restraint-records") == nil)
    }

    @Test func ambiguityDecisionsAreNamedInTheNotes() {
        #expect(ERRequirementCatalogue.requirement("restraint-records")?.note?.contains("A-20") == true)
        #expect(ERRequirementCatalogue.requirement("restraint-alternatives")?.note?.contains("A-20") == true)
        #expect(ERRequirementCatalogue.requirement("aso-tso-audit")?.note?.contains("A-12") == true)
        #expect(ERRequirementCatalogue.requirement("specialist-beds-agreed")?.note?.contains("A-18") == true)
    }
}
