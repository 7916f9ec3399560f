import Testing
@testable import Sociosan

/// How the findings and titles of the structure families read: they say what to fix, agree
/// in number ("1 posto", a list of several names) and assume nothing the dossier does not say.
@Suite("ER structure families: message wording")
struct ERStructureMessageWordingTests {
    /// The daytime-presence messages say what is missing and what would fix it, without
    /// assuming an on-call doctor ("(solo reperibilità)") when no doctor is on the roster at all.
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
