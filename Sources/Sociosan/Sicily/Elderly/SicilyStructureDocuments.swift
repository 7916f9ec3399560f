// What the Sicilian structure kinds of sections 4 and 5 of seed 004 share (the elderly kinds
// here, the disability kinds in `Sicily/Disability/`): the qualitative requirements a structure
// attests with the date of the document that shows them, opening hours, and a list of rooms
// by use. Kept beside the elderly kinds because they came first; the disability kinds use them
// as they are.

/// A qualitative requirement of seed 004 sections 4-5 that a structure attests with a document
/// (a written procedure, a register, a project template, a technical report): the code says
/// which, the label names it in the seed's words.
///
/// ```swift
/// SicilyStructureDocument.electronicRecord.label.italian   // "cartella informatizzata ..."
/// ```
public enum SicilyStructureDocument: String, Sendable, Hashable, CaseIterable {
    // Personnel ("paragrafo 2", L281-L288, called in by every section).
    case staffQualifications = "staff-qualifications"
    case employmentContracts = "employment-contracts"
    // Premises shared with a socio-assistance activity (L445-L449, L726-L728).
    case separatePremises = "separate-premises"
    // 4.1 long-term care.
    case generalPractitionerCare = "general-practitioner-care"
    case guestPrivacy = "guest-privacy"
    case nonAmbulantEquipment = "non-ambulant-equipment"
    // 4.2 dementia day centre.
    case buildingCompliance = "building-compliance"
    case publicTransportLocation = "public-transport-location"
    case entranceInformationPoint = "entrance-information-point"
    case nonSlipFloors = "non-slip-floors"
    case naturalLight = "natural-light"
    case accessibleDoors = "accessible-doors"
    case admissionCriteria = "admission-criteria"
    case userRotation = "user-rotation"
    case individualProjects = "individual-projects"
    case healthAuthorityMedicalCare = "health-authority-medical-care"
    // 5.1 and 5.1.1 disability.
    case svamaAssessment = "svama-d-assessment"
    case individualRehabilitationProject = "individual-rehabilitation-project"
    case projectCommunication = "project-communication"
    case rehabilitationProgrammes = "rehabilitation-programmes"
    case electronicRecord = "electronic-record"
    case multidisciplinaryTeam = "multidisciplinary-team"
    case familyInformationTraining = "family-information-training"
    case complaintsRegister = "complaints-register"
    case assessmentEquipment = "assessment-equipment"
    case therapyEquipment = "therapy-equipment"
    case firstAidEquipment = "first-aid-equipment"
    case enSuiteBathrooms = "en-suite-bathrooms"

    /// The seed's own words, and an English rendering.
    public var label: LocalizedText {
        switch self {
        case .staffQualifications:
            return LocalizedText(it: "titolo di studio attinente alla qualifica di ogni operatore", en: "every worker's qualification matches the role")
        case .employmentContracts:
            return LocalizedText(it: "trattamento economico del C.C.N.L. di categoria ai dipendenti", en: "employees paid under the national collective agreement")
        case .separatePremises:
            return LocalizedText(it: "locali distinti e indipendenti dall'attività socio-assistenziale", en: "premises separate and independent from the socio-assistance activity")
        case .generalPractitionerCare:
            return LocalizedText(it: "assistenza medica garantita dal medico di medicina generale", en: "medical care given by the general practitioner")
        case .guestPrivacy:
            return LocalizedText(it: "privacy di ogni ospite, accesso e movimento delle carrozzine", en: "each guest's privacy, wheelchair access and movement")
        case .nonAmbulantEquipment:
            return LocalizedText(it: "attrezzature per ospiti non deambulanti (letti, materassi e cuscini antidecubito)",
                                 en: "equipment for non-ambulant guests (beds, anti-decubitus mattresses and cushions)")
        case .buildingCompliance:
            return LocalizedText(it: "requisiti urbanistici, edilizi, antincendio, igiene, sicurezza e barriere architettoniche",
                                 en: "planning, building, fire, hygiene, safety and accessibility requirements")
        case .publicTransportLocation:
            return LocalizedText(it: "ubicazione in luogo abitato raggiungibile con i mezzi pubblici", en: "in an inhabited place reachable by public transport")
        case .entranceInformationPoint:
            return LocalizedText(it: "atrio d'ingresso come punto d'informazione", en: "the entrance hall as the information point")
        case .nonSlipFloors:
            return LocalizedText(it: "pavimenti antisdrucciolo, durevoli e lavabili", en: "non-slip, durable, washable floors")
        case .naturalLight:
            return LocalizedText(it: "locali ben illuminati a partire dalla luce naturale", en: "rooms well lit, natural light first")
        case .accessibleDoors:
            return LocalizedText(it: "porte individuabili e accessibili in carrozzella", en: "doors easy to find and wheelchair-accessible")
        case .admissionCriteria:
            return LocalizedText(it: "criteri di accesso: deterioramento cognitivo senza gravi turbe comportamentali",
                                 en: "admission criteria: cognitive decline without severe behavioural disturbances")
        case .userRotation:
            return LocalizedText(it: "turnazione degli utenti nei 20 posti giornalieri", en: "users rotated within the 20 daily places")
        case .individualProjects:
            return LocalizedText(it: "progetti individualizzati dell'équipe verificati con scale di valutazione",
                                 en: "the team's individual projects, checked with assessment scales")
        case .healthAuthorityMedicalCare:
            return LocalizedText(it: "15 ore settimanali di intervento medico e psicologico dell'ASP", en: "15 hours a week of ASP medical and psychological work")
        case .svamaAssessment:
            return LocalizedText(it: "valutazione multidimensionale SVAMA D dell'équipe del servizio pubblico",
                                 en: "the public team's SVAMA D multidimensional assessment")
        case .individualRehabilitationProject:
            return LocalizedText(it: "progetto riabilitativo individuale per ogni paziente", en: "an individual rehabilitation project for each patient")
        case .projectCommunication:
            return LocalizedText(it: "progetto comunicato al paziente e ai familiari, medico di famiglia informato",
                                 en: "the project explained to the patient and family, the family doctor informed")
        case .rehabilitationProgrammes:
            return LocalizedText(it: "programmi riabilitativi specifici dei singoli professionisti", en: "specific rehabilitation programmes by each professional")
        case .electronicRecord:
            return LocalizedText(it: "cartella informatizzata compilata e conservata", en: "an electronic record kept")
        case .multidisciplinaryTeam:
            return LocalizedText(it: "équipe pluridisciplinare", en: "a multidisciplinary team")
        case .familyInformationTraining:
            return LocalizedText(it: "informazione, accesso e addestramento dei familiari", en: "family information, access and training")
        case .complaintsRegister:
            return LocalizedText(it: "raccolta e registrazione dei rilievi degli utenti", en: "users' complaints collected and recorded")
        case .assessmentEquipment:
            return LocalizedText(it: "attrezzature per la valutazione di menomazioni e disabilità", en: "equipment to assess impairments and disabilities")
        case .therapyEquipment:
            return LocalizedText(it: "dispositivi per l'esercizio terapeutico e la rieducazione funzionale",
                                 en: "devices for therapeutic exercise and functional re-education")
        case .firstAidEquipment:
            return LocalizedText(it: "attrezzatura per il pronto soccorso e la rianimazione cardiopolmonare", en: "first-aid and CPR equipment")
        case .enSuiteBathrooms:
            return LocalizedText(it: "camere con servizio igienico esclusivo accessibile in carrozzina",
                                 en: "rooms with an exclusive, wheelchair-accessible bathroom")
        }
    }
}

extension SicilyStructureDocument: TableCoded { public static let codeTable = CodeTable<Self>() }

/// One attested requirement: which document shows it, and the document's date.
///
/// ```swift
/// let record = SicilyDatedDocument(code: .electronicRecord, date: LocalDate(year: 2024, month: 3, day: 1)!)
/// ```
public struct SicilyDatedDocument: Sendable, Hashable {
    public var code: SicilyStructureDocument
    public var date: LocalDate

    public init(code: SicilyStructureDocument, date: LocalDate) {
        self.code = code
        self.date = date
    }

    static let blankDate = LocalDate(year: 2000, month: 1, day: 1)!

    /// The table of a document of a kind whose codes are `allowed`.
    public static func fields(allowed: [SicilyStructureDocument]) -> FieldTable<SicilyDatedDocument> {
        FieldTable(blank: SicilyDatedDocument(code: .staffQualifications, date: blankDate), [
            .required("code", \.code, ValueCodecs.code(SicilyStructureDocument.self, allowed: allowed), summary: "The requirement attested."),
            .required("date", \.date, ValueCodecs.date, summary: "The date of the document that shows it."),
        ])
    }

    /// The `documents` member of a section: distinct codes of `allowed`.
    static func listField<Root>(_ keyPath: WritableKeyPath<Root, [SicilyDatedDocument]> & Sendable,
                                allowed: [SicilyStructureDocument]) -> Field<Root> {
        .required("documents", keyPath, ValueCodecs.list(ValueCodecs.object(fields(allowed: allowed)), distinctID: { $0.code.rawValue }),
                  summary: "The qualitative requirements attested, each with the date of its document; each rule checks "
                      + "that its document is listed and dated no later than declaredOn.")
    }
}

/// A section whose qualitative requirements are attested as dated documents, and which states
/// the date the structure signs its declaration (the documents cannot be later).
public protocol SicilyDocumentedSection: StructureSection {
    /// The date the structure signs the dossier's declaration.
    var declaredOn: LocalDate { get }
    var documents: [SicilyDatedDocument] { get }
}

/// A time of day, `HH:MM` in JSON.
///
/// ```swift
/// SicilyTimeOfDay(hour: 8, minute: 30).minutes   // 510
/// ```
public struct SicilyTimeOfDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Minutes since midnight.
    public var minutes: Int

    public init(hour: Int, minute: Int) { self.minutes = hour * 60 + minute }

    public static func < (lhs: SicilyTimeOfDay, rhs: SicilyTimeOfDay) -> Bool { lhs.minutes < rhs.minutes }

    public var description: String {
        let hour = minutes / 60, minute = minutes % 60
        return (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    public var argument: MessageArgument { .text(description) }
}

/// Reads and writes ``SicilyTimeOfDay`` as `HH:MM`, 00:00 to 23:59.
public struct SicilyTimeOfDayCodec: ValueCodec {
    public init() {}
    public var shape: FieldShape { .string(minLength: 5, pattern: "^([01][0-9]|2[0-3]):[0-5][0-9]$", description: "A time of day, HH:MM.") }

    public func read(_ reader: inout FieldReader) -> SicilyTimeOfDay? {
        guard let text = reader.readString(nonEmpty: true) else { return nil }
        let digits = Array(text.utf8)
        func digit(_ index: Int) -> Int? { digits[index] >= 48 && digits[index] <= 57 ? Int(digits[index]) - 48 : nil }
        guard digits.count == 5, digits[2] == UInt8(ascii: ":"), let h1 = digit(0), let h2 = digit(1), let m1 = digit(3), let m2 = digit(4),
              h1 * 10 + h2 < 24, m1 < 6
        else {
            reader.reportInvalid(LocalizedText(it: "un orario si scrive HH:MM, da 00:00 a 23:59", en: "a time of day is written HH:MM, 00:00 to 23:59"))
            return nil
        }
        return SicilyTimeOfDay(hour: h1 * 10 + h2, minute: m1 * 10 + m2)
    }

    public func write<W: FieldWriter>(_ value: SicilyTimeOfDay, to writer: inout W) { writer.string(value.description) }
}

/// When a day service is open: days a week and the daily hours.
///
/// ```swift
/// let hours = SicilyOpeningHours(daysPerWeek: 6, opensAt: SicilyTimeOfDay(hour: 8, minute: 30),
///                                closesAt: SicilyTimeOfDay(hour: 18, minute: 30))
/// hours.minutesPerDay   // 600
/// ```
public struct SicilyOpeningHours: Sendable, Hashable {
    public var daysPerWeek: Int
    public var opensAt: SicilyTimeOfDay
    public var closesAt: SicilyTimeOfDay

    public init(daysPerWeek: Int, opensAt: SicilyTimeOfDay, closesAt: SicilyTimeOfDay) {
        self.daysPerWeek = daysPerWeek
        self.opensAt = opensAt
        self.closesAt = closesAt
    }

    /// The minutes open a day (zero when the closing time is not after the opening time).
    public var minutesPerDay: Int { max(0, closesAt.minutes - opensAt.minutes) }

    public static let fields = FieldTable(
        blank: SicilyOpeningHours(daysPerWeek: 0, opensAt: SicilyTimeOfDay(hour: 0, minute: 0), closesAt: SicilyTimeOfDay(hour: 0, minute: 0)), [
            .required("daysPerWeek", \.daysPerWeek, ValueCodecs.integer(1...7), summary: "Days open a week."),
            .required("opensAt", \.opensAt, SicilyTimeOfDayCodec(), summary: "Opening time, HH:MM."),
            .required("closesAt", \.closesAt, SicilyTimeOfDayCodec(), summary: "Closing time, HH:MM."),
        ])
}

/// A use of a room in one kind's list of required rooms: a closed code set with the seed's words.
public protocol SicilySpaceUse: TableCoded, Hashable {
    var label: LocalizedText { get }
}

/// One room or space of a structure other than a bedroom: its id and use (the seeds set no area
/// for them; one may be stated for information).
///
/// ```swift
/// let gym = SicilySpace<SicilyRehabilitationSpaceUse>(id: "palestra", use: .gym, squareMetres: SquareMetres(whole: 60))
/// ```
public struct SicilySpace<Use: SicilySpaceUse>: Sendable, Hashable {
    public var id: String
    public var use: Use
    public var squareMetres: SquareMetres?

    public init(id: String, use: Use, squareMetres: SquareMetres? = nil) {
        self.id = id
        self.use = use
        self.squareMetres = squareMetres
    }

    public static var fields: FieldTable<SicilySpace<Use>> {
        FieldTable(blank: SicilySpace(id: "", use: Use.allCases.first!), [
            .required("id", \.id, ValueCodecs.string()),
            .required("use", \.use, ValueCodecs.code(Use.self)),
            .optional("squareMetres", \.squareMetres, SquareMetres.codec, summary: "Area in m², for information."),
        ])
    }

    /// The `spaces` member of a section.
    static func listField<Root>(_ keyPath: WritableKeyPath<Root, [SicilySpace<Use>]> & Sendable, summary: String) -> Field<Root> {
        .required("spaces", keyPath, ValueCodecs.list(ValueCodecs.object(fields), distinctID: { $0.id }), summary: summary)
    }
}

extension Array {
    /// How many spaces have one of `uses`.
    func count<Use>(of uses: Set<Use>) -> Int where Element == SicilySpace<Use> { filter { uses.contains($0.use) }.count }
}

/// What the floor-area rules of sections 4-5 share.
enum SicilyArea {

    /// The area that counts towards a floor-area standard: the indoor area plus the outdoor
    /// area, the latter only up to `outdoorPercent` % of `standard` (L381-L383, L592-L595).
    ///
    /// ```swift
    /// SicilyArea.counted(indoor: SquareMetres(whole: 230), outdoor: SquareMetres(whole: 100),
    ///                    standard: SquareMetres(whole: 300), outdoorPercent: 20)   // 290 m²
    /// ```
    static func counted(indoor: SquareMetres, outdoor: SquareMetres?, standard: SquareMetres, outdoorPercent: Int) -> SquareMetres {
        let cap = SquareMetres(hundredths: standard.hundredths * outdoorPercent / 100)
        return indoor + min(outdoor ?? .zero, cap)
    }
}
