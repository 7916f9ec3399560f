/// Seed 004 §7.4, *Gruppo appartamento per minori e giovani* (L2687-L2781): a flat of 100-170 m²
/// for at most 7 young people of one gender, minors from 16 and young adults up to 21, for at
/// most two years. The section holds the census date, the floor area and the guests (by
/// pseudonymous code, with their ages, never a birth date).
///
/// ```swift
/// let flat = SicilyMinorsApartmentSection(asOf: LocalDate(year: 2026, month: 11, day: 30)!,
///                                         floorArea: SquareMetres(whole: 132), guests: [])
/// ```
public struct SicilyMinorsApartmentSection: Sendable, Hashable {
    /// The date the dossier describes: ages and stays are measured to it.
    public var asOf: LocalDate
    /// The flat's floor area: 100-170 m² (L2751).
    public var floorArea: SquareMetres
    public var spaces: [SicilyMinorsSpace]
    public var guests: [SicilyGuest]

    public init(asOf: LocalDate, floorArea: SquareMetres, spaces: [SicilyMinorsSpace] = [], guests: [SicilyGuest]) {
        self.asOf = asOf
        self.floorArea = floorArea
        self.spaces = spaces
        self.guests = guests
    }
}

extension SicilyMinorsApartmentSection: StructureSection {
    public static let member = "groupApartment"
    public static let summary = "The group apartment's census date, floor area, rooms and guests by pseudonymous code (seed 004 L2687-L2760)."
    public static let fields = FieldTable(
        blank: SicilyMinorsApartmentSection(asOf: LocalDate(year: 2000, month: 1, day: 1)!, floorArea: .zero, guests: []), [
            .required("asOf", \.asOf, ValueCodecs.date, summary: "Census date: ages and stays are measured to it."),
            .required("floorAreaSquareMetres", \.floorArea, SquareMetres.codec, summary: "Floor area of the flat in m² (L2751)."),
            .defaulted("spaces", \.spaces, SicilyMinorsSpace.listCodec, default: [], writesDefault: false, summary: "Common rooms (L2755-L2757)."),
            .required("guests", \.guests, SicilyGuest.listCodec, summary: "The young people living there at the census date (L2695-L2711)."),
        ])
}

extension DossierKind {
    /// Sicily §7.4, group apartment for minors and young people.
    public static let sicilyMinorsApartment: DossierKind = "sicily.minors.apartment"
}

extension StructureType {
    /// Sicily §7.4: group apartment for minors and young people, at most 7 places.
    public static let sicilyMinorsApartment = StructureType(
        code: "sicily.minors.apartment", kind: .sicilyMinorsApartment,
        label: LocalizedText(it: "Gruppo appartamento per minori e giovani (massimo 7 posti)",
                             en: "Group apartment for minors and young people (at most 7 places)"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 2687...2781),
        staffingStandardID: "sicily.minors-apartment", ruleIDPrefix: "sicily.minors.apartment", capacityUnit: .places)
}

/// The rules and the kind of the §7.4 group apartment.
public enum SicilyMinorsApartmentRules {
    static let type = StructureType.sicilyMinorsApartment
    static let seed = Seed.structuresSicily
    static func section(_ dossier: StructureDossier) -> SicilyMinorsApartmentSection? { dossier.sections[SicilyMinorsApartmentSection.self] }
    static let member = SicilyMinorsApartmentSection.member

    /// "max 7 posti" (L2710).
    public static let maximumPlaces = 7
    /// "età non inferiore ai 16 anni" (L2696).
    public static let minimumAdmissionAge = 16
    /// "giovani fino ai ventuno anni" (L2697).
    public static let maximumAge = 21
    /// "non possono comunque superare i due anni" (L2723-L2724).
    public static let maximumStayYears = 2
    /// "superficie ricompresa tra i 100-170 mq" (L2751).
    public static let floorAreaRange = 100...170

    /// The staffing conditions the guests call for: minors, minors under a penal measure,
    /// immigrants (L2773-L2778). A guest tagged `penal-measure` calls for the further educator
    /// whatever their present age: the measure was taken while a minor, and the apartment hosts
    /// young people up to 21 (L2696-L2697).
    public static func staffingParameters(_ dossier: StructureDossier) -> StaffingParameters {
        let guests = section(dossier)?.guests ?? []
        var conditions: Set<StaffingCondition> = []
        if guests.contains(where: \.isMinor) { conditions.insert(SicilyMinorsStaffingStandards.hostsMinors) }
        // A young adult still under the penal measure taken as a minor counts: juvenile justice
        // follows the person past 18 (decision beside the rule's standard line).
        if guests.contains(where: { $0.tags.contains(.penalMeasure) }) {
            conditions.insert(SicilyMinorsStaffingStandards.minorsUnderPenalMeasure)
        }
        if guests.contains(where: { $0.tags.contains(.foreign) }) { conditions.insert(SicilyMinorsStaffingStandards.hostsImmigrants) }
        return StaffingParameters(conditions: conditions)
    }

    static let attested = SicilyMinors.attestations(type, [
        .init("projects", "social-report", 2717...2719, it: "Ogni ingresso accompagnato dalla relazione sociale dell'istituzione richiedente",
              en: "Every admission comes with the social report of the requesting institution"),
        .init("projects", "personal-file", 2720...2722,
              it: "Cartella personale con documenti anagrafici, scolastici, sanitari, scheda di anamnesi aggiornata e P.E.I.",
              en: "Personal file with registry, school and health documents, an updated anamnesis sheet and the PEI"),
        .init("projects", "autonomy-project", 2714...2716, it: "Progetto di autonomia", en: "Autonomy project"),
        .init("projects", "pei-with-guest", 2733...2734, it: "Progetto educativo individuale elaborato con la partecipazione del giovane",
              en: "Individual educational project drawn up with the young person taking part"),
        .init("projects", "admission-pact", 2744...2746, it: "Patto tra ente e giovane prima dell'accoglienza",
              en: "Pact between the provider and the young person before admission"),
        .init("projects", "evaluation-tool", 2747...2748, it: "Strumento di valutazione degli obiettivi raggiunti",
              en: "Tool to evaluate the objectives reached"),
        .init("projects", "service-charter", 2725...2726, it: "Carta dei Servizi (art. 13 L. 328/2000)", en: "Service charter (art. 13 L. 328/2000)"),
        .init("premises", "furnishings", 2758...2760, it: "Arredi vivibili, idonei agli ospiti, funzionali e sicuri",
              en: "Furnishings liveable, suited to the guests, functional and safe"),
        .init("personnel", "employees", 2762...2763, it: "Personale fornito in rapporto di dipendente (psicologo e mediatore in convenzione)",
              en: "Staff are employees (psychologist and mediator under a convention)"),
    ] + SicilyMinors.paragraphTwo(callLines: 2780...2781))

    static let privacy = SicilyMinors.privacyRule(type) { dossier, visit in
        SicilyGuest.visitCodes(section(dossier)?.guests ?? [], member, visit: visit)
    }

    static func guestPointer(_ index: Int, _ member: String) -> JSONPointer {
        JSONPointer.root.appending(SicilyMinorsApartmentSection.member).appending("guests").appending(index).appending(member)
    }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        SicilyMinors.maximumCapacityRule(type, maximumPlaces, lines: 2710...2710,
                                         title: LocalizedText(it: "Al massimo 7 posti", en: "At most 7 places")),
        SicilyMinors.peopleWithinCapacityRule(type, lines: 2709...2711, at: JSONPointer.root.appending(member).appending("guests")) {
            section($0)?.guests.count ?? 0
        },
        SicilyMinors.bedTotalRule(type, lines: 2709...2711),
        Rule.structure(
            type, "guests.same-gender", seed: seed, lines: 2710...2711,
            title: LocalizedText(it: "Ospiti dello stesso genere", en: "Guests of the same gender"),
            message: LocalizedText(it: "l'ospite {0} è di genere diverso dal primo ospite", en: "guest {0} is not of the first guest's gender"),
            decision: "A guest with no gender stated is not compared; the first guest who states one sets the flat's gender."
        ) { dossier, report in
            let guests = section(dossier)?.guests ?? []
            guard let first = guests.first(where: { $0.gender != nil })?.gender else { return }
            for (index, guest) in guests.enumerated() where guest.gender != nil && guest.gender != first {
                report.report(at: guestPointer(index, "gender"), .text(guest.code))
            }
        },
        Rule.structure(
            type, "guests.admission-age", seed: seed, lines: 2696...2700,
            title: LocalizedText(it: "Ingresso non prima dei 16 anni", en: "Admission not before 16"),
            message: LocalizedText(it: "l'ospite {0} è entrato a {1} anni, l'età minima è {2}", en: "guest {0} was admitted at {1}, the minimum age is {2}"),
            decision: "The age on admission is read; where the dossier omits it, the age at the census date stands in (a guest now under 16 was under 16 on admission)."
        ) { dossier, report in
            for (index, guest) in (section(dossier)?.guests ?? []).enumerated() {
                let age = guest.ageAtAdmission ?? guest.age
                if age < minimumAdmissionAge {
                    report.report(at: guestPointer(index, guest.ageAtAdmission == nil ? "age" : "ageAtAdmission"),
                                  .text(guest.code), .integer(age), .integer(minimumAdmissionAge))
                }
            }
        },
        Rule.structure(
            type, "guests.maximum-age", seed: seed, lines: 2696...2697,
            title: LocalizedText(it: "Giovani fino ai ventuno anni", en: "Young people up to twenty-one"),
            message: LocalizedText(it: "l'ospite {0} ha {1} anni, al massimo {2}", en: "guest {0} is {1}, at most {2}"),
            decision: "Ambiguity 15: \"fino ai ventuno anni\" read as 21 completed years included (a guest of 21 may stay until 22), the reading that does not cut a stay short on the birthday; ages are completed years at the census date."
        ) { dossier, report in
            for (index, guest) in (section(dossier)?.guests ?? []).enumerated() where guest.age > maximumAge {
                report.report(at: guestPointer(index, "age"), .text(guest.code), .integer(guest.age), .integer(maximumAge))
            }
        },
        Rule.structure(
            type, "guests.adult-prior-path", .warning, seed: seed, lines: 2697...2700,
            title: LocalizedText(it: "I maggiorenni accolti vengono da un percorso in altre strutture residenziali",
                                 en: "Adults taken in come from a path in other residential structures"),
            message: LocalizedText(it: "l'ospite {0} è entrato maggiorenne senza un percorso educativo in altre strutture residenziali",
                                   en: "guest {0} was admitted as an adult without an educational path in other residential structures"),
            decision: "The seed describes the young adults it takes (after a path in other structures); a warning, since it describes rather than forbids."
        ) { dossier, report in
            for (index, guest) in (section(dossier)?.guests ?? []).enumerated() {
                if let age = guest.ageAtAdmission, age >= 18, !guest.tags.contains(.priorResidentialPath) {
                    report.report(at: guestPointer(index, "tags"), .text(guest.code))
                }
            }
        },
        Rule.structure(
            type, "guests.stay", seed: seed, lines: 2723...2724,
            title: LocalizedText(it: "Permanenza non oltre due anni", en: "A stay of at most two years"),
            message: LocalizedText(it: "l'ospite {0} è entrato il {1}: al {2} supera i due anni (fino al {3})",
                                   en: "guest {0} was admitted on {1}: on {2} the stay exceeds two years (until {3})"),
            decision: "Two calendar years from the admission date, that day included; a guest with no admission date is not measured."
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            for (index, guest) in section.guests.enumerated() {
                guard let admitted = guest.admittedOn else { continue }
                let limit = SicilyMinors.adding(years: maximumStayYears, to: admitted)
                if section.asOf > limit {
                    report.report(at: guestPointer(index, "admittedOn"), .text(guest.code), .date(admitted), .date(section.asOf), .date(limit))
                }
            }
        },
        Rule.structure(
            type, "premises.floor-area", seed: seed, lines: 2750...2751,
            title: LocalizedText(it: "Superficie tra 100 e 170 m²", en: "Floor area between 100 and 170 m²"),
            message: LocalizedText(it: "superficie {0} m², ammessa tra {1} e {2} m²", en: "floor area {0} m², allowed between {1} and {2} m²"),
            decision: "The range bounds both ways: a flat over 170 m² is no longer a group apartment."
        ) { dossier, report in
            guard let area = section(dossier)?.floorArea else { return }
            let low = SquareMetres(whole: floorAreaRange.lowerBound), high = SquareMetres(whole: floorAreaRange.upperBound)
            if area < low || high < area {
                report.report(at: JSONPointer.root.appending(member).appending("floorAreaSquareMetres"), area.argument, low.argument, high.argument)
            }
        },
    ] + attested.rules + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.minorsApartment, parameters: staffingParameters)

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Gruppo appartamento per minori e giovani, Regione Siciliana", en: "Group apartment for minors and young people, Sicily"),
        summary: "Gruppo appartamento per minori e giovani: the accreditation dossier of a Sicilian group apartment (D.A. 17/2014, §7.4), "
            + "guests by pseudonymous code only. Source: seed \(type.citation). This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        sections: [.section(SicilyMinorsApartmentSection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
