/// The rules of the Sicilian private addiction services (§6.4, seed 004 L1474-L2163), built once
/// and shared by the six kinds: the capacity bands (up to 8 places, 9 to 30, over 30 in modules,
/// L1535-L1594), the rooms and common spaces of band (b), the opening, the longest programme,
/// the dated documents and attested requirements of L1505-L1711, and staffing through each
/// service's existing standard (``SicilyStaffingStandards``), its trainee and volunteer caps
/// included. A kind is one ``SicilyAddictionService`` value: what differs between services is
/// data, not a copy of a rule.
///
/// ```swift
/// SicilyAddictionKinds.alcohol.rules.map(\.id)  // ["sicily.addiction.alcohol.identity.region", ...]
/// ```
public enum SicilyAddictionRules {
    static let seed = Seed.structuresSicily
    typealias Attested = SicilyStructureKit.Attested
    typealias Setting = SicilyAddictionSection.Setting

    /// Band (a): "capacità ricettiva non superiore ad otto posti", the rules of ordinary homes (L1535-L1536).
    public static let civilHousingLimit = 8
    /// Band (c): over 30 places, modules with the characteristics of band (b) (L1592-L1594).
    public static let bandModuleSize = 30

    static func section(_ dossier: StructureDossier) -> SicilyAddictionSection? { dossier.sections[SicilyAddictionSection.self] }

    /// Band (b) or (c): more than 8 places, where the rooms and spaces of L1537-L1591 bind.
    static func inBandB(_ dossier: StructureDossier) -> Bool { dossier.beds > civilHousingLimit }

    /// The users a room of band (b) serves: the places of the largest module, or of the whole
    /// structure when it has no modules (decision AD-06).
    public static func usersPerRoom(_ dossier: StructureDossier) -> Int {
        section(dossier)?.modules.map(\.places).max() ?? dossier.beds
    }

    /// "Almeno 1,2 mq per utente, con una superficie minima ... pari a `floor` mq" (L1555-L1573).
    public static func perUserArea(users: Int, floor: Int) -> SquareMetres {
        SquareMetres(hundredths: max(floor * 100, users * 120))
    }

    /// "Almeno uno ogni cinque utenti, con un minimo di almeno due" (L1552-L1554).
    public static func userBathrooms(users: Int) -> Int { max(2, (users + 4) / 5) }

    /// The band (b) bedroom area for `beds` beds (L1542-L1546); four-bed rooms (alcohol, L2075)
    /// are held to the triple's 20 m² (decision AD-04).
    public static func bedroomArea(beds: Int) -> SquareMetres {
        switch beds {
        case ...1: return SquareMetres(whole: 9)
        case 2: return SquareMetres(whole: 15)
        default: return SquareMetres(whole: 20)
        }
    }

    // MARK: Identity, setting, capacity

    static func settingRule(_ service: SicilyAddictionService) -> Rule<StructureDossier>? {
        guard service.settings.count == 1, let only = service.settings.first else { return nil }
        return Rule.structure(
            service.type, "setting", seed: seed, lines: service.settingLines,
            title: LocalizedText(it: "Servizio \(only.label.italian)", en: "A \(only.label.english) service"),
            message: LocalizedText(it: "il servizio si dichiara {0}, è {1}", en: "the service is declared {0}, it is {1}")
        ) { dossier, report in
            guard let section = section(dossier), section.setting != only else { return }
            report.report(at: "/addiction/setting", .localized(section.setting.label), .localized(only.label))
        }
    }

    /// Modules of at most `size` places that add up to the structure's places, required over `size`.
    static func modulesRule(_ service: SicilyAddictionService) -> Rule<StructureDossier> {
        let size = service.moduleSize
        return Rule.structure(
            service.type, "capacity.modules", seed: seed, lines: service.moduleLines,
            title: LocalizedText(it: "Oltre \(size) posti, moduli di al massimo \(size) posti",
                                 en: "Over \(size) places, modules of at most \(size) places"),
            message: LocalizedText(
                it: "{0} posti in {1} moduli (il più grande di {2} posti): oltre {3} posti la struttura è organizzata in moduli di al massimo {3} posti che sommano i suoi posti",
                en: "{0} places in {1} modules (the largest of {2} places): over {3} places the structure is organised in modules of at most {3} places that add up to its places"),
            decision: service.moduleDecision
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let largest = section.modules.map(\.places).max() ?? dossier.beds
            let total = section.modules.reduce(0) { $0 + $1.places }
            let needsModules = dossier.beds > size
            let wrong = (needsModules && section.modules.isEmpty) || largest > size
                || (!section.modules.isEmpty && total != dossier.beds)
            if wrong {
                report.report(at: section.modules.isEmpty ? "/beds" : "/addiction/modules",
                              .integer(dossier.beds), .integer(section.modules.count), .integer(largest), .integer(size))
            }
        }
    }

    static func ageBandRule(_ service: SicilyAddictionService) -> Rule<StructureDossier> {
        Rule.structure(
            service.type, "modules.age-band", seed: seed, lines: 2073...2076,
            title: LocalizedText(it: "Moduli omogenei per fasce d'età", en: "Modules homogeneous by age band"),
            message: LocalizedText(it: "il modulo {0} non indica la fascia d'età", en: "module {0} does not state its age band"),
            decision: "AD-08: \"strutturato per moduli omogenei per fasce d'età\" (L2076) binds a service organised in two or more modules; a service of one module of up to 15 places has no band to state."
        ) { dossier, report in
            guard let section = section(dossier), section.modules.count > 1 else { return }
            for (index, module) in section.modules.enumerated() where module.ageBand == nil {
                report.report(at: JSONPointer.root.appending("addiction").appending("modules").appending(index), .text(module.id))
            }
        }
    }

    // MARK: Rooms and spaces of band (b)

    static func roomRules(_ service: SicilyAddictionService) -> [Rule<StructureDossier>] {
        var rules = [SicilyStructureKit.bedTotal(
            service.type, lines: 1535...1539,
            decision: "AD-01: the shared format asks at least one room; a semi-residential service lists the rooms that hold its day places, so the places of the rooms add up to the structure's places in both settings.")]
        guard let limit = service.roomLimit else { return rules }
        let residential: @Sendable (StructureDossier) -> Bool = { section($0)?.setting == .residential }
        rules.append(SicilyStructureKit.maximumBedsPerRoom(
            service.type, title: limit.title, lines: limit.lines, decision: limit.decision
        ) { dossier in
            guard residential(dossier) else { return nil }
            return limit.always || inBandB(dossier) ? limit.beds : nil
        })
        rules.append(SicilyStructureKit.roomArea(
            service.type,
            title: LocalizedText(it: "Camere di almeno 9 m² (singola), 15 m² (doppia), 20 m² (tripla)",
                                 en: "Bedrooms of at least 9 m² (single), 15 m² (double), 20 m² (triple)"),
            lines: 1539...1546,
            decision: "AD-04: band (b) only (over 8 places, residential); rooms of four beds, admitted in the alcohol service (L2075), have no figure of their own and are held to the triple's 20 m²."
        ) { dossier, beds in
            residential(dossier) && inBandB(dossier) ? bedroomArea(beds: beds) : nil
        })
        rules.append(SicilyStructureKit.roomAreaStated(service.type, lines: 1539...1546) { residential($0) && inBandB($0) })
        return rules
    }

    /// The spaces band (b) requires, by setting (decision AD-02 on L1583-L1585).
    static let requiredSpaces: [(SicilyAddictionSpace.Use, ClosedRange<Int>, Set<Setting>)] = [
        (.livingRoom, 1555...1557, [.residential, .semiResidential]),
        (.diningRoom, 1558...1560, [.residential, .semiResidential]),
        (.diningToiletBlock, 1560...1561, [.residential, .semiResidential]),
        (.kitchen, 1562...1563, [.residential, .semiResidential]),
        (.pantry, 1562...1563, [.residential, .semiResidential]),
        (.laundry, 1563...1565, [.residential]),
        (.wardrobe, 1563...1564, [.residential]),
        (.storage, 1566...1567, [.residential, .semiResidential]),
        (.counsellingRoom, 1568...1570, [.residential, .semiResidential]),
        (.therapyRoom, 1571...1573, [.residential, .semiResidential]),
        (.medicationRoom, 1581...1582, [.residential, .semiResidential]),
        (.staffBathroom, 1568...1569, [.residential, .semiResidential]),
        (.dayToiletBlock, 1586...1589, [.semiResidential]),
    ]

    static func spaceRules(_ service: SicilyAddictionService) -> [Rule<StructureDossier>] {
        guard service.hasBandB else { return [] }
        let type = service.type
        var rules = requiredSpaces.filter { !$0.2.isDisjoint(with: service.settings) }.map { use, lines, settings in
            Rule.structure(
                type, "premises.\(use.rawValue)", seed: seed, lines: lines,
                title: LocalizedText(it: "Oltre 8 posti, locale richiesto: \(use.label.italian)",
                                     en: "Over 8 places, required space: \(use.label.english)"),
                message: LocalizedText(it: "con {0} posti manca un locale richiesto: {1}", en: "with {0} places a required space is missing: {1}"),
                decision: use == .laundry
                    ? "AD-03: the laundry may be entrusted to an outside firm (L1564-L1565): with laundryOutsourced the space is not required."
                    : (settings == [.residential] || use == .kitchen || use == .pantry
                        ? "AD-02: semi-residential services are exempt from points 1, 2 and 5 \"con esclusione per quest'ultimo punto della lavanderia e del guardaroba\" (L1583-L1585): read literally, only the laundry and wardrobe of point 5 are waived, the kitchen and pantry stay (digest ambiguity 16, reading ii)."
                        : nil)
            ) { dossier, report in
                guard let section = section(dossier), inBandB(dossier), settings.contains(section.setting) else { return }
                if use == .laundry, section.laundryOutsourced { return }
                if section.spaces(use).isEmpty { report.report(at: "/addiction/spaces", .integer(dossier.beds), .localized(use.label)) }
            }
        }
        let perRoom: [(String, SicilyAddictionSpace.Use, Int, ClosedRange<Int>)] = [
            ("premises.living-area", .livingRoom, 14, 1555...1557),
            ("premises.therapy-area", .therapyRoom, 16, 1571...1573),
        ]
        rules += perRoom.map { name, use, floor, lines in
            Rule.structure(
                type, name, seed: seed, lines: lines,
                title: LocalizedText(it: "\(use.label.italian.capitalizedFirst): almeno 1,2 m² per utente, minimo \(floor) m² ciascuno",
                                     en: "\(use.label.english.capitalizedFirst): at least 1.2 m² a user, each at least \(floor) m²"),
                message: LocalizedText(it: "{0} misura {1} m²: per {2} utenti ne servono almeno {3}",
                                       en: "{0} measures {1} m²: {2} users need at least {3}"),
                decision: "AD-06: each room serves its module (L1592-L1594): the users are the places of the largest module, or of the structure when it has none. A space that states no area is not measured."
            ) { dossier, report in
                guard let section = section(dossier), inBandB(dossier) else { return }
                let users = usersPerRoom(dossier)
                let least = perUserArea(users: users, floor: floor)
                for (index, space) in section.spaces.enumerated() where space.use == use {
                    guard let area = space.squareMetres, area < least else { continue }
                    report.report(at: JSONPointer.root.appending("addiction").appending("spaces").appending(index).appending("squareMetres"),
                                  .text(space.id), area.argument, .integer(users), least.argument)
                }
            }
        }
        rules.append(Rule.structure(
            type, "premises.dining-area", seed: seed, lines: 1558...1560,
            title: LocalizedText(it: "Sale da pranzo: almeno 1,2 m² per utente, minimo complessivo 14 m²",
                                 en: "Dining rooms: at least 1.2 m² a user, at least 14 m² in all"),
            message: LocalizedText(it: "le sale da pranzo misurano in tutto {0} m²: per {1} utenti ne servono almeno {2}",
                                   en: "the dining rooms measure {0} m² in all: {1} users need at least {2}"),
            decision: "AD-07: \"superficie minima complessiva\": the dining rooms' areas are added and held to the structure's places (the users eat together, modules or not)."
        ) { dossier, report in
            guard let section = section(dossier), inBandB(dossier) else { return }
            let rooms = section.spaces(.diningRoom)
            guard !rooms.isEmpty, rooms.allSatisfy({ $0.squareMetres != nil }) else { return }
            let total = rooms.reduce(SquareMetres.zero) { $0 + ($1.squareMetres ?? .zero) }
            let least = perUserArea(users: dossier.beds, floor: 14)
            if total < least { report.report(at: "/addiction/spaces", total.argument, .integer(dossier.beds), least.argument) }
        })
        if service.settings.contains(.residential) {
            rules.append(Rule.structure(
                type, "premises.user-bathrooms", seed: seed, lines: 1552...1554,
                title: LocalizedText(it: "Servizi igienici: almeno uno ogni cinque utenti, minimo due, oltre a quelli degli operatori",
                                     en: "Bathrooms: at least one for every five users, at least two, besides the staff's"),
                message: LocalizedText(it: "servizi igienici per gli utenti: {0}, per {1} utenti ne servono almeno {2}",
                                       en: "user bathrooms: {0}, {1} users need at least {2}")
            ) { dossier, report in
                guard let section = section(dossier), inBandB(dossier), section.setting == .residential else { return }
                let count = section.spaces(.userBathroom).count
                let least = userBathrooms(users: dossier.beds)
                if count < least { report.report(at: "/addiction/spaces", .integer(count), .integer(dossier.beds), .integer(least)) }
            })
            rules.append(Rule.structure(
                type, "premises.family-units", seed: seed, lines: 1547...1551,
                title: LocalizedText(it: "Nuclei familiari: camere e servizi igienici riservati ai minori",
                                     en: "Family units: bedrooms and bathrooms for the minors only"),
                message: LocalizedText(it: "la struttura ospita nuclei familiari ma manca: {0}", en: "the structure hosts family units but lacks: {0}")
            ) { dossier, report in
                guard let section = section(dossier), section.hostsFamilyUnits, inBandB(dossier) else { return }
                for use in [SicilyAddictionSpace.Use.minorsBedroom, .minorsBathroom] where section.spaces(use).isEmpty {
                    report.report(at: "/addiction/spaces", .localized(use.label))
                }
            })
        }
        return rules
    }

    // MARK: Opening and programme

    static func programmeRule(_ service: SicilyAddictionService) -> Rule<StructureDossier> {
        let limit = service.programme
        let days = limit.unit == .days
        let unit = days ? LocalizedText(it: "giorni", en: "days") : LocalizedText(it: "mesi", en: "months")
        return Rule.structure(
            service.type, "programme.max-duration", limit.severity, seed: seed, lines: limit.lines,
            title: LocalizedText(it: "\(limit.normally ? "Durata di norma" : "Durata") non superiore a \(limit.maximum) \(unit.italian)",
                                 en: "\(limit.normally ? "Normally lasts" : "Lasts") at most \(limit.maximum) \(unit.english)"),
            message: LocalizedText(it: "durata massima dichiarata {0}: al massimo {1} {2}",
                                   en: "declared longest duration {0}: at most {1} {2}"),
            decision: limit.decision
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let declared = days ? section.maximumStayDays : section.maximumProgrammeMonths
            let pointer: JSONPointer = days ? "/addiction/maximumStayDays" : "/addiction/maximumProgrammeMonths"
            guard let declared else {
                report.report(at: "/addiction", .localized(LocalizedText(it: "non indicata", en: "not stated")), .integer(limit.maximum), .localized(unit))
                return
            }
            if declared > limit.maximum {
                report.report(at: pointer, .localized(LocalizedText(it: "\(declared) \(unit.italian)", en: "\(declared) \(unit.english)")),
                              .integer(limit.maximum), .localized(unit))
            }
        }
    }

    // MARK: Documents and attested requirements

    static let documentLines: [SicilyAddictionDocument.Kind: ClosedRange<Int>] = [
        .authorisation: 1505...1509, .programme: 1596...1611, .internalRules: 1612...1616, .insurance: 1622...1625,
        .staffList: 1707...1709,
    ]

    static func documentRules(_ service: SicilyAddictionService) -> [Rule<StructureDossier>] {
        SicilyAddictionDocument.Kind.allCases.map { document in
            Rule.structure(
                service.type, "documents.\(document.rawValue)", seed: seed, lines: documentLines[document]!,
                title: LocalizedText(it: "Documento attestato con la sua data: \(document.label.italian)",
                                     en: "Document attested with its date: \(document.label.english)"),
                message: LocalizedText(it: "documento non attestato con la sua data: {0}", en: "document not attested with its date: {0}"),
                decision: "AD-09: a document is attested by listing it with its date; the rule checks that it is listed (the date is required by the format), not what it says."
            ) { dossier, report in
                guard let section = section(dossier), !section.documents.contains(where: { $0.document == document }) else { return }
                report.report(at: "/addiction/documents", .localized(document.label))
            }
        }
    }

    static let areaLabels: [String: LocalizedText] = [
        "structure": LocalizedText(it: "struttura", en: "structure"),
        "organisation": LocalizedText(it: "organizzazione", en: "organisation"),
        "admission": LocalizedText(it: "accesso", en: "admission"),
        "body": LocalizedText(it: "ente gestore", en: "operating body"),
    ]

    /// The attested requirements every addiction service shares (L1520-L1711, L2135-L2141).
    static let commonAttested: [Attested] = [
        Attested("structure", "building-compliance", 1527...1533,
                 it: "Immobili conformi alle norme edilizie, urbanistiche, igienico-sanitarie, antinfortunistiche e antincendio, in zona salubre",
                 en: "Buildings meet building, planning, hygiene, safety and fire rules, in a healthy area"),
        Attested("structure", "civil-housing", 1535...1536,
                 it: "Fino a 8 posti: requisiti previsti per le civili abitazioni", en: "Up to 8 places: the requirements of ordinary homes",
                 applies: { !inBandB($0) }),
        Attested("organisation", "information-to-users", 1596...1598,
                 it: "Copia del programma e del regolamento e adeguata informazione agli utenti",
                 en: "Users receive a copy of the programme and rules, and proper information"),
        Attested("organisation", "no-coercion", 1599...1601,
                 it: "Esclusa ogni forma di coercizione fisica, psichica e morale; accesso e permanenza volontari",
                 en: "No physical, psychological or moral coercion; access and stay are voluntary"),
        Attested("organisation", "daily-register", 1617...1619,
                 it: "Registro giornaliero degli utenti, con le assenze temporanee e la loro motivazione",
                 en: "A daily register of users, with temporary absences and their reasons"),
        Attested("organisation", "user-file", 1627...1631,
                 it: "Cartella personale di ogni utente, aggiornata a ogni intervento", en: "A personal file for each user, updated at every intervention"),
        Attested("organisation", "deputy-manager", 1638...1641,
                 it: "Un sostituto del responsabile di programma con i titoli richiesti", en: "A deputy programme manager with the required qualifications"),
        Attested("organisation", "attendance-records", 1672...1673,
                 it: "Presenza del personale comprovata da apposita documentazione", en: "Staff attendance is recorded"),
        Attested("organisation", "training", 1675...1677,
                 it: "Programma di formazione e aggiornamento e lavoro in équipe per tutto il personale",
                 en: "A training and refresher programme and team meetings for all staff"),
        Attested("body", "legal-status", 1520...1525,
                 it: "Personalità giuridica di ente o società, o qualifica di Onlus", en: "Legal personality as a body or company, or Onlus status",
                 decision: "AD-10: (a) and (b) are read as alternatives; \"con finalità commerciali\" (L1522) is kept as printed (digest ambiguity 13): either status is attested by this one code."),
    ]

    /// Access after a multidisciplinary diagnostic assessment by the ASP's services (L2135-L2138).
    static let assessedAccess = Attested(
        "admission", "multidisciplinary-assessment", 2135...2138,
        it: "Accesso previa valutazione diagnostica multidisciplinare dei servizi dell'ASP",
        en: "Access after a multidisciplinary diagnostic assessment by the ASP's services")

    // MARK: Staffing

    /// The general minima that no roster meeting a table can fail (the standard's own decision):
    /// kept in the standard for `sociosan staffing`, not repeated as dossier rules (AD-11).
    static func neverBinding(_ standard: StaffingStandard) -> Set<RuleID> {
        [RuleID(rawValue: "\(standard.id).general.minimum-staff"), RuleID(rawValue: "\(standard.id).general.full-time-per-10-users")]
    }

    /// What the share caps of a dossier read (``staffRules(_:)``).
    struct CapInputs: Sendable {
        let needs: StaffingRequirement
        let roster: Roster
    }

    /// The roster with the trainees and volunteers of the section, for the share caps.
    static func fullRoster(_ dossier: StructureDossier) -> Roster {
        var roster = dossier.roster
        for helper in section(dossier)?.traineesAndVolunteers ?? [] {
            roster.members.append(RosterMember(role: helper.role, hoursPerWeek: helper.hoursPerWeek, contract: helper.contract.contractType))
        }
        return roster
    }

    static func staffRules(_ service: SicilyAddictionService) -> [Rule<StructureDossier>] {
        let standard = service.standard
        let parameters: @Sendable (StructureDossier) -> StaffingParameters = { section($0)?.staffingParameters ?? StaffingParameters() }
        let skipped = neverBinding(standard)
        let minima = StructureStaffingRules.rules(service.type, standard: standard, parameters: parameters).filter { !skipped.contains($0.id) }
        // What the caps read, worked out once per dossier for both of them: the requirement at the
        // dossier's places and the roster with its trainees and volunteers.
        let capInputs = RuleMemo<CapInputs?>()
        let caps = standard.shareCaps.map { cap in
            let who = cap.contract == .trainee ? LocalizedText(it: "Personale in formazione", en: "Trainees")
                                               : LocalizedText(it: "Volontari", en: "Volunteers")
            return Rule<StructureDossier>(
                descriptor: RuleDescriptor(
                    id: cap.rule, kinds: [service.type.kind], severity: .error, citation: cap.citation,
                    title: LocalizedText(it: "\(who.italian): solo negli enti senza finalità di lucro, al massimo il 25%, almeno 18 ore a testa",
                                         en: "\(who.english): only in non-profit bodies, at most 25%, at least 18 hours each"),
                    message: LocalizedText(it: "{0}: {1} h/settimana, ne sono ammesse al massimo {2}; sotto le 18 ore settimanali: {3}",
                                           en: "{0}: {1} h/week, at most {2} admitted; below 18 hours a week: {3}"),
                    decision: cap.decision)
            ) { dossier, report in
                guard dossier.type == service.type,
                      let inputs = report.memo(capInputs, {
                          (try? StaffingCalculator.requirement(for: standard, capacity: dossier.beds, parameters: parameters(dossier)))
                              .map { CapInputs(needs: $0, roster: fullRoster(dossier)) }
                      })
                else { return }
                let check = cap.check(inputs.roster, against: inputs.needs)
                if !check.isMet {
                    report.report(at: "/addiction/traineesAndVolunteers", .localized(who), check.presentHoursPerWeek.argument,
                                  check.maximumHoursPerWeek.argument, .integer(check.membersBelowMinimumHours))
                }
            }
        }
        return minima + caps
    }

    // MARK: The kind

    static func rules(_ service: SicilyAddictionService) -> [Rule<StructureDossier>] {
        var rules = [SicilyStructureKit.region(service.type)]
        if let rule = settingRule(service) { rules.append(rule) }
        if let maximum = service.maximumPlaces {
            rules.append(SicilyStructureKit.maximumPlaces(service.type, maximum.places, lines: maximum.lines, decision: maximum.decision))
        }
        rules.append(modulesRule(service))
        if service.ageBands { rules.append(ageBandRule(service)) }
        rules += roomRules(service) + spaceRules(service)
        if let opening = service.opening {
            rules.append(SicilyStructureKit.opening(
                service.type, days: opening.days, hours: opening.hours, lines: opening.lines, pointer: "/addiction/opening"
            ) { section($0)?.opening })
        }
        rules.append(programmeRule(service))
        rules += documentRules(service) + staffRules(service)
        rules += SicilyStructureKit.attestationRules(service.type, labels: areaLabels, service.attested)
        return rules
    }
}

extension String {
    /// The text with its first letter in capitals ("vano soggiorno" → "Vano soggiorno").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
