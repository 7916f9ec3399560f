// Section 6.1.4, socio-rehabilitative psychiatric residences: 6.1.4.1 with staff around the
// clock for at most 10 users (L1081-L1156) and 6.1.4.2 the group apartment with staff in time
// slots for at most 4 users (L1157-L1211).

extension SicilyStaffingStandards {
    static let psychologistOrPsychotherapist = StaffTarget.group(
        "psychologist-or-psychotherapist", LocalizedText(it: "Psicologo/psicoterapeuta", en: "Psychologist or psychotherapist"),
        [.psychologist, .psychotherapist])

    // MARK: 6.1.4.1

    /// 6.1.4.1: 214 hours a week in six roles for 10 users (L1115-L1125), n/10 below
    /// (L1126-L1127), staff present around the clock (L940-L944).
    public static let psychiatricResidence24h: StaffingStandard = {
        let id = "sicily.psychiatric-residence-24h"
        func scaled(_ hours: Rational) -> ScalingLaw { .proportionalToReference(amount: hours, reference: 10) }
        let proportional = "\"Per le strutture che accolgono meno di 10 utenti il personale diminuisce proporzionalmente al numero di utenti ospitati\" (L1126-L1127): hours × n / 10, exact (no rounding, digest Appendix C): 5 users need exactly half."
        let team = StaffTarget.group(
            "socio-sanitary-staff",
            LocalizedText(it: "Personale socio-sanitario della struttura", en: "The residence's socio-sanitary staff"),
            [.socialWorker, .psychologist, .psychotherapist, .nurse, .educator, .psychiatricRehabTechnician, .oss, .adb])
        return StaffingStandard(
            id: id,
            title: LocalizedText(it: "Struttura residenziale psichiatrica per interventi socio-riabilitativi 24 ore (massimo 10 utenti)",
                                 en: "Psychiatric residence for 24-hour socio-rehabilitative care (at most 10 users)"),
            capacityUnit: .users, capacityLimits: 1...10, limitsCitation: Citation(seed, lines: 1081...1082),
            requirements: [
                staff(id, "social-worker", .role(.socialWorker), .hoursPerWeek, scaled(36), lines: 1118...1120, decision: proportional),
                staff(id, "psychologist", psychologistOrPsychotherapist, .hoursPerWeek, scaled(16), lines: 1121...1121,
                      decision: proportional + " \"Psicologo/psicoterapeuta\": either counts."),
                staff(id, "nurse", .role(.nurse), .hoursPerWeek, scaled(18), lines: 1122...1122, decision: proportional),
                staff(id, "educator", .role(.educator), .hoursPerWeek, scaled(36), lines: 1123...1123,
                      decision: proportional + " \"Educatore per 36 settimanali\" lacks \"ore\": read as 36 hours a week, like every other line of the list."),
                staff(id, "psychiatric-rehab-technician", .role(.psychiatricRehabTechnician), .hoursPerWeek, scaled(36), lines: 1124...1124,
                      decision: proportional),
                staff(id, "oss", ossOrOSA, .hoursPerWeek, scaled(72), lines: 1125...1125,
                      decision: proportional + " \"O.S.S. (OSA ad esaurimento)\": OSS, and OSA recorded as adb."),
            ],
            coverage: [
                CoverageRequirement(rule: "sicily.psychiatric-residence-24h.coverage.24h", target: team, window: .roundTheClock,
                                    citation: Citation(seed, lines: 940...944)),
            ],
            notes: [
                note("L'assistenza clinica medico-psichiatrica è assicurata dagli specialisti del Centro di Salute Mentale (CSM): lo psichiatra non fa parte della dotazione.",
                     "Psychiatric medical care comes from the specialists of the community mental-health centre (CSM): no psychiatrist is part of the staff.",
                     lines: 1130...1130),
                note("La presenza del personale socio sanitario per 24 ore richiede 168 ore settimanali di presenza. Il minimo proporzionale (21,4 ore per utente) resta sotto le 168 ore fino a 7 utenti: la verifica di copertura lo segnala, il minimo da solo non basta.",
                     "Socio-sanitary staff present around the clock need 168 hours a week. The proportional minimum (21.4 hours per user) stays below 168 hours up to 7 users: the coverage check flags it, the minimum alone is not enough.",
                     lines: 940...944),
                note("Il modulo socio-riabilitativo da 20 posti (DA 320/2014) può essere diviso in due strutture da 10 posti.",
                     "The 20-place socio-rehabilitative module (DA 320/2014) may be split into two 10-place structures.",
                     lines: 949...956),
                personnelRule(lines: 1128...1129),
            ],
            citation: Citation(seed, lines: 1081...1130))
    }()

    // MARK: 6.1.4.2

    /// 6.1.4.2 group apartment: 36 hours a week in three roles (L1189-L1197) for at most 4
    /// users, a team active at least 6 hours a day on 6 days (L961-L963).
    public static let psychiatricGroupApartment: StaffingStandard = {
        let id = "sicily.psychiatric-group-apartment"
        let fixed = "No scaling is stated for fewer than 4 users (digest ambiguity 9), and 6.1.4.1's proportional rule is written for 6.1.4.1 only: the hours apply in full at every capacity up to 4, as they also fill the 36-hour window of L962-L963 exactly. Exact."
        let team = StaffTarget.group(
            "group-apartment-staff",
            LocalizedText(it: "Assistente sociale, tecnico della riabilitazione psichiatrica, OSS", en: "Social worker, psychiatric rehabilitation technician, OSS"),
            [.socialWorker, .psychiatricRehabTechnician, .oss, .adb])
        return StaffingStandard(
            id: id,
            title: LocalizedText(it: "Struttura residenziale psichiatrica con personale per fasce orarie (gruppo appartamento, massimo 4 utenti)",
                                 en: "Psychiatric residence with staff in time slots (group apartment, at most 4 users)"),
            capacityUnit: .users, capacityLimits: 1...4, limitsCitation: Citation(seed, lines: 1157...1158),
            requirements: [
                staff(id, "social-worker", .role(.socialWorker), .hoursPerWeek, .fixed(14), lines: 1190...1193, decision: fixed),
                staff(id, "psychiatric-rehab-technician", .role(.psychiatricRehabTechnician), .hoursPerWeek, .fixed(8), lines: 1194...1194,
                      decision: fixed),
                staff(id, "oss", ossOrOSA, .hoursPerWeek, .fixed(14), lines: 1195...1197,
                      decision: fixed + " The extraction prints L1195-L1197 out of order (\"un OSS / settimanali. / (OSA ad esaurimento) per 14 ore\"): OSS (OSA being phased out, recorded as adb) 14 hours a week."),
            ],
            coverage: [
                CoverageRequirement(rule: "sicily.psychiatric-group-apartment.coverage.opening", target: team,
                                    window: .opening(hoursPerWeek: 36), citation: Citation(seed, lines: 961...963)),
            ],
            notes: [
                note("Équipe attive almeno 6 ore al giorno per 6 giorni la settimana: 36 ore settimanali, tante quante le ore della dotazione (14 + 8 + 14), cioè un operatore presente per tutta la fascia.",
                     "Teams active at least 6 hours a day on 6 days a week: 36 hours a week, exactly the staff's hours (14 + 8 + 14), i.e. one person on site throughout.",
                     lines: 961...963),
                note("Monitoraggio psicopatologico periodico e incontri periodici con il Centro di Salute Mentale che ha in carico il paziente: a cura del CSM, non della dotazione. Non sono previste attività riabilitative strutturate.",
                     "Periodic psychopathological monitoring and periodic meetings with the community mental-health centre (CSM) in charge of the patient: the CSM's work, not the staff's. No structured rehabilitation activities are planned.",
                     lines: 1177...1188),
                personnelRule(lines: 1198...1199),
            ],
            citation: Citation(seed, lines: 1157...1199),
            daysPerWeek: 6)
    }()
}
