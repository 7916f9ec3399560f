// Section 4, elderly and non-self-sufficient people: 4.1 long-term care (L319-L449) and 4.2 the
// day centre for elderly people with dementia (L450-L595).

extension SicilyStaffingStandards {
    // MARK: 4.1 Lungo assistenza

    /// 4.1 long-term care: the table "Standard riferito a un nucleo 20 posti" (L351-L371) for
    /// every started nucleus of 20 places.
    public static let longTermCare: StaffingStandard = {
        let id = "sicily.long-term-care"
        func perNucleus(_ amount: Rational) -> ScalingLaw { .perModule(amount: amount, moduleSize: 20, partialModules: .wholeModules) }
        let nucleus = "Per nucleus of 20 places (\"Standard riferito a un nucleo 20 posti\", L352; the structural requirements too are \"riferiti a un nucleo di 20 soggetti\", L378): every started nucleus carries the whole table (1-20 places one table, 21-40 two). The seed states no scaling and no reduction for a smaller nucleus (digest ambiguity 4), so a partial nucleus is not prorated. Exact, no rounding."
        let pairing = " The extraction prints both labels (L368 \"Collaboratore Amministrativo\", L369 \"Ausiliari\") before both values (L370 \"18 h\", L371 \"2\"); they are paired in order, as every other row pairs label then value and hour values carry \"h\": administrative 18 h a week, auxiliaries 2 persons (digest ambiguity 1; the reverse pairing is not excluded by the text)."
        return StaffingStandard(
            id: id,
            title: LocalizedText(it: "Lungo assistenza (standard per nucleo di 20 posti)",
                                 en: "Long-term care residence (standard per nucleus of 20 places)"),
            capacityUnit: .places, capacityLimits: nil, limitsCitation: nil,
            requirements: [
                staff(id, "social-worker", .role(.socialWorker), .hoursPerWeek, perNucleus(18), lines: 356...357, decision: nucleus),
                staff(id, "nurse", .role(.nurse), .persons, perNucleus(5), lines: 358...359,
                      decision: nucleus + " \"5\" has no \"h\": persons (full-time posts), the literal reading of the column \"Unità/Impegno orario settimanale\" (digest ambiguity 1)."),
                staff(id, "rehabilitation-therapist", rehabilitationTherapists, .persons, perNucleus(2), lines: 360...361,
                      decision: nucleus + " \"Terapista riabilitazione\": rehabilitation therapists and physiotherapists count."),
                staff(id, "educator", .role(.educator), .hoursPerWeek, perNucleus(18), lines: 362...363, decision: nucleus),
                staff(id, "oss", ossOrOSA, .persons, perNucleus(5), lines: 364...365,
                      decision: nucleus + " \"OSS (OSA ad esaurimento)\": OSS, and OSA (recorded as adb, the vocabulary has no OSA) while they are phased out."),
                staff(id, "cook", .role(.cook), .persons, perNucleus(1), lines: 366...367, decision: nucleus),
                staff(id, "administrative", .role(.administrative), .hoursPerWeek, perNucleus(18), lines: 368...371, decision: nucleus + pairing),
                staff(id, "auxiliaries", .role(.auxiliary), .persons, perNucleus(2), lines: 368...371, decision: nucleus + pairing),
            ],
            coverage: [],
            notes: [
                note("L'assistenza medica è garantita dal medico di medicina generale (MMG): il medico non fa parte della dotazione della struttura.",
                     "Medical care comes from the residents' general practitioners (MMG): no doctor is part of the structure's staff.",
                     lines: 372...372),
                note("Il testo non prevede espressamente la presenza del personale sulle 24 ore, pur trattandosi di prestazioni in regime residenziale per non autosufficienti: nessun requisito di copertura. Con 36 o 38 ore settimanali, 5 infermieri e 5 OSS per nucleo bastano per un infermiere e un OSS presenti giorno e notte (168 ore ciascuno), lettura coerente ma non scritta.",
                     "The text states no around-the-clock presence, although the care is residential and for non-self-sufficient people: no coverage requirement. At 36 or 38 hours a week, 5 nurses and 5 OSS per nucleus are enough for one nurse and one OSS on duty day and night (168 hours each), a consistent reading the seed does not write.",
                     lines: 342...350),
                personnelRule(lines: 373...376),
            ],
            citation: Citation(seed, lines: 319...376))
    }()

    // MARK: 4.2 Servizio semiresidenziale per anziani affetti da demenza

    /// 4.2 day centre for elderly people with dementia: at most 20 places a day, open 6 days
    /// 08:30-18:30 (L494-L496); the table L532-L549 with the page number L540 left out.
    public static let dementiaDayCentre: StaffingStandard = {
        let id = "sicily.dementia-day-centre"
        let whole = "The table is for a centre of up to 20 places (L494-L495) and states no reduction below 20 (digest ambiguity 4): it applies in full at every capacity. Exact."
        let careStaff = StaffTarget.group(
            "day-centre-care-staff",
            LocalizedText(it: "Personale di assistenza del centro (assistente sociale, infermiere, terapisti, educatore, OSS)",
                          en: "The centre's care staff (social worker, nurse, therapists, educator, OSS)"),
            [.socialWorker, .nurse, .rehabilitationTherapist, .physiotherapist, .occupationalTherapist, .educator, .oss, .adb])
        return StaffingStandard(
            id: id,
            title: LocalizedText(it: "Servizio semiresidenziale per anziani affetti da demenza o malattia di Alzheimer",
                                 en: "Day centre for elderly people with dementia or Alzheimer's disease"),
            capacityUnit: .places, capacityLimits: 1...20, limitsCitation: Citation(seed, lines: 494...495),
            requirements: [
                staff(id, "social-worker", .role(.socialWorker), .hoursPerWeek, .fixed(18), lines: 535...536, decision: whole),
                staff(id, "nurse", .role(.nurse), .hoursPerWeek, .fixed(12), lines: 537...538, decision: whole),
                staff(id, "rehabilitation-therapist", rehabilitationTherapists, .persons, .fixed(2), lines: 539...541,
                      decision: whole + " The table has 8 values for 7 roles: L540 \"12\" is the PDF page number, not a value. Page numbers run L322 \"8\", L377 \"9\", L430 \"10\", L485 \"11\", L594 \"13\", about 54 lines apart; L540 is where page 12 falls and \"12\" appears nowhere else as a page break. Without it the rows pair cleanly: rehabilitation therapists 2 persons (L541) (digest ambiguity 2)."),
                staff(id, "occupational-therapist", .role(.occupationalTherapist), .hoursPerWeek, .fixed(18), lines: 542...543, decision: whole),
                staff(id, "educator", .role(.educator), .persons, .fixed(1), lines: 544...545, decision: whole),
                staff(id, "oss", ossOrOSA, .persons, .fixed(4), lines: 546...547,
                      decision: whole + " \"OSS (OSA ad esaurimento)\": OSS, and OSA recorded as adb."),
                staff(id, "auxiliary", .role(.auxiliary), .persons, .fixed(1), lines: 548...549, decision: whole),
            ],
            coverage: [
                CoverageRequirement(rule: "sicily.dementia-day-centre.coverage.opening", target: careStaff,
                                    window: .opening(hoursPerWeek: 60), citation: Citation(seed, lines: 494...496)),
            ],
            notes: [
                note("Apertura sei giorni la settimana dalle 8,30 alle 18,30, esclusi i festivi: 10 ore al giorno, 60 ore settimanali di copertura del personale di assistenza. All'interno dei 20 posti giornalieri è prevista la turnazione degli utenti: il limite vale per le presenze giornaliere, non per gli iscritti.",
                     "Open six days a week from 08:30 to 18:30, public holidays excluded: 10 hours a day, 60 hours a week of care-staff coverage. Users rotate within the 20 daily places: the limit is on daily attendance, not on enrolment.",
                     lines: 494...497),
                note("L'Azienda Sanitaria Provinciale garantisce 15 ore settimanali di intervento medico e psicologico (programmazione, verifica, monitoraggio): fornite dall'ASP, non dalla struttura, e non contate. Il testo non dice se le 15 ore sono complessive o per ciascuna figura.",
                     "The provincial health authority (ASP) provides 15 hours a week of medical and psychological work (planning, review, monitoring): supplied by the ASP, not by the centre, and not counted. The text does not say whether the 15 hours are shared or each.",
                     lines: 550...551),
                note("Il \"12\" della riga 540 è il numero di pagina del PDF, non un valore della tabella: terapista della riabilitazione 2 unità.",
                     "The \"12\" at line 540 is the PDF page number, not a table value: rehabilitation therapists 2 persons.",
                     lines: 539...541),
                note("Le attività ricreative quotidiane possono avvalersi di volontari, in aggiunta al personale.",
                     "The daily recreational activities may use volunteers, on top of the staff.",
                     lines: 505...511),
                personnelRule(lines: 552...555),
            ],
            citation: Citation(seed, lines: 450...555),
            daysPerWeek: 6)
    }()
}
