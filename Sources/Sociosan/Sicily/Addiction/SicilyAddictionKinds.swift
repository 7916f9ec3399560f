/// One Sicilian addiction service of §6.4 as data: its type row and staffing standard, the
/// settings it may take, its capacity ceiling or module size, its per-room limit, opening,
/// longest programme and the attested requirements of its own. ``SicilyAddictionRules`` turns
/// it into the kind's rules; ``SicilyAddictionKinds`` lists the six.
///
/// ```swift
/// SicilyAddictionKinds.reception.programme.maximum  // 90 (days, L1734)
/// ```
public struct SicilyAddictionService: Sendable {
    /// A bedroom limit: `beds` per room, in band (b) only unless `always` (L1539, L2008-L2009, L2075).
    public struct RoomLimit: Sendable {
        let beds: Int
        let always: Bool
        let lines: ClosedRange<Int>
        let title: LocalizedText
        let decision: String?
    }

    /// The longest programme the seed admits, in days or months.
    public struct ProgrammeLimit: Sendable {
        public enum Unit: Sendable { case days, months }
        public let maximum: Int
        public let unit: Unit
        let lines: ClosedRange<Int>
        /// "Di norma": the text allows exceptions, so the finding is a warning.
        let normally: Bool
        let decision: String?

        var severity: Severity { normally ? .warning : .error }
    }

    public let type: StructureType
    public let standard: StaffingStandard
    let title: LocalizedText
    let settings: Set<SicilyAddictionSection.Setting>
    let settingLines: ClosedRange<Int>
    let maximumPlaces: (places: Int, lines: ClosedRange<Int>, decision: String?)?
    let moduleSize: Int
    let moduleLines: ClosedRange<Int>
    let moduleDecision: String?
    let ageBands: Bool
    let roomLimit: RoomLimit?
    /// Whether the service can exceed 8 places, where band (b) binds (reception cannot, L1768-L1769).
    let hasBandB: Bool
    let opening: (days: Int, hours: Int, lines: ClosedRange<Int>)?
    public let programme: ProgrammeLimit
    let attested: [SicilyStructureKit.Attested]

    var attestationAreas: [AttestationArea] {
        SicilyStructureKit.attestationAreas(type, areas: ["structure", "organisation", "admission", "body"], attested)
    }

    /// The registered kind.
    public var kind: StructureKind {
        StructureKind(
            type: type, title: title,
            summary: "\(type.label.italian): the accreditation dossier of a Sicilian private addiction service (D.A. 17/2014, §6.4). "
                + "Source: seed \(type.citation). This schema checks structure and domains; the accreditation rules are checked by `sociosan validate`.",
            sections: [.section(SicilyAddictionSection.self)], attestationAreas: attestationAreas, rules: rules)
    }

    public var rules: [Rule<StructureDossier>] { SicilyAddictionRules.rules(self) }
}

/// The six addiction services of §6.4 (L1712-L2134), their type rows and kinds, registered as
/// one expression in ``StructureKinds/all``.
///
/// ```swift
/// SicilyAddictionKinds.all.map(\.kind.rawValue)
/// // ["sicily.addiction.reception", "sicily.addiction.day", ...]
/// ```
public enum SicilyAddictionKinds {
    typealias Attested = SicilyStructureKit.Attested
    typealias Service = SicilyAddictionService

    static func row(_ name: String, it: String, en: String, lines: ClosedRange<Int>, standard: StaffingStandard) -> StructureType {
        StructureType(
            code: "sicily.addiction.\(name)", kind: DossierKind(rawValue: "sicily.addiction.\(name)"), label: LocalizedText(it: it, en: en),
            region: .sicilia, citation: Citation(.structuresSicily, lines: lines), staffingStandardID: standard.id,
            ruleIDPrefix: "sicily.addiction.\(name)", capacityUnit: .places)
    }

    static let bandModules = "AD-05: band (c) \"con capacità ricettiva superiore a trenta posti, devono essere organizzate con moduli aventi le caratteristiche di cui alla precedente lettera b\" (L1592-L1594): each module holds at most 30 places and the modules add up to the places. Modules declared below 31 places are held to the same arithmetic."
    static let bandRooms = Service.RoomLimit(
        beds: 2, always: false, lines: 1539...1546,
        title: LocalizedText(it: "Oltre 8 posti, camere con un massimo di due posti", en: "Over 8 places, bedrooms of at most two places"),
        decision: "AD-04: \"con un massimo di due posti\" (L1539); the three-bed room of 20 m² was \"ammissibile solo per i prossimi tre anni\" (L1546) from the 2014 decree, a period that has run out: a third bed is a finding (digest ambiguity 15).")

    static let assessed = SicilyAddictionRules.commonAttested + [SicilyAddictionRules.assessedAccess]

    /// 1. Reception (L1721-L1787): day and/or residential, at most 8 beds, stays of at most 90 days.
    public static let reception: SicilyAddictionService = Service(
        type: row("reception", it: "Servizio di accoglienza per persone dipendenti da sostanze d'abuso",
                  en: "Reception service for people dependent on substances of abuse", lines: 1721...1787,
                  standard: SicilyStaffingStandards.addictionReception),
        standard: SicilyStaffingStandards.addictionReception,
        title: LocalizedText(it: "Servizio di accoglienza (dipendenze), Regione Siciliana", en: "Addiction reception service, Sicily"),
        settings: [.residential, .semiResidential], settingLines: 1731...1732,
        maximumPlaces: (8, 1768...1769, "AD-12: the staffing is written for \"un alloggio di emergenza abitativa non superiore ad otto posti letto\" (L1768-L1769) and the standard admits 1 to 8; a day reception has no table of its own, so 8 binds both settings."),
        moduleSize: SicilyAddictionRules.bandModuleSize, moduleLines: 1592...1594, moduleDecision: bandModules, ageBands: false, roomLimit: nil, hasBandB: false,
        opening: (7, 24, 1742...1744),
        programme: .init(maximum: 90, unit: .days, lines: 1733...1734, normally: false,
                         decision: "AD-13: \"permanenza complessiva dell'utente non superiore a 90 giorni\": the longest stay the service's programme admits, in days."),
        attested: SicilyAddictionRules.commonAttested + [
            Attested("admission", "immediate-access", 1727...1729,
                     it: "Accoglienza non selezionata e ingresso immediato, anche di utenti in trattamento farmacologico",
                     en: "Unselected reception and immediate entry, users on medication included"),
            Attested("admission", "asp-access-rules", 2139...2141,
                     it: "Accesso secondo le modalità indicate dall'ASP, nel rispetto della pronta accoglienza",
                     en: "Access on the terms the ASP sets, keeping reception prompt"),
            Attested("admission", "sert-48h", 1730...1732,
                     it: "In regime residenziale, ingresso comunicato entro 48 ore al SerT di competenza",
                     en: "In a residential setting, entry notified to the competent SerT within 48 hours",
                     applies: { $0.sections[SicilyAddictionSection.self]?.setting == .residential }),
        ])


    /// 2a. Semi-residential therapeutic-rehabilitative service (L1795-L1852): at least 5 days of 8 hours, at most 24 months.
    public static let day: SicilyAddictionService = Service(
        type: row("day", it: "Servizio semiresidenziale terapeutico-riabilitativo per persone dipendenti da sostanze d'abuso",
                  en: "Semi-residential therapeutic-rehabilitation service for people dependent on substances of abuse", lines: 1788...1919,
                  standard: SicilyStaffingStandards.addictionDay),
        standard: SicilyStaffingStandards.addictionDay,
        title: LocalizedText(it: "Servizio semiresidenziale terapeutico-riabilitativo (dipendenze), Regione Siciliana",
                             en: "Addiction day therapeutic-rehabilitation service, Sicily"),
        settings: [.semiResidential], settingLines: 1795...1795,
        maximumPlaces: nil, moduleSize: SicilyAddictionRules.bandModuleSize, moduleLines: 1592...1594, moduleDecision: bandModules, ageBands: false,
        roomLimit: nil, hasBandB: true, opening: (5, 8, 1801...1804),
        programme: .init(maximum: 24, unit: .months, lines: 1799...1800, normally: false, decision: nil),
        attested: assessed)

    /// 2b. Residential therapeutic-rehabilitative service (L1853-L1910): 7 days around the clock, normally at most 24 months.
    public static let residential: SicilyAddictionService = Service(
        type: row("residential", it: "Servizio residenziale terapeutico-riabilitativo per persone dipendenti da sostanze d'abuso",
                  en: "Residential therapeutic-rehabilitation service for people dependent on substances of abuse", lines: 1788...1919,
                  standard: SicilyStaffingStandards.addictionResidential),
        standard: SicilyStaffingStandards.addictionResidential,
        title: LocalizedText(it: "Servizio residenziale terapeutico-riabilitativo (dipendenze), Regione Siciliana",
                             en: "Addiction residential therapeutic-rehabilitation service, Sicily"),
        settings: [.residential], settingLines: 1853...1853,
        maximumPlaces: nil, moduleSize: SicilyAddictionRules.bandModuleSize, moduleLines: 1592...1594, moduleDecision: bandModules, ageBands: false,
        roomLimit: bandRooms, hasBandB: true, opening: (7, 24, 1859...1862),
        programme: .init(maximum: 24, unit: .months, lines: 1857...1858, normally: true,
                         decision: "AD-14: \"di norma non superiore a 24 mesi\": a longer programme is a warning, the text admitting exceptions."),
        attested: assessed)

    /// 3. Pedagogic-rehabilitative service (L1920-L1980): residential or day, programmes of at most 30 months.
    public static let pedagogic: SicilyAddictionService = Service(
        type: row("pedagogic", it: "Servizio pedagogico-riabilitativo per persone dipendenti da sostanze d'abuso",
                  en: "Pedagogic-rehabilitation service for people dependent on substances of abuse", lines: 1920...1980,
                  standard: SicilyStaffingStandards.addictionPedagogic),
        standard: SicilyStaffingStandards.addictionPedagogic,
        title: LocalizedText(it: "Servizio pedagogico-riabilitativo (dipendenze), Regione Siciliana", en: "Addiction pedagogic-rehabilitation service, Sicily"),
        settings: [.residential, .semiResidential], settingLines: 1972...1972,
        maximumPlaces: nil, moduleSize: SicilyAddictionRules.bandModuleSize, moduleLines: 1592...1594, moduleDecision: bandModules, ageBands: false,
        roomLimit: bandRooms, hasBandB: true, opening: nil,
        programme: .init(maximum: 30, unit: .months, lines: 1927...1929, normally: false,
                         decision: "AD-15: the seed gives the pedagogic service no opening days or hours (digest ambiguity 19): no opening rule; the 30 months bind."),
        attested: assessed + [
            Attested("admission", "no-substances", 1923...1926,
                     it: "Accoglienza di pazienti che non assumono sostanze né trattamenti farmacologici sostitutivi",
                     en: "Users take no substances and no substitution therapy"),
        ])

    /// 4a. Specialist residential service for psychiatric comorbidity (L1990-L2055): normally at most 12 beds, rooms of 2.
    public static let comorbidity: SicilyAddictionService = Service(
        type: row("comorbidity", it: "Servizio specialistico residenziale di comorbilità psichiatrica",
                  en: "Specialist residential service for psychiatric comorbidity", lines: 1981...2055,
                  standard: SicilyStaffingStandards.addictionComorbidity),
        standard: SicilyStaffingStandards.addictionComorbidity,
        title: LocalizedText(it: "Servizio specialistico di comorbilità psichiatrica (dipendenze), Regione Siciliana",
                             en: "Addiction specialist service for psychiatric comorbidity, Sicily"),
        settings: [.residential], settingLines: 1990...1990,
        maximumPlaces: (12, 2006...2006, "AD-16: \"non può avere di norma una capacità ricettiva superiore a 12 posti letto\": an error, not a warning, because the staffing standard is written for at most 12 and has no table above."),
        moduleSize: SicilyAddictionRules.bandModuleSize, moduleLines: 1592...1594, moduleDecision: bandModules, ageBands: false,
        roomLimit: .init(beds: 2, always: true, lines: 2008...2009,
                         title: LocalizedText(it: "Camere da letto con non più di 2 posti", en: "Bedrooms of at most 2 places"), decision: nil),
        hasBandB: true, opening: (7, 24, 2006...2007),
        programme: .init(maximum: 24, unit: .months, lines: 2005...2005, normally: true, decision: nil),
        attested: assessed + [
            Attested("admission", "comorbidity-criteria", 1990...1995,
                     it: "Utenti con diagnosi di disturbo psichiatrico, esclusi quelli con diagnosi grave incompatibile",
                     en: "Users with a psychiatric diagnosis, those with a severe incompatible diagnosis excluded"),
        ])

    /// 4b. Residential therapeutic-rehabilitative service for people with alcohol dependence
    /// (L2056-L2134): 15 places or modules of 15 by age band, rooms of at most 4 beds, normally 12 months.
    public static let alcohol: SicilyAddictionService = Service(
        type: row("alcohol", it: "Servizio residenziale terapeutico-riabilitativo per alcolisti",
                  en: "Residential therapeutic-rehabilitation service for people with alcohol dependence", lines: 2056...2134,
                  standard: SicilyStaffingStandards.addictionAlcohol),
        standard: SicilyStaffingStandards.addictionAlcohol,
        title: LocalizedText(it: "Servizio residenziale per alcolisti, Regione Siciliana", en: "Residential alcohol-dependence service, Sicily"),
        settings: [.residential], settingLines: 2056...2058,
        maximumPlaces: nil, moduleSize: 15, moduleLines: 2073...2076,
        moduleDecision: "AD-17: \"capacità ricettiva non superiore a 15 posti o moduli da 15 posti\" (L2073): over 15 places the service is organised in modules of at most 15 that add up to its places (16 places in one module fail).",
        ageBands: true,
        roomLimit: .init(beds: 4, always: true, lines: 2073...2076,
                         title: LocalizedText(it: "Camere da letto con non più di 4 posti letto", en: "Bedrooms of at most 4 beds"),
                         decision: "AD-04: the alcohol service's own \"non più di 4 posti letto\" (L2075) prevails over band (b)'s two (L1539), being the later and special rule (digest ambiguity 15)."),
        hasBandB: true, opening: (7, 24, 2082...2085),
        programme: .init(maximum: 12, unit: .months, lines: 2080...2081, normally: true, decision: nil),
        attested: assessed + [
            Attested("admission", "family-involvement", 2056...2061,
                     it: "Interventi personalizzati con il coinvolgimento del nucleo familiare degli utenti",
                     en: "Personalised interventions involving the users' families"),
        ])

    /// The six services, in the seed's order.
    public static let services: [SicilyAddictionService] = [reception, day, residential, pedagogic, comorbidity, alcohol]
    /// Their type rows, for ``StructureType/all``.
    public static let types: [StructureType] = services.map(\.type)
    /// Their kinds, for ``StructureKinds/all``.
    public static let all: [StructureKind] = services.map(\.kind)
}
