/// A figure as seed 003 prints it: the words, the value when there is one, and how precise it is
/// ("circa un terzo" is not 33.3 %).
///
/// ```swift
/// let third = ImplementalSeedFigure(it: "circa un terzo", en: "about a third", percent: 33, precision: .approximate)
/// third.precision.label.english   // "approximate"
/// ```
public struct ImplementalSeedFigure: Sendable, Hashable {
    public let text: LocalizedText
    /// The value in the indicator's unit (a percentage for a share), when the words give one.
    public let value: Double?
    public let precision: Precision

    public init(it: String, en: String, percent value: Double? = nil, precision: Precision) {
        self.text = LocalizedText(it: it, en: en)
        self.value = value
        self.precision = precision
    }

    public enum Precision: String, Sendable, Hashable, CaseIterable {
        /// A number printed as such ("68%", "17").
        case exact
        /// Words for a fraction ("circa un terzo", "nove su dieci", "tre quarti").
        case approximate
        /// A comparison without a number ("in misura ancora minore").
        case qualitative

        public var label: LocalizedText {
            switch self {
            case .exact: LocalizedText(it: "esatto", en: "exact")
            case .approximate: LocalizedText(it: "approssimato", en: "approximate")
            case .qualitative: LocalizedText(it: "qualitativo", en: "qualitative")
            }
        }
    }
}

/// One indicator of the Lombardy pilot: the 27 of the digest's catalogue (C.8), numbered
/// LI01-LI27 (our numbering: the seed numbers none), split where one line of the seed reports
/// several shares (LI02a/LI02b...). Those the records can yield have a ``unit``: the activity
/// records, or for LI20-LI21 (``fromTeams``) the `lombardy.implemental.team` files; the others
/// (questionnaires, training, groups, communication) are listed with the seed's figure only.
///
/// ```swift
/// let li08 = ImplementalIndicatorCatalogue.indicator("LI08")!
/// li08.seedFigure.text.italian   // "68%"
/// li08.isComputable              // true
/// ```
public struct ImplementalIndicator: Sendable, Hashable, Identifiable {
    public let id: String
    public let title: LocalizedText
    /// What is counted, when the records yield it; `nil` for an indicator the records cannot give.
    public let unit: Unit?
    public let seedFigure: ImplementalSeedFigure
    public let citation: Citation
    /// Worked out from the team files (`lombardy.implemental.team`) rather than the activity
    /// records: LI20 and LI21, the operators of the EIs.
    public let fromTeams: Bool

    public init(id: String, title: LocalizedText, unit: Unit?, seedFigure: ImplementalSeedFigure, citation: Citation, fromTeams: Bool = false) {
        self.id = id
        self.title = title
        self.unit = unit
        self.seedFigure = seedFigure
        self.citation = citation
        self.fromTeams = fromTeams
    }

    public enum Unit: String, Sendable, Hashable {
        /// numerator / denominator × 100.
        case percent
        /// A count of patients or records.
        case count
        /// The median of a count per patient (LI07) or per ASST (LI20b).
        case median
    }

    public var isComputable: Bool { unit != nil }
}

/// The indicators of seed 003 (digest C.8), in catalogue order.
public enum ImplementalIndicatorCatalogue {
    static func indicator(
        _ id: String, _ unit: ImplementalIndicator.Unit?, it: String, en: String, seed: ImplementalSeedFigure, _ lines: ClosedRange<Int>,
        fromTeams: Bool = false
    ) -> ImplementalIndicator {
        ImplementalIndicator(id: id, title: LocalizedText(it: it, en: en), unit: unit, seedFigure: seed,
                             citation: Citation(.impleMentalLombardy, lines: lines), fromTeams: fromTeams)
    }

    static func exact(_ percent: Double, _ text: String) -> ImplementalSeedFigure {
        ImplementalSeedFigure(it: text, en: text, percent: percent, precision: .exact)
    }

    public static let all: [ImplementalIndicator] = [
        indicator("LI01", .count, it: "Pazienti arruolati", en: "Patients enrolled",
                  seed: ImplementalSeedFigure(it: "più della metà delle ASST ha superato il numero previsto (numero non indicato)",
                                              en: "more than half of the ASSTs exceeded the planned number (number not given)",
                                              precision: .qualitative), 477...480),
        indicator("LI02a", .percent, it: "Pazienti arruolati di 17-24 anni", en: "Enrolled patients aged 17-24",
                  seed: exact(77, "77%"), 481...482),
        indicator("LI02b", .percent, it: "Pazienti arruolati di 25-30 anni", en: "Enrolled patients aged 25-30",
                  seed: exact(18, "18%"), 481...482),
        indicator("LI03a", .percent, it: "Primo contatto nel 2023/24", en: "First contact in 2023/24", seed: exact(56, "56%"), 482...483),
        indicator("LI03b", .percent, it: "Primo contatto nel 2021/22", en: "First contact in 2021/22", seed: exact(28, "28%"), 482...483),
        indicator("LI03c", .percent, it: "Primo contatto prima del 2021", en: "First contact before 2021", seed: exact(17, "17%"), 482...483),
        indicator("LI04", .percent, it: "Pazienti di genere femminile", en: "Female patients",
                  seed: ImplementalSeedFigure(it: "nove pazienti su dieci", en: "nine patients in ten", percent: 90, precision: .approximate),
                  483...485),
        indicator("LI05a", .percent, it: "DBP come diagnosi principale", en: "BPD as principal diagnosis", seed: exact(78, "78%"), 485...487),
        indicator("LI05b", .percent, it: "DBP come diagnosi secondaria", en: "BPD as secondary diagnosis", seed: exact(2, "2%"), 486...487),
        indicator("LI05c", .percent, it: "Diagnosi diversa da DBP", en: "A diagnosis other than BPD",
                  seed: ImplementalSeedFigure(it: "un quinto dei pazienti", en: "a fifth of the patients", percent: 20, precision: .approximate),
                  487...489),
        indicator("LI06a", .count, it: "Interventi erogati", en: "Interventions delivered",
                  seed: ImplementalSeedFigure(it: "24.000", en: "24,000", percent: 24_000, precision: .exact), 494...496),
        indicator("LI06b", .count, it: "Interventi psicosociali erogati", en: "Psychosocial interventions delivered",
                  seed: ImplementalSeedFigure(it: "11.400", en: "11,400", percent: 11_400, precision: .exact), 494...496),
        indicator("LI07", .median, it: "Mediana degli interventi psicosociali per paziente nell'intero periodo",
                  en: "Median psychosocial interventions per patient over the whole period",
                  seed: ImplementalSeedFigure(it: "17", en: "17", percent: 17, precision: .exact), 499...502),
        indicator("LI08", .percent, it: "Pazienti con almeno cinque interventi psicosociali nei primi tre mesi di presa in carico",
                  en: "Patients with at least five psychosocial interventions in the first three months of care",
                  seed: exact(68, "68%"), 505...518),
        indicator("LI09", .percent, it: "Pazienti con valutazione iniziale con strumenti strutturati",
                  en: "Patients with an initial assessment with structured instruments",
                  seed: ImplementalSeedFigure(it: "circa un terzo dei pazienti", en: "about a third of the patients", percent: 100.0 / 3,
                                              precision: .approximate), 518...519),
        indicator("LI10", .percent, it: "Pazienti i cui familiari hanno ricevuto interventi specifici",
                  en: "Patients whose family members received specific interventions",
                  seed: ImplementalSeedFigure(it: "circa un terzo", en: "about a third", percent: 100.0 / 3, precision: .approximate),
                  518...520),
        indicator("LI11", .percent, it: "Pazienti con interventi psicoeducativi", en: "Patients with psychoeducational interventions",
                  seed: exact(43, "43%"), 520...521),
        indicator("LI12", .percent, it: "Pazienti con interventi psicoterapici/psicologici",
                  en: "Patients with psychotherapeutic/psychological interventions", seed: exact(57, "57%"), 520...521),
        indicator("LI13", nil, it: "ASST per frequenza di utilizzo degli strumenti di valutazione iniziale",
                  en: "ASSTs by how often they use the initial assessment instruments",
                  seed: ImplementalSeedFigure(it: "SCID 5 12/6, Columbia 2/16, Zanarini 10/8, BSL-23 9/9 (frequente/saltuario)",
                                              en: "SCID 5 12/6, Columbia 2/16, Zanarini 10/8, BSL-23 9/9 (frequent/occasional)",
                                              precision: .exact), 532...575),
        indicator("LI14", nil, it: "ASST per numero di gruppi di social skills", en: "ASSTs by number of social-skills groups",
                  seed: ImplementalSeedFigure(it: "la maggior parte delle ASST uno o due", en: "most ASSTs one or two", precision: .approximate),
                  582...590),
        indicator("LI15", nil, it: "EI con almeno un gruppo di Family Connection", en: "EIs with at least one Family Connection group",
                  seed: ImplementalSeedFigure(it: "due terzi di EI", en: "two thirds of the EIs", percent: 200.0 / 3, precision: .approximate),
                  599...609),
        indicator("LI16", .percent, it: "PTI condivisi e firmati dal paziente sui PTI attivati",
                  en: "PTIs shared with and signed by the patient, of those activated",
                  seed: ImplementalSeedFigure(it: "circa due terzi del totale", en: "about two thirds of the total", percent: 200.0 / 3,
                                              precision: .approximate), 612...616),
        indicator("LI17a", .percent, it: "PTI condivisi con i Servizi Sociali sui PTI attivati",
                  en: "PTIs shared with the social services, of those activated",
                  seed: ImplementalSeedFigure(it: "la quasi totalità di quelli attivati non corrisponda al numero di quelli condivisi",
                                              en: "nearly all of those activated do not match the number shared", precision: .qualitative),
                  623...628),
        indicator("LI17b", .percent, it: "PTI con interventi effettivamente realizzati sui PTI condivisi con i Servizi Sociali",
                  en: "PTIs whose interventions were carried out, of those shared with the social services",
                  seed: ImplementalSeedFigure(it: "in misura ancora minore", en: "fewer still", precision: .qualitative), 627...629),
        indicator("LI18", .percent, it: "Pazienti con case manager", en: "Patients with a case manager",
                  seed: ImplementalSeedFigure(it: "tre quarti dei pazienti", en: "three quarters of the patients", percent: 75,
                                              precision: .approximate), 633...638),
        indicator("LI19", nil, it: "Collaborazione intersettoriale con servizi sociali e per l'inclusione",
                  en: "Intersectoral collaboration with social and inclusion services",
                  seed: ImplementalSeedFigure(it: "incremento tra giugno e settembre 2024", en: "increased from June to September 2024",
                                              precision: .qualitative), 652...655),
    ] + ImplementalTeamIndicators.catalogue + [
        indicator("LI22", nil, it: "ASST formate che hanno rinunciato", en: "ASSTs trained that withdrew",
                  seed: ImplementalSeedFigure(it: "5 ASST", en: "5 ASSTs", percent: 5, precision: .exact), 439...441),
        indicator("LI23", nil, it: "Roadmap compilate dalle ASST", en: "Roadmaps compiled by the ASSTs",
                  seed: ImplementalSeedFigure(it: "14 su 18", en: "14 of 18", percent: 14, precision: .exact), 789...794),
        indicator("LI24", nil, it: "Completamento e gradimento della formazione", en: "Training completion and satisfaction",
                  seed: ImplementalSeedFigure(it: "nove su dieci molto rilevanti", en: "nine in ten very relevant", percent: 90,
                                              precision: .approximate), 367...370),
        indicator("LI25", nil, it: "Partecipanti al webinar sulla Recovery", en: "Participants in the recovery webinar",
                  seed: ImplementalSeedFigure(it: "42 partecipanti", en: "42 participants", percent: 42, precision: .exact), 380...382),
        indicator("LI26", nil, it: "Quota di ASST lombarde raggiunte", en: "Share of Lombardy ASSTs reached",
                  seed: ImplementalSeedFigure(it: "due terzi delle ASST lombarde", en: "two thirds of the Lombardy ASSTs",
                                              percent: 200.0 / 3, precision: .approximate), 814...817),
        indicator("LI27", nil, it: "Comunicazione con Direzioni, rete sociale e popolazione",
                  en: "Communication with the Directorates, the social network and the population",
                  seed: ImplementalSeedFigure(it: "quasi tutte le EI con le Direzioni; scarsa verso la popolazione",
                                              en: "nearly all EIs with the Directorates; little towards the population",
                                              precision: .qualitative), 675...683),
    ]

    public static func indicator(_ id: String) -> ImplementalIndicator? { all.first { $0.id == id } }
}
