import Testing
@testable import Sociosan
import SociosanTestResources

@Suite("Rule catalogue")
struct CatalogueTests {
    @Test func ruleIdsAreUniqueAndWellFormed() {
        let ids = DossierCatalogue.rules.map(\.id.rawValue)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.allSatisfy { $0.isLowercase || $0.isNumber || $0 == "." || $0 == "-" }, "\(id)")
        }
    }

    @Test(.requiresSeeds) func everyRegulationRuleCitesLinesThatExistInItsSeed() throws {
        for rule in DossierCatalogue.rules where !rule.kinds.isEmpty {
            let citation = try #require(rule.citation, "\(rule.id) has no citation")
            let lineCount = TestResources.seedLines(citation.seed.fileName).count
            #expect(lineCount > 0, "\(rule.id): \(citation.seed.fileName) is not readable")
            #expect(citation.firstLine >= 1 && citation.firstLine <= citation.lastLine && citation.lastLine <= lineCount, "\(rule.id): \(citation)")
        }
    }

    @Test func messagesHaveTheSamePlaceholdersInBothLanguages() {
        for rule in DossierCatalogue.rules {
            #expect(rule.message.placeholderCount.italian == rule.message.placeholderCount.english, "\(rule.id)")
            #expect(!rule.title.italian.isEmpty && !rule.title.english.isEmpty && rule.title.italian != rule.title.english, "\(rule.id)")
        }
    }

    @Test func everyKindHasRulesAndEveryRuleAKnownKind() {
        let kinds = Set(DossierCatalogue.kinds.map(\.kind))
        for rule in DossierCatalogue.rules { #expect(rule.kinds.allSatisfy(kinds.contains)) }
        for kind in kinds { #expect(DossierCatalogue.rules(for: kind).contains { !$0.kinds.isEmpty }) }
    }

    // The cited lines really speak of what the rule checks: a keyword from the seed per rule family.
    @Test(.requiresSeeds, arguments: [
        ("er.spoi.staff.non-medical-minimum", "75%"),
        ("er.spoi.staff.medical-minimum", "13%"),
        ("er.spoi.access.no-tso", "TSO"),
        ("er.spoi.rooms.single-room", "1 posto letto"),
        ("er.spoi.nucleus.size", "18/20"),
        ("er.spoi.staff.guard-physician-24h", "Guardia Medica"),
        ("er.spoi.documentation.restraint-records", "contenzione"),
        ("er.spoi.equipment.protected-telephone", "telefonico"),
        ("er.spoi.discipline-code", "40.2"),
        // Sicilian project dossiers (seed 004 §5.1.2, §6.1-6.3).
        ("sicily.independent-living.age.adult", "18-64"),
        ("sicily.independent-living.social-pact", "Patto"),
        ("sicily.independent-living.personal-assistant.trained", "formato"),
        ("sicily.psrp.co-signed", "cointestatario"),
        ("sicily.psrp.pti.attached", "allegato"),
        ("sicily.psrp.diagnosis.icd10", "ICD 10"),
        ("sicily.psrp.diagnosis.icf-areas", "ICF"),
        ("sicily.psrp.reviews.dated", "date di verifica"),
        ("sicily.work-inclusion.plans.pal-pdz", "PAL"),
        ("sicily.work-inclusion.ips.preferences", "preferenze"),
        ("sicily.work-inclusion.sil.district", "distrettuali"),
        ("sicily.work-inclusion.funding.sources", "Fonti di finanziamento"),
        ("sicily.health-budget-pti.shared.dsm-comune", "Comune di residenza"),
        ("sicily.health-budget-pti.case-manager", "case manager"),
        ("sicily.health-budget-pti.diagnosis.icd9", "ICD9"),
        ("sicily.health-budget-pti.contents.assessment-tools", "HONOS"),
        ("sicily.health-budget-pti.contents.swot", "SWOT"),
        ("sicily.health-budget-pti.budget.annual", "budget di salute annuale"),
        ("sicily.health-budget-pti.budget.health-and-social", "componente socio-assistenziale"),
        ("sicily.health-budget-pti.interventions.validated-provider", "validate"),
        ("sicily.health-budget-pti.reviews.planned", "periodiche verifiche"),
        // Lombardy ImpleMENTAL pilot (seed 003).
        ("lombardy.implemental.team.asst.known", "ASST Valle Olona"),
        ("lombardy.implemental.team.ei.coordinator", "Coordinatore"),
        ("lombardy.implemental.team.ei.coordinator.member", "resto degli operatori"),
        ("lombardy.implemental.team.operators.unique", "179 operatori"),
        ("lombardy.implemental.team.scope.teams", "più EI all"),
        ("lombardy.implemental.activity.asst.known", "ASST Cremona"),
        ("lombardy.implemental.activity.record.members", "arruolati"),
        ("lombardy.implemental.activity.diagnosis.bpd", "diagnosi diverse da DBP"),
        ("lombardy.implemental.activity.ids.unique", "interventi"),
        ("lombardy.implemental.activity.patient.enrolled", "pazienti arruolati"),
        ("lombardy.implemental.activity.enrolment.once", "pazienti arruolati"),
        ("lombardy.implemental.activity.dates.after-enrolment", "primi tre mesi di presa in carico"),
        ("lombardy.implemental.activity.pti.funnel", "PTI attivati"),
        ("lombardy.implemental.activity.case-manager", "case management"),
    ])
    func citationsPointAtTheRightText(ruleID: String, keyword: String) throws {
        try TestResources.expectCitation(of: ruleID, mentions: keyword)
    }
}
