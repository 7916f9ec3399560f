/// The 28 quality criteria of the territorial social service (SST) of Emilia-Romagna, seed 001
/// L363-L432: 16 of process, 5 of output, 7 of outcome, each with its verbatim Italian text,
/// an English rendering, its category and its scope.
///
/// The seed groups the criteria by category (L366-L369) and says they are also organised by
/// scope, "a seconda del soggetto a cui si riferiscono" (L371-L373), but it never assigns a
/// scope to a criterion: every ``SSTQualityCriterion/scope`` is our reading (users first, then
/// community, operators, organisation, in the order of the slides and the subject each names),
/// and ``SSTQualityCriterion/scopeInferred`` says so.
///
/// ```swift
/// SSTQualityCriteria.criterion(.p01)?.text.italian  // "Garantire la qualità della relazione di aiuto all’utente"
/// SSTQualityCriteria.all.filter { $0.category == .output }.count  // 5
/// ```
public enum SSTQualityCriteria {
    /// Every criterion, in the seed's order (P01...P16, O01...O05, E01...E07).
    public static let all: [SSTQualityCriterion] = [
        // "Criteri di processo (1)", L374-L391: users, community, operators.
        .init(.p01, .process, .users, 375...375, it: "Garantire la qualità della relazione di aiuto all’utente",
              en: "Ensure the quality of the helping relationship with the user"),
        .init(.p02, .process, .users, 376...378, it: "Garantire la tempestività nelle risposte operative date all’utente",
              en: "Ensure timely operational responses to the user"),
        .init(.p03, .process, .users, 379...381, it: "Garantire la qualità della gestione del piano di intervento personalizzato",
              en: "Ensure quality in managing the personalised intervention plan"),
        .init(.p04, .process, .users, 382...382, it: "Garantire la continuità nel percorso assistenziale dell'utente",
              en: "Ensure continuity of the user's care pathway"),
        .init(.p05, .process, .users, 383...385, it: "Garantire responsabilità e riferimenti certi per il cittadino e la sua famiglia",
              en: "Ensure clear responsibility and reference persons for the citizen and the family"),
        .init(.p06, .process, .community, 386...388, it: "Attivare modalità di valorizzazione del capitale sociale del territorio",
              en: "Activate ways of valuing the territory's social capital"),
        .init(.p07, .process, .community, 389...389, it: "processi di ascolto del territorio",
              en: "Processes for listening to the territory"),
        .init(.p08, .process, .operators, 390...390, it: "Formazione continua degli operatori",
              en: "Continuing training of operators"),
        .init(.p09, .process, .operators, 391...391, it: "Garantire agli operatori la possibilità di confronto",
              en: "Ensure operators can discuss and compare their practice"),
        // "Criteri di processo (2)", L392-L405: the organisation.
        .init(.p10, .process, .organisation, 393...393, it: "Rendere esplicita una mission/vision formale",
              en: "Make a formal mission/vision explicit"),
        .init(.p11, .process, .organisation, 394...394, it: "Garantire l’equità del sistema", en: "Ensure the fairness of the system"),
        .init(.p12, .process, .organisation, 395...397, it: "Garantire un’adeguata organizzazione e programmazione del servizio",
              en: "Ensure adequate organisation and planning of the service"),
        .init(.p13, .process, .organisation, 398...398, it: "Attivazione di processi di miglioramento del servizio",
              en: "Start service-improvement processes"),
        .init(.p14, .process, .organisation, 399...401, it: "Garantire una efficiente gestione delle risorse finanziarie",
              en: "Ensure efficient management of financial resources"),
        .init(.p15, .process, .organisation, 402...404, it: "Capacità di attivare modalità di committenza appropriate",
              en: "Ability to use appropriate commissioning arrangements"),
        .init(.p16, .process, .organisation, 405...405, it: "Collaborare e co – progettare con i nodi della rete",
              en: "Collaborate and co-design with the nodes of the network"),
        // "Criteri di output", L406-L414.
        .init(.o01, .output, .users, 408...408, it: "Erogazione delle prestazioni", en: "Delivery of services"),
        .init(.o02, .output, .community, 409...409, it: "Sostegno alle reti sociali", en: "Support to social networks"),
        .init(.o03, .output, .community, 410...410, it: "Attività di prevenzione", en: "Prevention activities"),
        .init(.o04, .output, .organisation, 411...411, it: "Attività di committenza", en: "Commissioning activities"),
        .init(.o05, .output, .organisation, 412...414, it: "Rendicontazione agli amministratori sull’utilizzo delle risorse per la comunità",
              en: "Reporting to administrators on the use of resources for the community"),
        // "Criteri di outcome", L415-L432.
        .init(.e01, .outcome, .users, 416...418, it: "Miglioramento delle condizioni di vita degli utenti che si rivolgono al SST",
              en: "Better living conditions for the users who turn to the SST"),
        .init(.e02, .outcome, .users, 419...421, it: "Mitigazione degli effetti delle condizioni di disagio sulla qualità della vita degli utenti",
              en: "Lessening the effect of hardship on the users' quality of life"),
        .init(.e03, .outcome, .users, 422...424, it: "Aumento dell’empowerment degli utenti che si rivolgono al SST",
              en: "More empowerment of the users who turn to the SST"),
        .init(.e04, .outcome, .users, 425...427, it: "Aumento dell’empowerment delle famiglie che si rivolgono al SST",
              en: "More empowerment of the families who turn to the SST"),
        .init(.e05, .outcome, .community, 428...428, it: "Aumento del capitale sociale della comunità locale",
              en: "More social capital in the local community"),
        // "a parte di" is the seed's text (for "da parte di"); kept verbatim.
        .init(.e06, .outcome, .community, 429...431, it: "Acquisizione di risorse aggiuntive a parte di soggetti della comunità locale",
              en: "Additional resources obtained from actors of the local community"),
        .init(.e07, .outcome, .organisation, 432...432, it: "Miglioramento della qualità dei fornitori", en: "Better quality of suppliers"),
    ]

    /// The criterion with this identifier.
    public static func criterion(_ id: SSTCriterionID) -> SSTQualityCriterion? { all.first { $0.id == id } }

    /// The number of criteria of a category: 16 process, 5 output, 7 outcome (L374-L432).
    public static func count(of category: SSTCriterionCategory) -> Int { all.filter { $0.category == category }.count }
}

/// One quality criterion of the SST profile (seed 001 L374-L432).
public struct SSTQualityCriterion: Sendable, Hashable, Identifiable {
    public let id: SSTCriterionID
    public let category: SSTCriterionCategory
    /// The subject the criterion refers to; the seed names the four scopes (L371-L373) but
    /// assigns none, so this is always our reading (``scopeInferred``).
    public let scope: SSTCriterionScope
    /// `true`: the scope is not stated by the seed.
    public let scopeInferred: Bool
    /// The seed's Italian text, verbatim (its lines joined by one space, its typographic
    /// apostrophes kept), and an English rendering.
    public let text: LocalizedText
    public let citation: Citation

    init(_ id: SSTCriterionID, _ category: SSTCriterionCategory, _ scope: SSTCriterionScope, _ lines: ClosedRange<Int>,
         it: String, en: String) {
        self.id = id
        self.category = category
        self.scope = scope
        self.scopeInferred = true
        self.text = LocalizedText(it: it, en: en)
        self.citation = Citation(.territorialSocialServiceER, lines: lines)
    }
}

/// The identifier of a criterion: P (process), O (output), E (outcome, *esito*) and its rank.
/// The identifiers are ours; the seed numbers nothing.
public enum SSTCriterionID: String, Sendable, Hashable, CaseIterable, Comparable {
    case p01 = "P01", p02 = "P02", p03 = "P03", p04 = "P04", p05 = "P05", p06 = "P06", p07 = "P07", p08 = "P08"
    case p09 = "P09", p10 = "P10", p11 = "P11", p12 = "P12", p13 = "P13", p14 = "P14", p15 = "P15", p16 = "P16"
    case o01 = "O01", o02 = "O02", o03 = "O03", o04 = "O04", o05 = "O05"
    case e01 = "E01", e02 = "E02", e03 = "E03", e04 = "E04", e05 = "E05", e06 = "E06", e07 = "E07"

    /// The catalogue's order.
    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The three categories of criteria (seed 001 L366-L369).
public enum SSTCriterionCategory: String, Sendable, Hashable, CaseIterable {
    /// "Processo: le modalità di organizzazione del lavoro" (L367).
    case process
    /// "Output: l'insieme di attività e prestazioni erogate" (L368).
    case output
    /// "Outcome: i risultati ottenuti" (L369).
    case outcome

    public var label: LocalizedText {
        switch self {
        case .process: LocalizedText(it: "processo", en: "process")
        case .output: LocalizedText(it: "output", en: "output")
        case .outcome: LocalizedText(it: "outcome", en: "outcome")
        }
    }
}

/// The four scopes, by the subject a criterion refers to (seed 001 L371-L373).
public enum SSTCriterionScope: String, Sendable, Hashable, CaseIterable {
    case users, community, operators, organisation

    public var label: LocalizedText {
        switch self {
        case .users: LocalizedText(it: "utenti", en: "users")
        case .community: LocalizedText(it: "comunità", en: "community")
        case .operators: LocalizedText(it: "operatori", en: "operators")
        case .organisation: LocalizedText(it: "organizzazione", en: "organisation")
        }
    }
}

/// Where a criterion stands: the four quadrants of importance by implementation (seed 001
/// L438-L463), and the rule that places a criterion in one.
///
/// ```swift
/// SSTQuadrant(importanceHigh: true, implementationHigh: false)  // .invest ("INVESTIRE")
/// ```
public enum SSTQuadrant: String, Sendable, Hashable, CaseIterable {
    /// "INVESTIRE": molto importante, poco attuato (L441-L446).
    case invest
    /// "CONSOLIDARE": molto importante, molto attuato (L441, L448-L451).
    case consolidate
    /// "CONTROLLARE": poco importante, poco attuato (L453-L458).
    case check
    /// "MANTENERE": poco importante, molto attuato (L453, L460-L463).
    case maintain

    /// The truth table of L441-L463.
    public init(importanceHigh: Bool, implementationHigh: Bool) {
        switch (importanceHigh, implementationHigh) {
        case (true, false): self = .invest
        case (true, true): self = .consolidate
        case (false, false): self = .check
        case (false, true): self = .maintain
        }
    }

    public var isImportanceHigh: Bool { self == .invest || self == .consolidate }
    public var isImplementationHigh: Bool { self == .consolidate || self == .maintain }

    /// The seed's label (upper case on the chart) and an English one.
    public var label: LocalizedText {
        switch self {
        case .invest: LocalizedText(it: "Investire", en: "Invest")
        case .consolidate: LocalizedText(it: "Consolidare", en: "Consolidate")
        case .check: LocalizedText(it: "Controllare", en: "Check")
        case .maintain: LocalizedText(it: "Mantenere", en: "Maintain")
        }
    }

    /// The two words under the label on the chart ("Molto importante/Poco attuato").
    public var reading: LocalizedText {
        switch self {
        case .invest: LocalizedText(it: "molto importante, poco attuato", en: "very important, little implemented")
        case .consolidate: LocalizedText(it: "molto importante, molto attuato", en: "very important, well implemented")
        case .check: LocalizedText(it: "poco importante, poco attuato", en: "less important, little implemented")
        case .maintain: LocalizedText(it: "poco importante, molto attuato", en: "less important, well implemented")
        }
    }

    public var citation: Citation {
        switch self {
        case .invest: Citation(.territorialSocialServiceER, lines: 441...446)
        case .consolidate: Citation(.territorialSocialServiceER, lines: 441...451)
        case .check: Citation(.territorialSocialServiceER, lines: 453...458)
        case .maintain: Citation(.territorialSocialServiceER, lines: 453...463)
        }
    }
}

extension SSTCriterionID: TableCoded { public static let codeTable = CodeTable<SSTCriterionID>() }
extension SSTCriterionCategory: TableCoded { public static let codeTable = CodeTable<SSTCriterionCategory>() }
extension SSTQuadrant: TableCoded { public static let codeTable = CodeTable<SSTQuadrant>() }
