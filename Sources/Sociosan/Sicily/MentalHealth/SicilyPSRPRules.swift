/// The rules of the Sicilian PSRP (seed 004 §6.1.1-6.1.3, L965-L1079).
///
/// ```swift
/// SicilyPSRPRules.all.count
/// ```
public enum SicilyPSRPRules {
    static let kind: DossierKind = "sicily.psychiatry.psrp"
    static let prefix = "sicily.psrp"

    static let make = SicilyProjectRuleMaker<SicilyPSRP>(kind: kind, prefix: prefix)

    /// An ICD-10 code of chapter F (mental and behavioural disorders): `F20`, `F20.0`, `F60.31`.
    public static func isICD10MentalCode(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count >= 3, characters[0] == "F", characters[1].isASCII, characters[1].isNumber,
              characters[2].isASCII, characters[2].isNumber else { return false }
        if characters.count == 3 { return true }
        let tail = characters[3...]
        return tail.first == "." && (2...3).contains(tail.count) && tail.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    public static let all: [Rule<SicilyPSRP>] = [
        make.region { $0.province },
        make.rule("pti.answers", lines: 970...974,
             title: LocalizedText(it: "Il PSRP risponde a un PTI già concordato", en: "The PSRP answers a PTI already agreed"),
             message: LocalizedText(it: "il PTI è datato {0}, dopo il PSRP ({1}): il PSRP risponde al PTI",
                                    en: "the PTI is dated {0}, after the PSRP ({1}): the PSRP answers the PTI")) { psrp, report in
            if psrp.pti.agreedOn > psrp.drawnUpOn { report.report(at: "/pti/agreedOn", .date(psrp.pti.agreedOn), .date(psrp.drawnUpOn)) }
        },
        make.rule("pti.attached", lines: 1027...1028,
             title: LocalizedText(it: "Il PTI è allegato al PSRP", en: "The PTI is attached to the PSRP"),
             message: LocalizedText(it: "il PTI {0} non è allegato al PSRP", en: "PTI {0} is not attached to the PSRP")) { psrp, report in
            if !psrp.pti.attached { report.report(at: "/pti/attached", .text(psrp.pti.reference)) }
        },
        make.everyOne("co-signed", lines: 1011...1012,
             title: LocalizedText(it: "PSRP cointestato dal case manager della struttura, dal paziente e dal case manager del DSM",
                                  en: "The PSRP is held jointly by the structure's case manager, the patient and the DSM case manager"),
             message: LocalizedText(it: "il PSRP non è cointestato da: {0}", en: "the PSRP is not held jointly by: {0}"),
             at: "/coSignedBy", SicilyPSRP.Party.allCases, label: { $0.label }) { psrp, party in psrp.coSignedBy.contains(party) },
        make.rule("drawn-up-with.user", lines: 972...974,
             title: LocalizedText(it: "Il PSRP è elaborato in collaborazione con l'utente", en: "The PSRP is drawn up with the user"),
             message: LocalizedText(it: "il PSRP non è elaborato con l'utente", en: "the PSRP is not drawn up with the user")) { psrp, report in
            if !psrp.drawnUpWith.contains(.user) { report.report(at: "/drawnUpWith") }
        },
        make.rule("drawn-up-with.family-network", .warning, lines: 972...974,
             title: LocalizedText(it: "Il PSRP coinvolge la famiglia e la rete sociale di riferimento",
                                  en: "The PSRP involves the family and the social network"),
             message: LocalizedText(it: "il PSRP non coinvolge né la famiglia né la rete sociale di riferimento",
                                    en: "the PSRP involves neither the family nor the social network"),
             decision: "PSRP-1: \"sempre in collaborazione con l'utente, la sua famiglia e la sua rete sociale\" (L974): the user is "
                + "required; a user may have no family or no network, so a PSRP with neither is a warning.") { psrp, report in
            if psrp.drawnUpWith.isDisjoint(with: [.family, .socialNetwork]) { report.report(at: "/drawnUpWith") }
        },
        make.rule("diagnosis.icd10", lines: 1031...1035,
             title: LocalizedText(it: "Diagnosi clinica secondo l'ICD-10 (capitolo F)", en: "Clinical diagnosis in ICD-10 (chapter F)"),
             message: LocalizedText(it: "il codice {0} non è un codice ICD-10 del capitolo F (per esempio F20.0)",
                                    en: "code {0} is not an ICD-10 code of chapter F (for example F20.0)"),
             decision: "PSRP-2: the seed cites the ICD-10 classification of mental and behavioural disorders (L1031-L1035), whose "
                + "codes are chapter F; the PTI of §6.3 asks ICD-9 (L1423), kept on the PTI's own kind.") { psrp, report in
            if !isICD10MentalCode(psrp.clinicalDiagnosis.icd10) {
                report.report(at: "/clinicalDiagnosis/icd10", .text(psrp.clinicalDiagnosis.icd10))
            }
        },
        make.everyOne("diagnosis.clinical-areas", lines: 1036...1041,
             title: LocalizedText(it: "La diagnosi clinica osserva l'area psicopatologica e l'area sanitaria generale",
                                  en: "The clinical diagnosis observes the psychopathological and the general health areas"),
             message: LocalizedText(it: "la diagnosi clinica non osserva: {0}", en: "the clinical diagnosis does not observe: {0}"),
             at: "/clinicalDiagnosis/areas", SicilyPSRP.ClinicalDiagnosis.ClinicalArea.allCases, label: { $0.label }
        ) { psrp, area in psrp.clinicalDiagnosis.areas.contains(area) },
        make.everyOne("diagnosis.icf-areas", lines: 1042...1058,
             title: LocalizedText(it: "La diagnosi funzionale ICF osserva le quattro aree", en: "The ICF functional diagnosis observes the four areas"),
             message: LocalizedText(it: "la diagnosi funzionale non osserva: {0}", en: "the functional diagnosis does not observe: {0}"),
             at: "/functionalAreas", SicilyPSRP.FunctionalArea.allCases, label: { $0.label }) { psrp, area in psrp.functionalAreas.contains(area) },
        make.rule("interventions.operators", lines: 1075...1076,
             title: LocalizedText(it: "Ogni intervento indica gli operatori coinvolti", en: "Every intervention names the operators involved"),
             message: LocalizedText(it: "l'intervento {0} non indica gli operatori coinvolti", en: "intervention {0} names no operator")) { psrp, report in
            for (index, intervention) in psrp.interventions.enumerated() where intervention.operators.isEmpty {
                report.report(at: JSONPointer.root.appending("interventions").appending(index).appending("operators"), .text(intervention.id))
            }
        },
        make.rule("reviews.dated", lines: 1078...1079,
             title: LocalizedText(it: "Il PSRP indica le date delle verifiche periodiche", en: "The PSRP gives the dates of its periodic reviews"),
             message: LocalizedText(it: "il PSRP non indica alcuna data di verifica", en: "the PSRP gives no review date")) { psrp, report in
            if psrp.reviews.isEmpty { report.report(at: "/reviews") }
        },
        make.rule("reviews.within-programme", lines: 1078...1079,
             title: LocalizedText(it: "Le verifiche cadono nella durata del programma", en: "The reviews fall within the programme's duration"),
             message: LocalizedText(it: "la verifica del {0} cade fuori dal programma ({1} - {2})",
                                    en: "the review of {0} falls outside the programme ({1} - {2})"),
             decision: "PSRP-3: the seed asks the programme's duration and its review dates (L1078-L1079) and sets no interval; the "
                + "rule holds each review between the PSRP's date and the end of its duration.") { psrp, report in
            let end = psrp.programmeEnd
            for (index, review) in psrp.reviews.enumerated() where review.on < psrp.drawnUpOn || review.on > end {
                report.report(at: JSONPointer.root.appending("reviews").appending(index).appending("on"),
                              .date(review.on), .date(psrp.drawnUpOn), .date(end))
            }
        },
    ]
}
