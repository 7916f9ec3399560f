/// Reference data of the Emilia-Romagna Ser.T <-> therapeutic community project (seed 000,
/// SistER SERT / SistER CT): the services per territory, the pilot communities, the project's
/// participants, the professions of the focus groups and the two platforms. Constants with
/// citations, not dossiers.
///
/// ```swift
/// ERAddictionServices.rows.map(\.regionalSerT).reduce(0, +)  // 48
/// ERAddictionServices.printedTotals.involvedSerTPercent      // 69
/// ```
public enum ERAddictionServices {
    /// The 11 rows of "I Ser.T e le Comunità terapeutiche RER" (L43-L96), in the seed's order.
    /// A "-" in the involved columns is 0 with `involved == false`.
    public static let rows: [ERAddictionTerritoryRow] = [
        .init(.bologna, 12, 10, involved: (12, 1), pilots: [.rupeFresatore], lines: 56...56),
        .init(.cesena, 1, 6, involved: (1, 6), lines: 58...58),
        .init(.ferrara, 5, 6, involved: (5, 1), pilots: [.ilPonte], lines: 60...60),
        .init(.forli, 1, 3, involved: nil, lines: 62...62),
        .init(.imola, 1, 2, involved: (1, 2), lines: 64...64),
        .init(.modena, 7, 7, involved: nil, lines: 66...66),
        .init(.parma, 6, 5, involved: (6, 5), lines: 68...68),
        .init(.piacenza, 3, 4, involved: nil, lines: 70...70),
        .init(.ravenna, 4, 8, involved: nil, lines: 72...72),
        .init(.reggioEmilia, 7, 8, involved: (7, 8), pilots: [.bellarosa], lines: 74...77),
        // The Rimini row is interleaved with the totals in the text (L79-L90): 1, 6, 1, 6.
        .init(.rimini, 1, 6, involved: (1, 6), pilots: [.vallecchio, .santAndrea], lines: 79...94),
    ]

    /// The totals row exactly as printed: "48", "65", "33 (69%)", "29 (45%)" (L80-L90).
    public static let printedTotals = ERAddictionServiceTotals(
        regionalSerT: 48, regionalCT: 65, involvedSerT: 33, involvedSerTPercent: 69, involvedCT: 29, involvedCTPercent: 45,
        citation: Citation(.addictionExchangeER, lines: 80...90))

    /// The source the slide names for the counts (L96).
    public static let source = "http://salute.regione.emilia-romagna.it/dipendenze/servizi/i-sert-le-strutture-residenziali-semiresidenziali"

    /// The row of a territory.
    public static func row(_ territory: ERAddictionTerritory) -> ERAddictionTerritoryRow {
        rows.first { $0.territory == territory }!
    }

    /// `part` of `whole` as a whole percentage, rounded half up (33 of 48 is 68.75 %, printed 69 %).
    public static func percent(_ part: Int, of whole: Int) -> Int { whole == 0 ? 0 : (part * 200 + whole) / (whole * 2) }
}

/// The printed totals of the services table (L80-L90).
public struct ERAddictionServiceTotals: Sendable, Hashable {
    public let regionalSerT: Int
    public let regionalCT: Int
    public let involvedSerT: Int
    public let involvedSerTPercent: Int
    public let involvedCT: Int
    public let involvedCTPercent: Int
    public let citation: Citation
}

/// One territory's Ser.T and CT, in the Region and in the project (seed 000 L56-L94).
public struct ERAddictionTerritoryRow: Sendable, Hashable {
    public let territory: ERAddictionTerritory
    public let regionalSerT: Int
    public let regionalCT: Int
    /// `false` where the slide prints "-" (Forlì, Modena, Piacenza, Ravenna).
    public let involved: Bool
    public let involvedSerT: Int
    public let involvedCT: Int
    /// The "CT sperimentatrici" of the territory.
    public let pilotCommunities: [ERPilotCommunity]
    public let citation: Citation

    init(_ territory: ERAddictionTerritory, _ serT: Int, _ ct: Int, involved: (Int, Int)?, pilots: [ERPilotCommunity] = [],
         lines: ClosedRange<Int>) {
        self.territory = territory
        self.regionalSerT = serT
        self.regionalCT = ct
        self.involved = involved != nil
        self.involvedSerT = involved?.0 ?? 0
        self.involvedCT = involved?.1 ?? 0
        self.pilotCommunities = pilots
        self.citation = Citation(.addictionExchangeER, lines: lines)
    }
}

/// The 11 territories of the table (L56-L79): the Aziende USL of the time, not the 9 provinces
/// (Forlì, Cesena and Imola are rows of their own).
public enum ERAddictionTerritory: String, Sendable, Hashable, CaseIterable, TableCoded {
    case bologna, cesena, ferrara, forli, imola, modena, parma, piacenza, ravenna
    case reggioEmilia = "reggio-emilia"
    case rimini
    public static let codeTable = CodeTable<Self>()

    /// The label as printed (L56-L79).
    public var printedLabel: String {
        switch self {
        case .bologna: "BOLOGNA"
        case .cesena: "CESENA"
        case .ferrara: "FERRARA"
        case .forli: "FORLÌ"
        case .imola: "IMOLA"
        case .modena: "MODENA"
        case .parma: "PARMA"
        case .piacenza: "PIACENZA"
        case .ravenna: "RAVENNA"
        case .reggioEmilia: "REGGIO EMILIA"
        case .rimini: "RIMINI"
        }
    }
}

/// A legal form read from a managing entity's name (digest A.3.5, inferred from the names).
public enum ERLegalForm: String, Sendable, Hashable, CaseIterable {
    case socialCooperative = "social-cooperative"
    case limitedLiabilityCooperative = "limited-liability-cooperative"
    case onlus
    case association
}

/// One of the five "CT sperimentatrici" (L52, L56-L94), exactly as printed.
public struct ERPilotCommunity: Sendable, Hashable {
    public let territory: ERAddictionTerritory
    public let managingEntity: String
    public let structure: String
    public let legalForms: Set<ERLegalForm>
    public let citation: Citation

    public static let rupeFresatore = ERPilotCommunity(
        territory: .bologna, managingEntity: "Open Group soc.coop.sociale", structure: "Rupe Fresatore",
        legalForms: [.socialCooperative], citation: Citation(.addictionExchangeER, line: 56))
    public static let ilPonte = ERPilotCommunity(
        territory: .ferrara, managingEntity: "Cooperativa sociale Il Ponte servizi", structure: "Il Ponte",
        legalForms: [.socialCooperative], citation: Citation(.addictionExchangeER, line: 60))
    public static let bellarosa = ERPilotCommunity(
        territory: .reggioEmilia, managingEntity: "Centro di Solidarietà di Reggio Emilia onlus",
        structure: "Comunità terapeutica Bellarosa", legalForms: [.association, .onlus],
        citation: Citation(.addictionExchangeER, lines: 75...77))
    public static let vallecchio = ERPilotCommunity(
        territory: .rimini, managingEntity: "Cooperativa sociale Cento Fiori onlus", structure: "Comunità Vallecchio",
        legalForms: [.socialCooperative, .onlus], citation: Citation(.addictionExchangeER, line: 92))
    public static let santAndrea = ERPilotCommunity(
        territory: .rimini, managingEntity: "Cooperativa sociale a.r.l. Comunità Papa Giovanni XXIII onlus",
        structure: "Comunità terapeutica S.Andrea", legalForms: [.socialCooperative, .limitedLiabilityCooperative, .onlus],
        citation: Citation(.addictionExchangeER, lines: 93...94))

    /// The five, in the seed's order.
    public static let all: [ERPilotCommunity] = [rupeFresatore, ilPonte, bellarosa, vallecchio, santAndrea]
}

/// The roles in the project (L6-L20).
public enum ERAddictionProjectRole: String, Sendable, Hashable, CaseIterable {
    /// "Azienda capofila" (L6).
    case lead
    /// "Partner" (L9).
    case partner
    /// "Consulenza tecnica" (L16).
    case technicalConsultancy = "technical-consultancy"
    /// "Project Manager" (L19): an organisation (Cup 2000), not a person.
    case projectManager = "project-manager"

    public var label: LocalizedText {
        switch self {
        case .lead: LocalizedText(it: "Azienda capofila", en: "lead organisation")
        case .partner: LocalizedText(it: "Partner", en: "partner")
        case .technicalConsultancy: LocalizedText(it: "Consulenza tecnica", en: "technical consultancy")
        case .projectManager: LocalizedText(it: "Project Manager", en: "project manager")
        }
    }
}

/// The kinds of unit a participant takes part through (L7-L17).
public enum ERAddictionUnitKind: String, Sendable, Hashable, CaseIterable {
    /// "U.O. Ser.T".
    case serT = "sert"
    /// "Osservatorio Dipendenze Patologiche".
    case addictionObservatory = "addiction-observatory"
}

/// One organisation of the project, its role, its units and its staff as printed (initials and
/// surname: the slide's own public credits, not patients).
public struct ERAddictionProjectParticipant: Sendable, Hashable {
    public let organisation: String
    public let role: ERAddictionProjectRole
    public let units: Set<ERAddictionUnitKind>
    public let people: [String]
    public let citation: Citation

    init(_ organisation: String, _ role: ERAddictionProjectRole, _ units: Set<ERAddictionUnitKind>, _ people: [String], line: Int) {
        self.organisation = organisation
        self.role = role
        self.units = units
        self.people = people
        self.citation = Citation(.addictionExchangeER, line: line)
    }

    /// The eight participants in the seed's order (L6-L20).
    public static let all: [ERAddictionProjectParticipant] = [
        .init("Azienda Usl di Ferrara", .lead, [.serT, .addictionObservatory], ["L. Garofani", "C. Sorio"], line: 7),
        .init("Azienda Usl di Rimini", .partner, [.serT, .addictionObservatory], ["D. Casalboni", "M.S. Salaris"], line: 10),
        .init("Azienda Usl di Parma", .partner, [.serT, .addictionObservatory], ["P. Volta", "B. Cantarelli", "L. Tadonio"], line: 11),
        .init("Azienda Usl di Cesena", .partner, [.serT, .addictionObservatory], ["M. Sanza", "M. Teodorani"], line: 12),
        .init("Azienda Usl di Bologna", .partner, [.serT, .addictionObservatory], ["G. Cervino", "R. Pavarin"], line: 13),
        .init("Azienda Usl di Imola", .partner, [.serT], ["S. Gardenghi"], line: 14),
        .init("Azienda Usl di Modena", .technicalConsultancy, [.addictionObservatory], ["G. Morandi"], line: 17),
        .init("Cup 2000", .projectManager, [], [], line: 20),
    ]
}

/// The two platforms the data is exchanged between (L41-L42, L116-L117).
public enum ERAddictionPlatform: String, Sendable, Hashable, CaseIterable, TableCoded {
    /// SistER SERT, the Ser.T's platform.
    case sisterSerT = "sister-sert"
    /// SistER CT, the communities' platform; its server is centralised on the regional node (L216-L218).
    case sisterCT = "sister-ct"
    public static let codeTable = CodeTable<Self>()

    /// The platform's name as the slide writes it ("SistER SERT", "SistER CT", L116-L117).
    public var label: String {
        switch self {
        case .sisterSerT: "SistER SERT"
        case .sisterCT: "SistER CT"
        }
    }

    public var citation: Citation {
        switch self {
        case .sisterSerT: Citation(.addictionExchangeER, lines: 41...42)
        case .sisterCT: Citation(.addictionExchangeER, lines: 216...218)
        }
    }
}

/// The professions of the focus groups (rows of L279-L312): also the professional role an
/// access grant names.
public enum ERAddictionProfessionalRole: String, Sendable, Hashable, CaseIterable, TableCoded {
    case unitDirector = "unit-director"
    case observatoryStaff = "observatory-staff"
    case physicianPsychiatrist = "physician-psychiatrist"
    case psychologistPsychotherapist = "psychologist-psychotherapist"
    case socialWorker = "social-worker"
    case educator
    case nurse
    case trainee
    /// "Operatori* CT": physicians, nurses, psychologists, educators, not broken down (L312, L318).
    case ctOperator = "ct-operator"
    public static let codeTable = CodeTable<Self>()

    /// The row's label as printed, and an English rendering.
    public var label: LocalizedText {
        switch self {
        case .unitDirector: LocalizedText(it: "Direttore U.O", en: "head of operating unit")
        case .observatoryStaff: LocalizedText(it: "OSSERVATORI", en: "observatory staff")
        case .physicianPsychiatrist: LocalizedText(it: "MEDICO/PSICHIATRA", en: "physician/psychiatrist")
        case .psychologistPsychotherapist: LocalizedText(it: "PSICOLOGO/A PSICOTERAPEUTA", en: "psychologist/psychotherapist")
        case .socialWorker: LocalizedText(it: "ASSISTENTE SOCIALE", en: "social worker")
        case .educator: LocalizedText(it: "EDUCATORE", en: "educator")
        case .nurse: LocalizedText(it: "INFERMIERE", en: "nurse")
        case .trainee: LocalizedText(it: "TIROCINANTE", en: "trainee")
        case .ctOperator: LocalizedText(it: "Operatori CT", en: "CT operators")
        }
    }

    /// The first line of the row in the participants table.
    public var line: Int {
        switch self {
        case .unitDirector: 281
        case .observatoryStaff: 283
        case .physicianPsychiatrist: 285
        case .psychologistPsychotherapist: 292
        case .socialWorker: 299
        case .educator: 306
        case .nurse: 308
        case .trainee: 310
        case .ctOperator: 312
        }
    }

    /// The Ser.T professions: every row but the CT operators.
    public var isSerTProfession: Bool { self != .ctOperator }
}

/// "Persone coinvolto nei Focus distinte per professione e area territoriale di appartenenza"
/// (L265-L318): the cells as printed (blank cells lost in the text), and the one full table
/// that agrees with every printed column and row total (reconstructed: digest A.5.2).
///
/// ```swift
/// ERAddictionFocusGroups.total  // 86
/// ```
public enum ERAddictionFocusGroups {
    /// The columns (L269-L276).
    public enum Area: String, Sendable, Hashable, CaseIterable {
        case ferrara, parma, bologna
        /// "AREA VASTA": not defined by the seed.
        case areaVasta = "area-vasta"
        case reggioEmilia = "reggio-emilia"
    }

    /// The cells of each profession's row exactly as printed, "-" as `nil`, then the row total.
    public static let printed: [(role: ERAddictionProfessionalRole, cells: [Int?], total: Int)] = [
        (.unitDirector, [1, nil, nil, nil], 1),
        (.observatoryStaff, [1, 2, nil, 1], 4),
        (.physicianPsychiatrist, [2, 1, 3, 1, 1], 8),
        (.psychologistPsychotherapist, [4, 2, 5, 1, 2], 14),
        (.socialWorker, [2, 1, 3, 1, 1], 8),
        (.educator, [1, 1, 5, 1, 1], 9),
        (.nurse, [nil, 1, 1], 2),
        (.trainee, [1, 1, 1, nil], 3),
        (.ctOperator, [10, 8, 10, 5, 4], 37),
    ]

    /// "OPERATORI Ser.T 12 8 16 7 6 49" (L279).
    public static let printedSerTOperators = [12, 8, 16, 7, 6]
    /// "TOTALE PARTECIPANTI 22 16 26 12 10 86" (L314-L317).
    public static let printedTotals = [22, 16, 26, 12, 10]
    /// The grand total (L317).
    public static let total = 86
    public static let citation = Citation(.addictionExchangeER, lines: 265...318)

    /// The reconstructed table, one count per area in ``Area`` order: the only one that keeps
    /// the printed cells in order and meets the printed totals (digest A.5.2, inferred).
    public static let reconstructed: [ERAddictionProfessionalRole: [Int]] = [
        .unitDirector: [1, 0, 0, 0, 0],
        .observatoryStaff: [1, 2, 0, 1, 0],
        .physicianPsychiatrist: [2, 1, 3, 1, 1],
        .psychologistPsychotherapist: [4, 2, 5, 1, 2],
        .socialWorker: [2, 1, 3, 1, 1],
        .educator: [1, 1, 5, 1, 1],
        .nurse: [0, 0, 0, 1, 1],
        .trainee: [1, 1, 0, 1, 0],
        .ctOperator: [10, 8, 10, 5, 4],
    ]

    /// "3 incontri ... per ogni area di 10 ore complessive" and "15 incontri ... 50 ore" (L324-L326).
    public static let meetingsPerArea = 3
    public static let hoursPerArea = 10
    public static let meetings = 15
    public static let hours = 50
}
