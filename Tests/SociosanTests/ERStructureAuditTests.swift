import Testing
@testable import Sociosan

/// The defects the audit of the six structure families against seed 002 found and fixed, each
/// pinned by a test that fails on the old behaviour.
@Suite("ER structure families: audit fixes")
struct ERStructureAuditTests {
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

    /// The daytime-presence messages held "(solo reperibilità)" even when no doctor is on the
    /// roster at all; they now say what is missing and what would fix it.
    @Test func daytimePresenceMessagesDoNotAssumeAnOnCallDoctor() {
        let names = ["er.rti.staff.daytime-medical", "er.psychogeriatric-rehab.staff.physician-daytime",
                     "er.eating-disorder-rehab.staff.psychiatrist-daytime"]
        for name in names {
            let descriptor = ERStructureRules.allRules.descriptors.first { $0.id.rawValue == name }
            #expect(descriptor != nil, "\(name)")
            #expect(descriptor?.message.italian.contains("solo reperibilità") == false, "\(name)")
            #expect(descriptor?.message.english.contains("add one with daytime, 24-hour or programmed presence") == true, "\(name)")
        }
    }

    /// English messages of the access, specialty and single-room rules say what to fix; the
    /// Italian specialty message names the specialty in Italian ("altro", not the JSON code).
    @Test func messagesSayWhatToFix() {
        let descriptors = ERStructureRules.allRules.descriptors
        func message(_ id: String) -> LocalizedText? { descriptors.first { $0.id.rawValue == id }?.message }
        #expect(message("er.rtp.access.dsm-dp-referral")?.english.contains("add the DSM-DP channel") == true)
        #expect(message("er.rti-specialist.specialist.other-description")?.italian.hasPrefix("specialità \"altro\"") == true)
        #expect(message("er.rti-specialist.specialist.other-description")?.english.contains("state what the specialty is") == true)
        #expect(message("er.general-psychiatry.rooms.single-room")?.english.contains("at least one room must be a single") == true)
        // The dossier's health authority is a name ("Azienda USL di Bologna"), not an AUSL suffix.
        var dossier = validResidence(.rti)
        dossier.access.accessProtocol = false
        let access = ERStructureRules.ruleSet(for: .rti).evaluate(dossier).first { $0.ruleID == "er.rti.access.protocol" }
        #expect(access.map { $0.message.render($0.arguments, in: .italian) }?
            .hasSuffix("(anzitutto con l'azienda USL del territorio: Azienda USL di Bologna)") == true)
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

    /// Staffing titles and findings read "1 posto h24", not "1 posti h24" (nor "1 posts 24h").
    @Test func oneStaffingUnitIsSingular() {
        let descriptors = ERStructureRules.allRules.descriptors
        let rti = descriptors.first { $0.id.rawValue == "er.rti.staff.nurse-minimum" }
        #expect(rti?.title.italian == "Infermiere: 1 posto h24 ogni 20 posti letto (per ogni modulo avviato)")
        #expect(rti?.title.english == "Nurse: 1 post 24h for every started block of 20 beds")
        let psychogeriatric = descriptors.first { $0.id.rawValue == "er.psychogeriatric-rehab.staff.nurses-or-ota-minimum" }
        #expect(psychogeriatric?.title.italian == "Infermieri/OTA: 2 posti h24 ogni 20 posti letto")
        var dossier = validResidence(.rti)
        setStaff(&dossier, .nurse, hours: 100)
        let finding = ERStructureRules.ruleSet(for: .rti).evaluate(dossier).first { $0.ruleID == "er.rti.staff.nurse-minimum" }
        #expect(finding?.arguments.contains(.localized(LocalizedText(it: "posto h24", en: "post 24h"))) == true)
    }

    /// Two staffing sentences of the seed had no rule and no attestation: the psychogeriatric
    /// "dotazione di personale tecnico-assistenziale idonea" (L1601-L1602) and the DCA "stabilità
    /// del team e comunicazione interdisciplinare" of DCA specialists (L2050-L2054). Each is now
    /// attested by its own type only, and a dossier that does not attest it fails that rule alone.
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

    /// Count messages read well for one room ("camere a 3 posti letto: 1", not "1 camere") and
    /// the triple-room finding says what to do.
    @Test func countMessagesReadWellForOne() {
        var dossier = validResidence(.rti)
        dossier.rooms[0] = ERRoom(id: "camera-1", beds: 3)
        dossier.rooms[1] = ERRoom(id: "camera-2", beds: 1)
        let finding = ERStructureRules.ruleSet(for: .rti).evaluate(dossier).first { $0.ruleID == "er.rti.rooms.triple-rooms" }
        let italian = finding.map { $0.message.render($0.arguments, in: .italian) }
        let english = finding.map { $0.message.render($0.arguments, in: .english) }
        #expect(italian?.hasPrefix("camere a 3 posti letto: 1, ammesse al massimo: 0 (") == true, "\(italian ?? "-")")
        #expect(english?.hasSuffix("bring the others to at most 2 beds") == true, "\(english ?? "-")")
        var dca = validDCA()
        dca.eatingDisorder?.clinicRooms.removeLast(2)
        let clinic = ERStructureRules.ruleSet(for: .eatingDisorderRehab).evaluate(dca).first { $0.ruleID == "er.eating-disorder-rehab.areas.clinic-rooms" }
        #expect(clinic.map { $0.message.render($0.arguments, in: .italian) } == "ambulatori / studi medici: 1; con 20 posti letto ne servono almeno 3")
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

    /// List findings agree with one or several names ("figure mancanti nell'équipe: psicologo,
    /// infermiere", not "manca ... psicologo, infermiere").
    @Test func listMessagesAgreeWithSeveralNames() {
        var dossier = validResidence(.rtp)
        dossier.staff.removeAll { $0.role == .psychologist || $0.role == .oss }
        let team = ERStructureRules.ruleSet(for: .rtp).evaluate(dossier).first { $0.ruleID == "er.rtp.staff.team" }
        #expect(team.map { $0.message.render($0.arguments, in: .italian) }
                == "figure mancanti nell'équipe: psicologo, OSS (o, nelle more, OTA e ADB)")
        var psychogeriatric = validPsychogeriatric()
        psychogeriatric.psychogeriatric?.available = []
        let available = ERStructureRules.ruleSet(for: .psychogeriatricRehab).evaluate(psychogeriatric)
            .first { $0.ruleID == "er.psychogeriatric-rehab.team.available" }
        #expect(available.map { $0.message.render($0.arguments, in: .italian) }
                == "figure non disponibili per l'unità: assistente sociale, psicologo")
    }
}
