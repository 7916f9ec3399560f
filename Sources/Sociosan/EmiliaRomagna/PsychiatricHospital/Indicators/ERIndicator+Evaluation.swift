extension ERIndicator {
    /// The indicator's value, `numerator / denominator × multiplier`, or `nil` when the
    /// denominator is zero (nothing to measure: no discharges, no projects, ...).
    ///
    /// ```swift
    /// let spoi1 = ERIndicatorCatalogue.indicator("spoi-ind-1")!
    /// spoi1.value(numerator: 47, denominator: 50)  // 94.0 (multiplier 100)
    /// ```
    public func value(numerator: Int, denominator: Int) -> Double? {
        guard denominator > 0 else { return nil }
        return Double(numerator) / Double(denominator) * Double(multiplier)
    }

    /// Whether the counts meet the indicator's ``standard``, compared exactly in integers;
    /// `nil` when the standard gives nothing to judge (``ERIndicatorStandard/none``,
    /// ``ERIndicatorStandard/unstated``) or when a percentage standard meets a zero
    /// denominator.
    ///
    /// A percentage standard is held against the ratio times 100 whatever the multiplier: the
    /// residence tables write "100%" beside formulas without "*100" (RES-IND-2 L1188-L1202,
    /// RES-IND-4 L1253-L1269; A-29).
    ///
    /// ```swift
    /// let res2 = ERIndicatorCatalogue.indicator("res-ind-2")!
    /// res2.isMet(numerator: 9, denominator: 10)   // false: 90 % of the projects, 100 % required
    /// res2.isMet(numerator: 10, denominator: 10)  // true
    /// ```
    public func isMet(numerator: Int, denominator: Int) -> Bool? {
        switch standard {
        case .none, .unstated:
            return nil
        case .detectionSystemPresent:
            // The structure reported its data: that is what this standard asks (L813-L815).
            return true
        case .minimumPercent(let percent):
            guard denominator > 0 else { return nil }
            return numerator * 100 >= percent * denominator
        case .maximumPercent(let percent):
            guard denominator > 0 else { return nil }
            return numerator * 100 <= percent * denominator
        }
    }

    /// Whether a value in the indicator's own unit (the ratio times ``multiplier``) meets the
    /// standard; see ``isMet(numerator:denominator:)``.
    ///
    /// ```swift
    /// ERIndicatorCatalogue.indicator("res-ind-4")!.isMet(value: 1)     // true: ratio 1 = 100 %
    /// ERIndicatorCatalogue.indicator("spoi-ind-1")!.isMet(value: 100)  // true
    /// ```
    public func isMet(value: Double) -> Bool? {
        standard.isMet(percent: value * 100 / Double(multiplier))
    }
}

extension ERIndicatorStandard {
    /// Whether a value, given as a percentage, meets the standard; `nil` when the standard
    /// gives nothing to judge. ``detectionSystemPresent`` is met by any reported value.
    ///
    /// ```swift
    /// ERIndicatorStandard.minimumPercent(100).isMet(percent: 99.5)  // false
    /// ERIndicatorStandard.unstated.isMet(percent: 3)                // nil
    /// ```
    public func isMet(percent: Double) -> Bool? {
        switch self {
        case .none, .unstated: return nil
        case .detectionSystemPresent: return true
        case .minimumPercent(let minimum): return percent >= Double(minimum)
        case .maximumPercent(let maximum): return percent <= Double(maximum)
        }
    }

    /// Whether the standard judges a value as met or not met.
    public var isJudged: Bool {
        switch self {
        case .none, .unstated: return false
        case .detectionSystemPresent, .minimumPercent, .maximumPercent: return true
        }
    }

    /// The standard as a reader sees it, in Italian and English.
    ///
    /// ```swift
    /// ERIndicatorStandard.minimumPercent(100).label.english  // "at least 100%"
    /// ```
    public var label: LocalizedText {
        switch self {
        case .none:
            return LocalizedText(it: "nessuno standard", en: "no standard")
        case .minimumPercent(let percent):
            return LocalizedText(it: "almeno \(percent)%", en: "at least \(percent)%")
        case .maximumPercent(let percent):
            return LocalizedText(it: "al massimo \(percent)%", en: "at most \(percent)%")
        case .detectionSystemPresent:
            return LocalizedText(it: "presenza del sistema di rilevazione", en: "a detection system in place")
        case .unstated:
            return LocalizedText(
                it: "standard citato senza valore", en: "standard mentioned without a value")
        }
    }
}

extension ERIndicatorFamily {
    /// The heading of the family's table (L497, L1135, L1820, L2252, L2637), in Italian and
    /// English.
    public var label: LocalizedText {
        switch self {
        case .spoi:
            return LocalizedText(
                it: "Indicatori Servizio Psichiatrico Ospedaliero Intensivo (SPOI)",
                en: "Indicators of the intensive hospital psychiatric service (SPOI)")
        case .residences:
            return LocalizedText(
                it: "Indicatori Residenza a Trattamento Intensivo, Intensivo Specialistico e Protratto",
                en: "Indicators of the intensive, specialist intensive and extended treatment residences (RTI, RTP)")
        case .psychogeriatricRehab:
            return LocalizedText(
                it: "Indicatori Riabilitazione Psicogeriatria (cod. 56)",
                en: "Indicators of psychogeriatric rehabilitation (code 56)")
        case .eatingDisorderRehab:
            return LocalizedText(
                it: "Indicatori Riabilitazione Disturbi del Comportamento Alimentare - DCA (cod. 56)",
                en: "Indicators of eating-disorder rehabilitation (DCA, code 56)")
        case .generalPsychiatry:
            return LocalizedText(
                it: "Indicatori Componente Ospedaliera di Psichiatria Generale",
                en: "Indicators of the general hospital psychiatry component")
        }
    }

    /// The lines of the family's table, header included.
    public var tableCitation: Citation {
        switch self {
        case .spoi: return Citation(.psychiatricStructuresER, lines: 435...835)
        case .residences: return Citation(.psychiatricStructuresER, lines: 1069...1511)
        case .psychogeriatricRehab: return Citation(.psychiatricStructuresER, lines: 1770...1963)
        case .eatingDisorderRehab: return Citation(.psychiatricStructuresER, lines: 2183...2432)
        case .generalPsychiatry: return Citation(.psychiatricStructuresER, lines: 2573...2991)
        }
    }
}

extension ERIndicatorUseLevel {
    /// *Livello di utilizzo*, as the tables write it.
    public var label: LocalizedText {
        switch self {
        case .structure: return LocalizedText(it: "La stessa struttura", en: "The structure itself")
        case .dsm: return LocalizedText(it: "D.S.M. di riferimento", en: "Reference mental health department (DSM)")
        case .operativeUnit: return LocalizedText(it: "U.O.", en: "Operative unit")
        case .company: return LocalizedText(it: "Aziendale", en: "Company (health trust)")
        case .region: return LocalizedText(it: "Regione", en: "Region")
        }
    }
}

extension ERIndicatorDataSource {
    /// *Fonte di dati*, as the tables write it.
    public var label: LocalizedText {
        switch self {
        case .clinicalRecord: return LocalizedText(it: "Cartella clinica", en: "Clinical record")
        case .sdo: return LocalizedText(it: "SDO", en: "Hospital discharge record (SDO)")
        case .regionalIncidentSystem:
            return LocalizedText(
                it: "Sistema regionale di rilevazione incidenti/eventi",
                en: "Regional incident and event reporting system")
        case .adHocSurvey: return LocalizedText(it: "Rilevazione ad hoc", en: "Ad hoc survey")
        case .register: return LocalizedText(it: "Registro", en: "Register")
        case .dischargeLetter: return LocalizedText(it: "Lettera di dimissione", en: "Discharge letter")
        }
    }
}
