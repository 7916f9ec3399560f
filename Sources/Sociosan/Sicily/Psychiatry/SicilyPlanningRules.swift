/// The regional planning figures of seed 004 §6.1 (L938-L960) as a check over the structure
/// dossiers of one province, not over one dossier: the 24-hour socio-rehabilitative beds per
/// 10,000 inhabitants (3, and 5 in the initial phase, L945-L946), the 2 of those 5 to be turned
/// into group apartments and housing support (L946-L948), and the 20-place module of D.A.
/// 320/2014 split in two (L949-L956).
///
/// `sociosan validate --inhabitants PA=1208991 PATHS...` builds a ``SicilyPlanningArea`` per
/// province named from the structure dossiers given and reports these findings like any other.
///
/// ```swift
/// let area = SicilyPlanningArea(province: .palermo, inhabitants: 1_208_991, dossiers: dossiers)
/// SicilyPlanningRules.ruleSet.evaluate(area)  // [] while the 24-hour beds stay within 5 per 10,000
/// ```
public enum SicilyPlanningRules {
    static let seed = Seed.structuresSicily

    /// The planning rules judge the dossiers of these kinds taken together.
    static let kinds: [DossierKind] = [.sicilyPsychiatricResidence24h, .sicilyGroupApartment]

    /// The ids of the planning rules; they fire only over a province, so no single dossier
    /// fixture can trigger them.
    public static var ids: Set<RuleID> { Set(ruleSet.rules.map(\.id)) }

    /// "3 posti letto ogni 10.000 abitanti" (L945).
    public static let targetBedsPer10000 = 3
    /// "In fase iniziale si prevedono 5 posti letto ogni 10.000 abitanti" (L946).
    public static let initialBedsPer10000 = 5
    /// "Il modulo socio riabilitativo da 20 PL" (L949-L951).
    public static let moduleSize = 20

    static func rule(
        _ id: String, _ severity: Severity, lines: ClosedRange<Int>, title: LocalizedText, message: LocalizedText, decision: String,
        check: @escaping @Sendable (SicilyPlanningArea, inout FindingReporter) -> Void
    ) -> Rule<SicilyPlanningArea> {
        Rule(
            descriptor: RuleDescriptor(
                id: RuleID(rawValue: "sicily.planning." + id), kinds: kinds, severity: severity,
                citation: Citation(seed, lines: lines), title: title, message: message, decision: decision),
            check: check)
    }

    /// The figure per 10,000 inhabitants, in hundredths, rounded down (`540 beds, 1,208,991
    /// inhabitants` is 4.46).
    public static func per10000(_ count: Int, inhabitants: Int) -> Int {
        inhabitants > 0 ? count * 1_000_000 / inhabitants : 0
    }

    /// Whether `count` exceeds `ratio` per 10,000 inhabitants, compared exactly in integers.
    static func exceeds(_ count: Int, _ ratio: Int, inhabitants: Int) -> Bool { count * 10_000 > ratio * inhabitants }

    static func beds(_ area: SicilyPlanningArea, _ type: StructureType) -> Int {
        area.structures.filter { $0.type == type }.reduce(0) { $0 + $1.beds }
    }

    static let bedsMessage = LocalizedText(
        it: "provincia {0}: {1} posti in {2} strutture per {3} abitanti, {4} ogni 10.000; la programmazione ne prevede {5}",
        en: "province {0}: {1} places in {2} structures for {3} inhabitants, {4} per 10,000; the planning provides {5}")

    static func reportBeds(_ area: SicilyPlanningArea, _ places: Int, structures: Int, ratio: Int, into report: inout FindingReporter) {
        report.report(at: .root, .text(area.province.rawValue), .integer(places), .integer(structures), .integer(area.inhabitants),
                      .fixed(per10000(places, inhabitants: area.inhabitants), scale: 2), .integer(ratio))
    }

    /// More 24-hour beds than the initial phase's 5 per 10,000 (L946).
    public static let initialBeds = rule(
        "residence-24h-initial", .warning, lines: 945...946,
        title: LocalizedText(it: "Posti socio-riabilitativi 24 ore entro 5 ogni 10.000 abitanti (fase iniziale)",
                             en: "24-hour socio-rehabilitative beds within 5 per 10,000 inhabitants (initial phase)"),
        message: bedsMessage,
        decision: "PL-01: the planning figures bind the Region's programming, not one structure: a province above them is a warning over its structures, the inhabitants being given by the user. The beds are the places of the 24-hour residences of the province given (each structure id once); the figure is rounded down to hundredths in the message and compared exactly."
    ) { area, report in
        let places = beds(area, .sicilyPsychiatricResidence24h)
        if exceeds(places, initialBedsPer10000, inhabitants: area.inhabitants) {
            reportBeds(area, places, structures: area.structures.filter { $0.type == .sicilyPsychiatricResidence24h }.count,
                       ratio: initialBedsPer10000, into: &report)
        }
    }

    /// More 24-hour beds than the target of 3 per 10,000 (L945), within the initial 5.
    public static let targetBeds = rule(
        "residence-24h-target", .info, lines: 945...948,
        title: LocalizedText(it: "Posti socio-riabilitativi 24 ore: obiettivo di 3 ogni 10.000 abitanti",
                             en: "24-hour socio-rehabilitative beds: target of 3 per 10,000 inhabitants"),
        message: bedsMessage,
        decision: "PL-02: above 3 and up to 5 per 10,000 the province is within the initial phase; 2 of the 5 are to be turned into independent living, housing support and group apartments within three years (L946-L948): an info finding records the figure."
    ) { area, report in
        let places = beds(area, .sicilyPsychiatricResidence24h)
        if exceeds(places, targetBedsPer10000, inhabitants: area.inhabitants),
           !exceeds(places, initialBedsPer10000, inhabitants: area.inhabitants) {
            reportBeds(area, places, structures: area.structures.filter { $0.type == .sicilyPsychiatricResidence24h }.count,
                       ratio: targetBedsPer10000, into: &report)
        }
    }

    /// 24-hour beds and group-apartment places together within the initial 5 per 10,000 (L946-L948).
    public static let convertedPlaces = rule(
        "converted-places", .warning, lines: 946...948,
        title: LocalizedText(it: "Posti 24 ore e gruppi appartamento insieme entro 5 ogni 10.000 abitanti",
                             en: "24-hour beds and group-apartment places together within 5 per 10,000 inhabitants"),
        message: bedsMessage,
        decision: "PL-03: the group apartments and housing support come out of the 5 beds per 10,000 (\"trasformare 2 dei 5 PL\", L947-L948): the places of 24-hour residences and group apartments of the province are added and held to 5 per 10,000. Reported only when the 24-hour beds alone are within 5 (else residence-24h-initial says it)."
    ) { area, report in
        let residences = beds(area, .sicilyPsychiatricResidence24h)
        let places = residences + beds(area, .sicilyGroupApartment)
        if exceeds(places, initialBedsPer10000, inhabitants: area.inhabitants),
           !exceeds(residences, initialBedsPer10000, inhabitants: area.inhabitants) {
            reportBeds(area, places, structures: area.structures.count, ratio: initialBedsPer10000, into: &report)
        }
    }

    /// The structures one operator made of a 20-place module hold at most 20 places a module.
    public static let moduleSplit = rule(
        "module-split", .warning, lines: 949...956,
        title: LocalizedText(it: "Il modulo da 20 posti è diviso in due strutture da 10 o in altre tipologie, senza superare i 20 posti",
                             en: "The 20-place module is split into two 10-place structures or other types, within its 20 places"),
        message: LocalizedText(
            it: "provincia {0}, ente {1}: {2} strutture dichiarate da moduli da 20 posti ({3} residenze 24 ore) hanno {4} posti, al massimo {5}",
            en: "province {0}, operator {1}: {2} structures declared from 20-place modules ({3} 24-hour residences) hold {4} places, at most {5}"),
        decision: "PL-04: the dossiers do not name the module they come from; per operator (VAT number, else name) a pair of 10-place residences is one module (alternative a), and the structures of other types from a module (alternative b) share its 20 places: modules = max(1, ⌈residences / 2⌉), places ≤ 20 × modules."
    ) { area, report in
        var groups: [String: [StructureDossier]] = [:]
        var order: [String] = []
        for dossier in area.structures where dossier.isFromTwentyPlaceModule {
            let key = dossier.managingOperator.vatNumber ?? dossier.managingOperator.name
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(dossier)
        }
        for key in order {
            let members = groups[key] ?? []
            let residences = members.filter { $0.type == .sicilyPsychiatricResidence24h }.count
            let places = members.reduce(0) { $0 + $1.beds }
            let most = moduleSize * max(1, (residences + 1) / 2)
            if places > most {
                report.report(at: .root, .text(area.province.rawValue), .text(members[0].managingOperator.name), .integer(members.count),
                              .integer(residences), .integer(places), .integer(most))
            }
        }
    }

    public static let ruleSet = RuleSet<SicilyPlanningArea>(
        kind: .sicilyPsychiatricResidence24h, rules: [initialBeds, targetBeds, convertedPlaces, moduleSplit])
}

/// The structure dossiers of one Sicilian province, with its inhabitants, as the planning rules
/// of §6.1 see them (``SicilyPlanningRules``).
///
/// ```swift
/// let area = SicilyPlanningArea(province: .catania, inhabitants: 1_066_765, dossiers: dossiers)
/// area.structures.count  // the dossiers of Catania, each structure id once
/// ```
public struct SicilyPlanningArea: Sendable, Hashable {
    public var province: Province
    /// The inhabitants, given by the user (the seed states none).
    public var inhabitants: Int
    /// The dossiers given, of any kind and province.
    public var dossiers: [StructureDossier]

    public init(province: Province, inhabitants: Int, dossiers: [StructureDossier]) {
        self.province = province
        self.inhabitants = inhabitants
        self.dossiers = dossiers
    }

    /// The dossiers of the province, each structure id once (the last one given wins).
    public var structures: [StructureDossier] {
        var position: [StructureID: Int] = [:]
        var units: [StructureDossier] = []
        for dossier in dossiers where dossier.province == province {
            if let index = position[dossier.id] {
                units[index] = dossier
            } else {
                position[dossier.id] = units.count
                units.append(dossier)
            }
        }
        return units
    }
}

extension StructureDossier {
    /// Whether the structure declares it comes from a 20-place module of D.A. 320/2014 (L949-L956).
    var isFromTwentyPlaceModule: Bool {
        sections[SicilyResidence24hSection.self]?.fromTwentyPlaceModule == true
            || sections[SicilyGroupApartmentSection.self]?.fromTwentyPlaceModule == true
    }
}
