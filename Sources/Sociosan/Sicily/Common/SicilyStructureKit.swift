/// Rule builders and small parts shared by the Sicilian structure kinds of seed 004 (the group
/// apartment of §6.1.4.2 and the six addiction services of §6.4): the region, a capacity
/// ceiling, the rooms' beds and areas, opening days and hours, and attested requirements. Each
/// builder makes one ``Rule`` whose id is `<type.ruleIDPrefix>.<name>`, so a kind calls it once
/// per requirement instead of copying a rule.
///
/// ```swift
/// let rule = SicilyStructureKit.maximumPlaces(.sicilyGroupApartment, 4, lines: 1157...1158)
/// rule.id  // "sicily.group-apartment.capacity.max-places"
/// ```
public enum SicilyStructureKit {
    static let seed = Seed.structuresSicily

    /// "Regione Siciliana": the structure stands in a Sicilian province (seed 004 title, L6-L21).
    /// `title` names what stands there where it is more than a structure (section 7's services).
    static func region(
        _ type: StructureType, title: LocalizedText = LocalizedText(it: "La struttura è in Sicilia", en: "The structure is in Sicily")
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, "identity.region", seed: seed, lines: 6...21, title: title,
            message: LocalizedText(it: "la provincia {0} non è in Sicilia", en: "province {0} is not in Sicily")
        ) { dossier, report in
            if dossier.province.region != .sicilia { report.report(at: "/province", .text(dossier.province.rawValue)) }
        }
    }

    /// At most `maximum` places (users, beds) in the structure.
    static func maximumPlaces(
        _ type: StructureType, _ maximum: Int, lines: ClosedRange<Int>, severity: Severity = .error, decision: String? = nil
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, "capacity.max-places", severity, seed: seed, lines: lines,
            title: LocalizedText(it: "Al massimo \(maximum) posti", en: "At most \(maximum) places"),
            message: LocalizedText(it: "la struttura dichiara {0} posti, al massimo ne sono ammessi {1}",
                                   en: "the structure declares {0} places, at most {1} are allowed"),
            decision: decision
        ) { dossier, report in
            if dossier.beds > maximum { report.report(at: "/beds", .integer(dossier.beds), .integer(maximum)) }
        }
    }

    /// The rooms' beds add up to the structure's places; `applies` limits it to some dossiers.
    /// `inBeds` words the rooms' count as beds ("posti letto", the sections 4-5 kinds and the
    /// 24-hour residence) rather than places ("posti", seed 004's §6.1.4.2 and §6.4 kinds).
    static func bedTotal(
        _ type: StructureType, lines: ClosedRange<Int>, inBeds: Bool = false, title: LocalizedText? = nil, decision: String? = nil,
        applies: @escaping @Sendable (StructureDossier) -> Bool = { _ in true }
    ) -> Rule<StructureDossier> {
        let it = inBeds ? "posti letto" : "posti", en = inBeds ? "beds" : "places"
        return Rule.structure(
            type, "rooms.bed-total", seed: seed, lines: lines,
            title: title ?? LocalizedText(it: "I \(it) delle camere sono i posti della struttura", en: "The rooms' \(en) are the structure's places"),
            message: LocalizedText(it: "le camere sommano {0} \(it), la struttura ne dichiara {1}",
                                   en: "the rooms add up to {0} \(en), the structure declares {1}"),
            decision: decision
        ) { dossier, report in
            guard applies(dossier) else { return }
            let total = dossier.rooms.reduce(0) { $0 + $1.beds }
            if total != dossier.beds { report.report(at: "/rooms", .integer(total), .integer(dossier.beds)) }
        }
    }

    /// No bedroom holds more than `maximum` beds (`maximum` may depend on the dossier).
    static func maximumBedsPerRoom(
        _ type: StructureType, title: LocalizedText, lines: ClosedRange<Int>, decision: String? = nil,
        maximum: @escaping @Sendable (StructureDossier) -> Int?
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, "rooms.max-beds", seed: seed, lines: lines, title: title,
            message: LocalizedText(it: "la camera {0} ha {1} posti letto, al massimo ne sono ammessi {2}",
                                   en: "room {0} has {1} beds, at most {2} are allowed"),
            decision: decision
        ) { dossier, report in
            guard let limit = maximum(dossier) else { return }
            for (index, room) in dossier.rooms.enumerated() where room.beds > limit {
                report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("beds"),
                              .text(room.id), .integer(room.beds), .integer(limit))
            }
        }
    }

    /// Each bedroom's usable area is at least `minimum(beds)`, when the room states its area;
    /// `minimum` returns `nil` where the rule does not bind (another rule speaks of the room).
    static func roomArea(
        _ type: StructureType, title: LocalizedText, lines: ClosedRange<Int>, decision: String? = nil,
        minimum: @escaping @Sendable (StructureDossier, Int) -> SquareMetres?
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, "rooms.area", seed: seed, lines: lines, title: title,
            message: LocalizedText(it: "la camera {0} ({1} posti letto) misura {2} m², ne servono almeno {3}",
                                   en: "room {0} ({1} beds) measures {2} m², at least {3} needed"),
            decision: decision
        ) { dossier, report in
            for (index, room) in dossier.rooms.enumerated() {
                guard let area = room.squareMetres, let least = minimum(dossier, room.beds), area < least else { continue }
                report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("squareMetres"),
                              .text(room.id), .integer(room.beds), area.argument, least.argument)
            }
        }
    }

    /// Every bedroom states its usable area, where an area rule binds (`applies`).
    static func roomAreaStated(
        _ type: StructureType, lines: ClosedRange<Int>, applies: @escaping @Sendable (StructureDossier) -> Bool = { _ in true }
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, "rooms.area-stated", seed: seed, lines: lines,
            title: LocalizedText(it: "Ogni camera dichiara la superficie utile", en: "Every bedroom states its usable area"),
            message: LocalizedText(it: "la camera {0} non indica la superficie utile (squareMetres)",
                                   en: "room {0} does not state its usable area (squareMetres)")
        ) { dossier, report in
            guard applies(dossier) else { return }
            for (index, room) in dossier.rooms.enumerated() where room.squareMetres == nil {
                report.report(at: JSONPointer.root.appending("rooms").appending(index), .text(room.id))
            }
        }
    }

    /// The declared opening reaches `days` a week and `hours` a day, read from `opening`.
    static func opening(
        _ type: StructureType, days: Int, hours: Int, lines: ClosedRange<Int>, pointer: JSONPointer, decision: String? = nil,
        opening: @escaping @Sendable (StructureDossier) -> SicilyOpening?
    ) -> Rule<StructureDossier> {
        let around = hours == 24
        return Rule.structure(
            type, "opening.minimum", seed: seed, lines: lines,
            title: around
                ? LocalizedText(it: "Aperto \(days) giorni a settimana, 24 ore su 24", en: "Open \(days) days a week, around the clock")
                : LocalizedText(it: "Attivo almeno \(days) giorni a settimana per \(hours) ore al giorno",
                                en: "Active at least \(days) days a week for \(hours) hours a day"),
            message: LocalizedText(it: "apertura dichiarata {0} giorni a settimana per {1} ore al giorno, ne servono almeno {2} per {3} ore",
                                   en: "declared opening {0} days a week for {1} hours a day, at least {2} days of {3} hours needed"),
            decision: decision
        ) { dossier, report in
            guard let declared = opening(dossier) else { return }
            if declared.daysPerWeek < days || declared.hoursPerDay < hours {
                report.report(at: pointer, .integer(declared.daysPerWeek), .integer(declared.hoursPerDay), .integer(days), .integer(hours))
            }
        }
    }

    /// "OSA ad esaurimento": OSA (recorded as ADB) are being phased out, new care staff are OSS.
    static func osaPhasingOut(_ type: StructureType, lines: ClosedRange<Int>) -> Rule<StructureDossier> {
        Rule.structure(
            type, "staff.osa-phasing-out", .warning, seed: seed, lines: lines,
            title: LocalizedText(it: "OSA ad esaurimento: i nuovi operatori sono OSS", en: "OSA are being phased out: new care staff are OSS"),
            message: LocalizedText(it: "{0} h/settimana di OSA (registrati come ADB): profilo ad esaurimento, i nuovi operatori sono OSS",
                                   en: "{0} h/week of OSA (recorded as ADB): the profile is being phased out, new care staff are OSS")
        ) { dossier, report in
            for (index, member) in dossier.staff.enumerated() where member.role == .adb {
                report.report(at: JSONPointer.root.appending("staff").appending(index).appending("role"), member.hoursPerWeek.argument)
            }
        }
    }

    // MARK: Attested requirements

    /// One requirement a structure attests by listing its code in an area (a written procedure,
    /// a document, a quality of the furniture that no figure shows).
    struct Attested: Sendable {
        let area: String
        let code: String
        let lines: ClosedRange<Int>
        let severity: Severity
        let title: LocalizedText
        let decision: String?
        /// Binds only when this holds.
        let applies: (@Sendable (StructureDossier) -> Bool)?

        init(_ area: String, _ code: String, _ lines: ClosedRange<Int>, _ severity: Severity = .error,
             it: String, en: String, decision: String? = nil, applies: (@Sendable (StructureDossier) -> Bool)? = nil) {
            self.area = area
            self.code = code
            self.lines = lines
            self.severity = severity
            self.title = LocalizedText(it: it, en: en)
            self.decision = decision
            self.applies = applies
        }
    }

    /// The labels of the five areas a §6.1 socio-rehabilitative structure attests.
    static let mentalHealthAreaLabels: [String: LocalizedText] = [
        "furnishings": LocalizedText(it: "arredi e attrezzature", en: "furnishings and equipment"),
        "personnel": LocalizedText(it: "personale", en: "personnel"),
        "organisation": LocalizedText(it: "organizzazione", en: "organisation"),
        "admission": LocalizedText(it: "accesso", en: "admission"),
        "psrp": LocalizedText(it: "progetto socio-riabilitativo personalizzato (PSRP)", en: "personalised socio-rehabilitative project (PSRP)"),
    ]

    /// What every §6.1 socio-rehabilitative structure attests, whatever its type: paragraph 2's
    /// personnel rule (L281-L288, called in by L1128-L1129 and L1198-L1199), the DSM's
    /// coordination (L912-L916), the savings of a split 20-place module (L949-L960, when
    /// `fromModule` holds), the DSM's PTI (L967-L974) and one PSRP a user (L972-L974).
    static func mentalHealthAttested(fromModule: @escaping @Sendable (StructureDossier) -> Bool) -> (personnel: [Attested], organisation: [Attested], admission: Attested, psrp: Attested) {
        (personnel: paragraphTwoPersonnel(), organisation: [
            // Decision S-19: §6 describes the system; an auditor records it but does not refuse for it.
            Attested("organisation", "dsm-coordination", 912...916, .warning,
                     it: "La struttura opera nel sistema di offerta del DSM, titolare di direzione e coordinamento",
                     en: "The structure works within the DSM's offer, which directs and coordinates it"),
            Attested("organisation", "module-savings", 949...960,
                     it: "Le attività non residenziali finanziate dai minori costi sono concordate con il DSM",
                     en: "The non-residential activities funded by the savings are agreed with the DSM",
                     applies: fromModule),
        ], admission: Attested("admission", "dsm-pti", 967...974,
                               it: "Ingressi e dimissioni tramite il DSM, con un Piano di trattamento individuale (PTI) concordato con l'utente",
                               en: "Admissions and discharges through the DSM, on an individual treatment plan (PTI) agreed with the user"),
        psrp: Attested("psrp", "per-user", 972...974,
                       it: "Un PSRP per ogni utente, elaborato con l'utente, la famiglia e la rete sociale",
                       en: "A PSRP for each user, drawn up with the user, the family and the social network"))
    }

    /// Paragraph 2's personnel rule (L281-L288): qualifications and contracts, which the §6.1
    /// and section 7 kinds call in; `decision` records where a kind's own lines call it.
    static func paragraphTwoPersonnel(decision: String? = nil) -> [Attested] {
        [
            Attested("personnel", "qualifications", 281...283,
                     it: "Ogni operatore ha il titolo di studio attinente alla qualifica", en: "Every professional holds the qualification of their role",
                     decision: decision),
            Attested("personnel", "contracts", 283...288,
                     it: "Contratti collettivi nazionali e tariffe degli ordini professionali applicati",
                     en: "National collective agreements, and the professional orders' fees for freelancers, are applied"),
        ]
    }

    /// The areas, in the order given, with their codes in declaration order.
    static func attestationAreas(_ type: StructureType, areas: [String], _ items: [Attested]) -> [AttestationArea] {
        areas.map { area in
            AttestationArea(member: area, codes: items.filter { $0.area == area }.map(\.code),
                            summary: "Attested \(area) requirements (seed 004). Each missing code is a finding of rule \(type.ruleIDPrefix).\(area).<code>.")
        }
    }

    /// One rule per attested requirement: a missing code is a finding at the area's list.
    static func attestationRules(_ type: StructureType, labels: [String: LocalizedText], _ items: [Attested]) -> [Rule<StructureDossier>] {
        items.map { item in
            let area = labels[item.area] ?? LocalizedText(it: item.area, en: item.area)
            return Rule.structure(
                type, "\(item.area).\(item.code)", item.severity, seed: seed, lines: item.lines, title: item.title,
                message: LocalizedText(it: "requisito non attestato ({0}): {1}", en: "requirement not attested ({0}): {1}"),
                decision: item.decision
            ) { dossier, report in
                if let applies = item.applies, !applies(dossier) { return }
                if !dossier.attestations.contains(item.code) {
                    report.report(at: JSONPointer.root.appending(item.area), .localized(area), .localized(item.title))
                }
            }
        }
    }
}

/// When a service is open, or its staff active: days a week and hours a day.
///
/// ```swift
/// SicilyOpening(daysPerWeek: 7, hoursPerDay: 24)  // a residential service, around the clock
/// ```
public struct SicilyOpening: Sendable, Hashable {
    public var daysPerWeek: Int
    public var hoursPerDay: Int

    public init(daysPerWeek: Int, hoursPerDay: Int) {
        self.daysPerWeek = daysPerWeek
        self.hoursPerDay = hoursPerDay
    }

    public static let fields = FieldTable(blank: SicilyOpening(daysPerWeek: 1, hoursPerDay: 1), [
        .required("daysPerWeek", \.daysPerWeek, ValueCodecs.integer(1...7), summary: "Days a week."),
        .required("hoursPerDay", \.hoursPerDay, ValueCodecs.integer(1...24), summary: "Hours a day."),
    ])
}

extension SquareMetres {
    /// Hundredths of a square metre in a field table (1 to 100,000 m², two decimals).
    static let codec = ValueCodecs.mapped(ValueCodecs.hundredths(1...10_000_000), read: SquareMetres.init(hundredths:), write: \.hundredths)
}
