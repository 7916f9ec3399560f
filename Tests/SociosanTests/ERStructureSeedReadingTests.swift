import Testing
@testable import Sociosan

/// How the rules of the structure families read seed 002 where its wording is easy to misread:
/// what counts as daytime medical presence, which counterpart a project or procedure names,
/// which staffing sentences are attested, and titles that follow each type's own section.
@Suite("ER structure families: readings of seed 002")
struct ERStructureSeedReadingTests {
    private func ids(_ dossier: ERStructureDossier) -> Set<String> {
        Set(ERStructureRules.ruleSet(of: dossier.type).evaluate(dossier).map(\.ruleID.rawValue))
    }

    /// L871-L872: the residences' doctors assure "una presenza programmata in specifiche fasce
    /// orarie": a programmed doctor is daytime medical presence (L925), as in the cod. 56
    /// families (L1605-L1606, L2067); on-call cover alone is not.
    @Test func aProgrammedDoctorIsDaytimePresenceInEveryFamily() {
        for type in ERResidenceRules.types {
            var dossier = validResidence(type)
            dossier.staff[0].coverage = .programmed
            #expect(!ids(dossier).contains(type.ruleIDPrefix + ".staff.daytime-medical"))
            dossier.staff[0].coverage = .onCall
            #expect(ids(dossier).contains(type.ruleIDPrefix + ".staff.daytime-medical"))
        }
        var psychogeriatric = validPsychogeriatric()
        for index in 0...1 { psychogeriatric.staff[index].coverage = .programmed }
        #expect(!ids(psychogeriatric).contains("er.psychogeriatric-rehab.staff.physician-daytime"))
        var dca = validDCA()
        dca.staff[0].coverage = .programmed
        #expect(!ids(dca).contains("er.eating-disorder-rehab.staff.psychiatrist-daytime"))
    }

    /// The "other hours" medical cover of the two cod. 56 families is one builder: same title and
    /// message, each citing its own section (L1607-L1608, L2068-L2069).
    @Test func otherHoursCoverIsOneRuleCitingEachSection() {
        let psychogeriatric = PsychogeriatricRules.otherHoursCover.descriptor
        let dca = EatingDisorderRules.otherHoursCover.descriptor
        #expect(psychogeriatric.id == "er.psychogeriatric-rehab.staff.medical-cover-other-hours")
        #expect(dca.id == "er.eating-disorder-rehab.staff.medical-cover-other-hours")
        #expect(psychogeriatric.citation?.lines == 1607...1608)
        #expect(dca.citation?.lines == 2068...2069)
        #expect(psychogeriatric.message == dca.message && psychogeriatric.title == dca.title)
        var dossier = validDCA()
        dossier.staff.removeAll { $0.coverage == .onCall }
        #expect(ids(dossier).contains("er.eating-disorder-rehab.staff.medical-cover-other-hours"))
        dossier.staff.append(ERStaffMember(role: .guardPhysician, hoursPerWeek: 168, coverage: .roundTheClock))
        #expect(!ids(dossier).contains("er.eating-disorder-rehab.staff.medical-cover-other-hours"))
    }

    /// General psychiatry's personalised project names "il medico con cui si è concordato il
    /// progetto" (L2558), not a DSM-DP doctor as L418, L1063 and L2151 do: its rule and finding
    /// say so, the other types keep the catalogue's title.
    @Test func generalPsychiatryProjectDoesNotAskForADSMDPDoctor() {
        let descriptors = ERStructureRules.allRules.descriptors
        let general = descriptors.first { $0.id.rawValue == "er.general-psychiatry.documentation.personalised-project" }
        #expect(general?.title.italian.contains("DSM-DP") == false)
        #expect(general?.citation?.lines == 2555...2559)
        let dca = descriptors.first { $0.id.rawValue == "er.eating-disorder-rehab.documentation.personalised-project" }
        #expect(dca?.title == ERRequirementCatalogue.requirement("personalised-project")?.title)
        var dossier = validGeneralPsychiatry()
        dossier.attestations.remove("personalised-project")
        let finding = ERStructureRules.ruleSet(for: .generalPsychiatry).evaluate(dossier).first
        #expect(finding?.ruleID.rawValue == "er.general-psychiatry.documentation.personalised-project")
        #expect(finding?.arguments.contains(.localized(GeneralPsychiatryRules.ownTitles["personalised-project"]!)) == true)
    }

    /// General psychiatry's operating procedures (L2474-L2478) name no counterpart: no title
    /// asks for a procedure agreed with the DSM-DP, while the residences' still do (L887).
    @Test func generalPsychiatryProceduresAreNotAgreedWithTheDSMDP() {
        let descriptors = ERStructureRules.allRules.descriptors
        for code in ["continuity-of-care", "admission-appropriateness", "informed-consent", "family-information"] {
            let general = descriptors.first { $0.id.rawValue == "er.general-psychiatry.procedures." + code }
            #expect(general?.title.italian.hasPrefix("Procedure operative") == true, "\(code)")
            #expect(general?.title.italian.contains("DSM-DP") == false, "\(code)")
            #expect(general?.title.english.contains("agreed") == false, "\(code)")
        }
        let residence = descriptors.first { $0.id.rawValue == "er.rti.procedures.continuity-of-care" }
        #expect(residence?.title.italian.contains("DSM-DP") == true)
    }

    /// Two staffing sentences of the seed that set no figure, the psychogeriatric "dotazione di
    /// personale tecnico-assistenziale idonea" (L1601-L1602) and the DCA "stabilità del team e
    /// comunicazione interdisciplinare" of DCA specialists (L2050-L2054), are each attested by
    /// their own type only, and a dossier that does not attest one fails that rule alone.
    @Test func uncoveredStaffingSentencesAreAttested() {
        let cases: [(ERPsychiatricStructureType, String, ClosedRange<Int>, ERStructureDossier)] = [
            (.psychogeriatricRehab, "care-staff-adequacy", 1601...1602, validPsychogeriatric()),
            (.eatingDisorderRehab, "stable-specialist-team", 2050...2054, validDCA()),
        ]
        for (type, code, lines, valid) in cases {
            let requirement = ERRequirementCatalogue.requirement(code)
            #expect(requirement?.area == .competence)
            #expect(ERPsychiatricStructureType.allCases.filter { requirement?.applies(to: $0) == true } == [type])
            #expect(requirement?.citation(for: type)?.lines == lines)
            var dossier = valid
            dossier.attestations.remove(code)
            #expect(ids(dossier) == [type.ruleIDPrefix + ".competence." + code])
        }
    }

    /// Shared catalogue titles worded for the SPOI, reworded where a type's section says otherwise:
    /// continuous audits (L1053, L2144, L2547; the SPOI's stay periodic, L411), the residences'
    /// spaces by number and size (L850-L851), the cod. 56 units' managerial training for heads of
    /// complex and simple structures (L1693-L1694, L2117-L2118).
    @Test func sharedTitlesFollowEachTypesWording() {
        let descriptors = ERStructureRules.allRules.descriptors
        func title(_ id: String) -> LocalizedText? { descriptors.first { $0.id.rawValue == id }?.title }
        for type in [ERPsychiatricStructureType.rti, .rtiSpecialist, .rtp, .eatingDisorderRehab, .generalPsychiatry] {
            #expect(title(type.ruleIDPrefix + ".quality.periodic-audits")?.italian == "Audit continuativi e sistematici della performance")
        }
        #expect(SPOIRules.ruleSet.descriptors.first { $0.id.rawValue.hasSuffix(".periodic-audits") }?.title.italian
                == "Audit periodici e sistematici della performance")
        #expect(title("er.rtp.spaces.adequate-spaces")?.italian.contains("per numero e dimensioni") == true)
        #expect(title("er.general-psychiatry.spaces.adequate-spaces") == ERRequirementCatalogue.requirement("adequate-spaces")?.title)
        for type in [ERPsychiatricStructureType.psychogeriatricRehab, .eatingDisorderRehab] {
            #expect(title(type.ruleIDPrefix + ".training.managerial")?.italian.contains("strutture organizzative complesse e semplici") == true)
        }
        #expect(title("er.rti.training.managerial") == ERRequirementCatalogue.requirement("managerial")?.title)
    }
}
