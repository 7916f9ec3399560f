import Testing
@testable import Sociosan

/// The defects the audit of the six structure families against seed 002 found and fixed, each
/// pinned by a test that fails on the old behaviour.
@Suite("ER structure families: audit fixes")
struct ERStructureAuditTests {
    private func ids(_ dossier: ERStructureDossier) -> Set<String> {
        Set(ERStructureRules.ruleSet(for: dossier.type).evaluate(dossier).map(\.ruleID.rawValue))
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
}
