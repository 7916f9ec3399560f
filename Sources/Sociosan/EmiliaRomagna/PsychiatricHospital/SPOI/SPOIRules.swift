/// The accreditation rules of the SPOI, seed 002 (Emilia-Romagna DGR 2000/2009) L116-L433.
///
/// Each rule is data (id, citation, severity, wording, and the reading taken where the seed
/// is ambiguous) plus a small check. Ambiguities are numbered as in the English digest
/// (`shared/spec/seed-002-psychiatric-structures.md` §10).
///
/// ```swift
/// let findings = SPOIRules.ruleSet.evaluate(dossier)
/// SPOIRules.requiredNonMedicalStaff(beds: 15)  // 11 (75 % of 15 = 11.25)
/// ```
public enum SPOIRules {
    static let seed = Seed.psychiatricStructuresER

    /// The SPOI as a structure kind. Its JSON is not the shared shape, so it lists its members:
    /// the shared ones it has, in the order its dossier has always had them, among its own
    /// (``SPOISection``, inline). It has no `healthAuthority`, a required `disciplineCode`, rooms
    /// without floor area, and a roster and access of its own.
    public static let kind = StructureKind(
        type: .spoi,
        title: LocalizedText(it: "Servizio Psichiatrico Ospedaliero Intensivo (SPOI), Emilia-Romagna",
                             en: "Intensive hospital psychiatric service (SPOI), Emilia-Romagna"),
        summary: "Servizio Psichiatrico Ospedaliero Intensivo: the accreditation dossier of one SPOI unit. Source: seed "
            + "\(StructureType.spoi.citation). This schema checks structure and domains; the accreditation rules themselves "
            + "(ratios, room limits, access) are checked by `sociosan validate`.",
        members: members, attestationAreas: ERStructureRules.attestationAreas(.spoi), rules: ruleSet.rules)

    static var members: [Field<StructureDossier>] {
        typealias Shared = StructureDossier.SharedFields
        return [
            Shared.id, Shared.name, Shared.managingOperator, Shared.province,
            .required("disciplineCode", \.disciplineCode,
                      ValueCodecs.mapped(ValueCodecs.string(), read: { Optional($0) }, write: { $0 ?? "" }),
                      summary: "Hospital discipline code; an SPOI is 40.2 (L132)."),
            .inline(SPOISection.producesSDO),
            Shared.buildingPermitDate, Shared.accreditation,
            .required("beds", \.beds, ValueCodecs.integer(1...1000), summary: "Ordinary beds; the base of the staffing ratios."),
            .inline(SPOISection.dayHospitalBeds), .inline(SPOISection.nuclei), .inline(SPOISection.contiguity),
            // The SPOI's rooms state no floor area (the seed sets none for them).
            Shared.rooms(ERRoom.fields.removing(["squareMetres"])),
            .inline(SPOISection.staff), .inline(SPOISection.smallUnitEvaluationOn), .inline(SPOISection.access),
        ]
    }

    public static var kindInfo: DossierKindInfo { kind.info }

    // MARK: Arithmetic of the staffing ratios

    /// The ward is "organised in nuclei of 10/18 beds" (L119-L120) but also "of 18/20 beds"
    /// (L221), and the worked examples use 12 and 15 beds (L255, L260). Decision: a
    /// nucleus has 10 to 20 beds, the union of both readings, since the seed itself regulates
    /// units below 15 beds (L222, L261).
    public static let nucleusBeds: ClosedRange<Int> = 10...20

    /// Regional total of SPOI beds (L120); no single unit can exceed it.
    public static let regionalBedTotal = 90

    /// Units of non-medical care staff: 75 % of beds (L253), rounded half up.
    ///
    /// Decision: the worked examples are 15 beds → 11 (11.25, L255-L256), 12 beds → 9
    /// (L260-L261) and, for doctors, 15 beds → 2 (1.95, L266-L267). Floor fails 1.95 → 2 and
    /// ceiling fails 11.25 → 11; only rounding to the nearest fits all three, and ties (10, 14,
    /// 18 beds) go up so that the minimum never falls below the ratio by half a unit.
    public static func requiredNonMedicalStaff(beds: Int) -> Int {
        SPOIStaffing.nonMedical.law.amount(at: beds).rounded(SPOIStaffing.nonMedical.rounding).numerator
    }

    /// Units of medical staff: 13 % of beds (L265), rounded half up (see
    /// ``requiredNonMedicalStaff(beds:)``).
    public static func requiredMedicalStaff(beds: Int) -> Int {
        SPOIStaffing.medical.law.amount(at: beds).rounded(SPOIStaffing.medical.rounding).numerator
    }

    /// "Almeno 6 infermieri" (L256, L261). Decision: an absolute floor for every SPOI
    /// size, since the seed gives the same 6 at 12 and at 15 beds, not a share.
    public static let minimumNurses = 6

    /// Below this many beds a unit must be contiguous to another psychiatric ward (L222,
    /// L261) and evaluated individually (L257-L259, L268-L270; A-08).
    public static let smallUnitThreshold = 15

    /// Nurses and support workers (OSS, or OTA and ADB meanwhile). Decision: the
    /// "programmed" psychologist (L252) is not counted as non-medical care staff.
    public static let nonMedicalCareRoles: Set<StaffRole> = [.nurse, .oss, .ota, .adb]

    /// Psychiatrists and other physicians of the unit. Decision: the 24 h Guardia
    /// Medica (L272) is a hospital-wide service and is not counted in the 13 %.
    public static let medicalRoles: Set<StaffRole> = [.psychiatrist, .physician]

    /// "Permesso di costruzione antecedente alla data del 30 giugno 2009" (L224-L225).
    public static let grandfatheringCutoff = ERRoomGrandfathering.cutoff

    /// Whether rooms of 3 beds are still tolerated (L224-L227). Decision: the permit
    /// must be strictly earlier than 30 June 2009 ("antecedente"); the tolerance ends with
    /// the first renewal of accreditation dated after that day. An unknown permit date is
    /// not grandfathered: the structure must prove its right.
    public static func isGrandfathered(_ dossier: StructureDossier) -> Bool { dossier.isGrandfathered }

    // MARK: Rules

    /// A rule `er.spoi.<name>` of seed 002 `lines`, run on SPOI dossiers only.
    static func rule(
        _ name: String, _ severity: Severity = .error, lines: ClosedRange<Int>,
        title: LocalizedText, message: LocalizedText, decision: String? = nil,
        check: @escaping @Sendable (StructureDossier, inout FindingReporter) -> Void
    ) -> Rule<StructureDossier> {
        .structure(.spoi, name, severity, seed: seed, lines: lines, title: title, message: message, decision: decision, check: check)
    }

    public static let region = rule(
        "region", lines: 1...4,
        title: LocalizedText(it: "La struttura si trova in Emilia-Romagna (ambito della DGR)",
                             en: "The structure is in Emilia-Romagna (the resolution's scope)"),
        message: LocalizedText(it: "la provincia {0} non è in Emilia-Romagna", en: "province {0} is not in Emilia-Romagna")
    ) { dossier, report in
        if dossier.province.region != .emiliaRomagna {
            report.report(at: "/province", .text(dossier.province.code))
        }
    }

    public static let disciplineCode = rule(
        "discipline-code", lines: 132...132,
        title: LocalizedText(it: "Il reparto è classificato codice 40.2", en: "The ward is classified as discipline code 40.2"),
        message: LocalizedText(it: "codice disciplina \"{0}\": lo SPOI è classificato 40.2",
                               en: "discipline code \"{0}\": an SPOI is classified 40.2")
    ) { dossier, report in
        if dossier.disciplineCode != "40.2" { report.report(at: "/disciplineCode", .text(dossier.disciplineCode ?? "")) }
    }

    public static let producesSDO = rule(
        "sdo", lines: 132...132,
        title: LocalizedText(it: "Il reparto produce la SDO", en: "The ward produces the hospital discharge record (SDO)"),
        message: LocalizedText(it: "il reparto deve produrre la SDO", en: "the ward must produce the SDO")
    ) { dossier, report in
        if !dossier.spoi.producesSDO { report.report(at: "/producesSDO") }
    }

    public static let regionalBedCap = rule(
        "beds.regional-total", lines: 119...120,
        title: LocalizedText(it: "I posti letto non superano il totale regionale di 90",
                             en: "Beds do not exceed the regional total of 90"),
        message: LocalizedText(it: "{0} posti letto superano il totale regionale SPOI di {1}",
                               en: "{0} beds exceed the regional SPOI total of {1}")
    ) { dossier, report in
        if dossier.beds > regionalBedTotal {
            report.report(at: "/beds", .integer(dossier.beds), .integer(regionalBedTotal))
        }
    }

    public static let nucleusSize = rule(
        "nucleus.size", lines: 221...221,
        title: LocalizedText(it: "Ogni nucleo ha da 10 a 20 posti letto (L120 10/18, L221 18/20)",
                             en: "Each nucleus has 10 to 20 beds (L120 10/18, L221 18/20)"),
        message: LocalizedText(it: "il nucleo \"{0}\" ha {1} posti letto; ammessi da {2} a {3}",
                               en: "nucleus \"{0}\" has {1} beds; {2} to {3} are allowed"),
        decision: "A-01: L120 says nuclei of 10/18 beds, L221 of 18/20; the union 10-20 is accepted because the seed regulates units of 12 and 15 beds (L255, L260)."
    ) { dossier, report in
        for (index, nucleus) in dossier.spoi.nuclei.enumerated() where !nucleusBeds.contains(nucleus.beds) {
            report.report(
                at: JSONPointer.root.appending("nuclei").appending(index).appending("beds"),
                .text(nucleus.id), .integer(nucleus.beds), .integer(nucleusBeds.lowerBound), .integer(nucleusBeds.upperBound))
        }
    }

    public static let nucleusBedTotal = rule(
        "nucleus.bed-total", lines: 119...120,
        title: LocalizedText(it: "I posti letto dei nuclei sommano ai posti letto del reparto",
                             en: "The nuclei's beds add up to the ward's beds"),
        message: LocalizedText(it: "i nuclei sommano {0} posti letto, il reparto ne dichiara {1}",
                               en: "the nuclei add up to {0} beds, the ward declares {1}")
    ) { dossier, report in
        let total = dossier.spoi.nuclei.reduce(0) { $0 + $1.beds }
        if total != dossier.beds { report.report(at: "/nuclei", .integer(total), .integer(dossier.beds)) }
    }

    public static let contiguity = rule(
        "contiguity", lines: 222...223,
        title: LocalizedText(it: "Sotto i 15 posti letto lo SPOI è contiguo, ma autonomo, ad altri reparti psichiatrici",
                             en: "Below 15 beds the SPOI is contiguous to, but autonomous from, other psychiatric wards"),
        message: LocalizedText(it: "con {0} posti letto il reparto deve essere contiguo ma autonomo rispetto ad altri reparti psichiatrici",
                               en: "with {0} beds the ward must be contiguous to, but autonomous from, other psychiatric wards")
    ) { dossier, report in
        guard dossier.beds < smallUnitThreshold else { return }
        if let contiguity = dossier.spoi.contiguity, contiguity.contiguousToPsychiatricWard, contiguity.autonomous { return }
        report.report(at: "/contiguity", .integer(dossier.beds))
    }

    public static let roomBedTotal = rule(
        "rooms.bed-total", lines: 224...229,
        title: LocalizedText(it: "I posti letto delle camere sommano ai posti letto del reparto",
                             en: "The rooms' beds add up to the ward's beds"),
        message: LocalizedText(it: "le camere sommano {0} posti letto, il reparto ne dichiara {1}",
                               en: "the rooms add up to {0} beds, the ward declares {1}")
    ) { dossier, report in
        let total = dossier.rooms.reduce(0) { $0 + $1.beds }
        if total != dossier.beds { report.report(at: "/rooms", .integer(total), .integer(dossier.beds)) }
    }

    public static let roomMaxBeds = rule(
        "rooms.max-beds", lines: 224...229,
        title: LocalizedText(it: "Nessuna camera ha più di 3 posti letto (2 di norma, 3 solo nei casi ammessi)",
                             en: "No room has more than 3 beds (2 as a rule, 3 only where allowed)"),
        message: LocalizedText(it: "la camera \"{0}\" ha {1} posti letto; il massimo è 2 (3 nei casi ammessi)",
                               en: "room \"{0}\" has {1} beds; the maximum is 2 (3 where allowed)")
    ) { dossier, report in
        for (index, room) in dossier.rooms.enumerated() where room.beds > 3 {
            report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("beds"),
                          .text(room.id), .integer(room.beds))
        }
    }

    /// Triple rooms allowed to every SPOI for peaks of demand (L228).
    public static let tripleRoomAllowance = 2

    public static let tripleRooms = rule(
        "rooms.triple-rooms", lines: 224...229,
        title: LocalizedText(it: "Al massimo 1 o 2 camere a 3 posti letto, salvo permesso di costruzione anteriore al 30/06/2009",
                             en: "At most 1 or 2 three-bed rooms, unless the building permit predates 30 June 2009"),
        message: LocalizedText(it: "{0} camere a 3 posti letto; ne sono ammesse al massimo {1}",
                               en: "{0} three-bed rooms; at most {1} are allowed"),
        decision: "A-04: the 1 or 2 three-bed rooms of L228 are a permanent allowance for demand peaks, also for new buildings; only more than 2 needs the grandfathering of L224-L227."
    ) { dossier, report in
        let triples = dossier.rooms.filter { $0.beds == 3 }.count
        if triples > tripleRoomAllowance, !isGrandfathered(dossier) {
            report.report(at: "/rooms", .integer(triples), .integer(tripleRoomAllowance))
        }
    }

    public static let grandfatheredTripleRooms = rule(
        "rooms.grandfathered", .warning, lines: 224...227,
        title: LocalizedText(it: "Oltre 2 camere a 3 posti letto sono tollerate solo fino al rinnovo dell'accreditamento",
                             en: "More than 2 three-bed rooms are tolerated only until the accreditation is renewed"),
        message: LocalizedText(it: "{0} camere a 3 posti letto tollerate (permesso del {1}): al rinnovo dell'accreditamento le camere devono avere al massimo 2 posti letto",
                               en: "{0} three-bed rooms tolerated (permit of {1}): by the renewal of accreditation rooms must have at most 2 beds"),
        decision: "A-09: the permit must be strictly before 30 June 2009; the first renewal of accreditation after that date ends the tolerance."
    ) { dossier, report in
        let triples = dossier.rooms.filter { $0.beds == 3 }.count
        if triples > tripleRoomAllowance, isGrandfathered(dossier), let permit = dossier.buildingPermitDate {
            report.report(at: "/rooms", .integer(triples), .date(permit))
        }
    }

    public static let singleRoom = rule(
        "rooms.single-room", lines: 229...229,
        title: LocalizedText(it: "Almeno una camera è ad 1 posto letto", en: "At least one room has a single bed"),
        message: LocalizedText(it: "nessuna camera è ad 1 posto letto", en: "no room has a single bed"),
        decision: "A-05: counted per SPOI unit (per dossier), not per nucleus."
    ) { dossier, report in
        if !dossier.rooms.contains(where: { $0.beds == 1 }) { report.report(at: "/rooms") }
    }

    // MARK: Staff

    /// Whether a line of one of `roles`, with one of `coverages`, has units. The few roles and
    /// coverages are scanned, not hashed: a role or coverage hashes its code's text.
    static func hasPresence(_ dossier: StructureDossier, _ roles: some Collection<StaffRole>, _ coverages: some Collection<Coverage>) -> Bool {
        dossier.spoi.staff.contains { line in
            roles.contains { $0 == line.role } && coverages.contains { $0 == line.coverage } && line.units > .zero
        }
    }

    public static let nurse24h = rule(
        "staff.nurse-24h", lines: 251...252,
        title: LocalizedText(it: "Infermieri presenti sulle 24 ore", en: "Nurses present around the clock"),
        message: LocalizedText(it: "nessun infermiere con presenza sulle 24 ore", en: "no nurse with round-the-clock presence")
    ) { dossier, report in
        if !hasPresence(dossier, [.nurse], [.roundTheClock]) { report.report(at: "/staff") }
    }

    public static let supportWorker24h = rule(
        "staff.support-worker-24h", lines: 251...252,
        title: LocalizedText(it: "OSS (o, nelle more, OTA e ADB) presenti sulle 24 ore",
                             en: "OSS (or, meanwhile, OTA and ADB) present around the clock"),
        message: LocalizedText(it: "nessun OSS, OTA o ADB con presenza sulle 24 ore",
                               en: "no OSS, OTA or ADB with round-the-clock presence")
    ) { dossier, report in
        if !hasPresence(dossier, StaffRole.supportWorkers, [.roundTheClock]) { report.report(at: "/staff") }
    }

    public static let psychiatrist24h = rule(
        "staff.psychiatrist-24h", lines: 273...274,
        title: LocalizedText(it: "Presenza medica psichiatrica nelle 24 ore, anche in pronta disponibilità",
                             en: "Psychiatric medical presence around the clock, on-call allowed"),
        message: LocalizedText(it: "nessuno psichiatra presente sulle 24 ore o in pronta disponibilità",
                               en: "no psychiatrist present around the clock or on call")
    ) { dossier, report in
        if !hasPresence(dossier, [.psychiatrist], [.roundTheClock, .onCall]) { report.report(at: "/staff") }
    }

    public static let guardPhysician24h = rule(
        "staff.guard-physician-24h", lines: 272...272,
        title: LocalizedText(it: "La Guardia Medica è presente sulle 24 ore", en: "The on-duty physician (Guardia Medica) is present around the clock"),
        message: LocalizedText(it: "manca la Guardia Medica sulle 24 ore", en: "no round-the-clock Guardia Medica"),
        decision: "A-07: the Guardia Medica need not be a psychiatrist; psychiatric cover is the separate rule of L273-L274."
    ) { dossier, report in
        if !hasPresence(dossier, [.guardPhysician], [.roundTheClock]) { report.report(at: "/staff") }
    }

    public static let psychologist = rule(
        "staff.psychologist", lines: 251...252,
        title: LocalizedText(it: "Presenza programmata dello psicologo", en: "Programmed presence of a psychologist"),
        message: LocalizedText(it: "nessuno psicologo in organico", en: "no psychologist on the roster"),
        decision: "A-40: the seed gives no hours, so any psychologist units with any coverage satisfy it."
    ) { dossier, report in
        if !hasPresence(dossier, [.psychologist], Coverage.allCases) { report.report(at: "/staff") }
    }

    public static let nonMedicalMinimum = rule(
        "staff.non-medical-minimum", lines: 253...261,
        title: LocalizedText(it: "Personale di assistenza non medica pari al 75% dei posti letto (arrotondato al più vicino)",
                             en: "Non-medical care staff equal to 75% of beds (rounded to the nearest unit)"),
        message: LocalizedText(it: "{0} unità di assistenza non medica (infermieri, OSS, OTA, ADB); con {1} posti letto ne servono {2} (75% = {3})",
                               en: "{0} units of non-medical care staff (nurses, OSS, OTA, ADB); {1} beds need {2} (75% = {3})"),
        decision: "A-02: round half up (15 → 11, 12 → 9, as in L255-L261). A-06: units are establishment posts (FTE); day-hospital beds are not counted. A-07: nurses, OSS, OTA and ADB count; the psychologist does not."
    ) { dossier, report in
        let required = requiredNonMedicalStaff(beds: dossier.beds)
        let present = dossier.spoi.units(of: nonMedicalCareRoles)
        if present < StaffUnits(whole: required) {
            report.report(at: "/staff", present.argument, .integer(dossier.beds), .integer(required),
                          .fixed(75 * dossier.beds, scale: 2))
        }
    }

    public static let nurseMinimum = rule(
        "staff.nurse-minimum", lines: 255...261,
        title: LocalizedText(it: "Almeno 6 infermieri", en: "At least 6 nurses"),
        message: LocalizedText(it: "{0} unità infermieristiche; ne servono almeno {1}", en: "{0} nurse units; at least {1} are needed"),
        decision: "A-03: 6 nurses is an absolute floor for every size (the seed gives 6 at both 12 and 15 beds)."
    ) { dossier, report in
        let nurses = dossier.spoi.units(of: [.nurse])
        if nurses < StaffUnits(whole: minimumNurses) {
            report.report(at: "/staff", nurses.argument, .integer(minimumNurses))
        }
    }

    public static let medicalMinimum = rule(
        "staff.medical-minimum", lines: 265...267,
        title: LocalizedText(it: "Personale medico pari al 13% dei posti letto (arrotondato al più vicino)",
                             en: "Medical staff equal to 13% of beds (rounded to the nearest unit)"),
        message: LocalizedText(it: "{0} unità mediche (psichiatri e altri medici del reparto); con {1} posti letto ne servono {2} (13% = {3})",
                               en: "{0} medical units (psychiatrists and other ward physicians); {1} beds need {2} (13% = {3})"),
        decision: "A-02: round half up (15 beds → 1.95 → 2, L266-L267). A-07: psychiatrists and other ward physicians count; the hospital's Guardia Medica does not."
    ) { dossier, report in
        let required = requiredMedicalStaff(beds: dossier.beds)
        let present = dossier.spoi.units(of: medicalRoles)
        if present < StaffUnits(whole: required) {
            report.report(at: "/staff", present.argument, .integer(dossier.beds), .integer(required),
                          .fixed(13 * dossier.beds, scale: 2))
        }
    }

    public static let smallUnitEvaluation = rule(
        "staff.small-unit-evaluation", .warning, lines: 257...270,
        title: LocalizedText(it: "Le unità sotto i 15 posti letto sono valutate singolarmente",
                             en: "Units below 15 beds are evaluated individually"),
        message: LocalizedText(it: "con {0} posti letto serve una valutazione individuale della dotazione (smallUnitEvaluationOn)",
                               en: "with {0} beds the staffing needs an individual evaluation (smallUnitEvaluationOn)"),
        decision: "A-08: 'più ridotte' is read as below 15 beds, the threshold of L222 and L261."
    ) { dossier, report in
        if dossier.beds < smallUnitThreshold, dossier.spoi.smallUnitEvaluationOn == nil {
            report.report(at: "/smallUnitEvaluationOn", .integer(dossier.beds))
        }
    }

    public static let transitionalQualification = rule(
        "staff.transitional-qualification", .info, lines: 251...252,
        title: LocalizedText(it: "OTA e ADB sono ammessi solo nelle more della disponibilità di OSS",
                             en: "OTA and ADB are accepted only until OSS-qualified staff are available"),
        message: LocalizedText(it: "{0} unità {1} ammesse in via transitoria, in attesa di personale OSS",
                               en: "{0} {1} units accepted transitionally, until OSS staff are available")
    ) { dossier, report in
        for (index, entry) in dossier.spoi.staff.enumerated() where entry.role == .ota || entry.role == .adb {
            report.report(at: JSONPointer.root.appending("staff").appending(index),
                          entry.units.argument, .text(entry.role.rawValue.uppercased()))
        }
    }

    // MARK: Access

    public static let noTSO = rule(
        "access.no-tso", lines: 121...123,
        title: LocalizedText(it: "Lo SPOI non effettua ricoveri obbligatori (TSO)", en: "The SPOI takes no compulsory admissions (TSO)"),
        message: LocalizedText(it: "lo SPOI non può effettuare ricoveri in TSO", en: "an SPOI may not take compulsory (TSO) admissions")
    ) { dossier, report in
        if dossier.spoi.access.admissionKinds.contains(.compulsoryTSO) { report.report(at: "/access/admissionKinds") }
    }

    public static let noDirectAccess = rule(
        "access.no-direct-access", lines: 134...137,
        title: LocalizedText(it: "Non è possibile l'accesso diretto", en: "No direct access"),
        message: LocalizedText(it: "l'accesso diretto non è ammesso", en: "direct access is not allowed")
    ) { dossier, report in
        if dossier.spoi.access.channels.contains(.direct) { report.report(at: "/access/channels") }
        if dossier.spoi.access.outOfHoursVia.contains(.direct) { report.report(at: "/access/outOfHoursVia") }
    }

    public static let singleRequestForm = rule(
        "access.single-request-form", lines: 134...136,
        title: LocalizedText(it: "L'accesso richiede il modello unico di richiesta compilato da un professionista SSN",
                             en: "Admission requires the single request form filled in by an SSN professional"),
        message: LocalizedText(it: "l'accesso deve richiedere il modello unico di richiesta", en: "admission must require the single request form")
    ) { dossier, report in
        if !dossier.spoi.access.singleRequestForm { report.report(at: "/access/singleRequestForm") }
    }

    public static let dsmDPChannel = rule(
        "access.dsm-dp-channel", lines: 129...131,
        title: LocalizedText(it: "L'accesso è normalmente riservato al DSM-DP", en: "Access is normally reserved to the DSM-DP"),
        message: LocalizedText(it: "manca il canale di invio del DSM-DP", en: "the DSM-DP referral channel is missing")
    ) { dossier, report in
        if !dossier.spoi.access.channels.contains(.dsmDP) { report.report(at: "/access/channels") }
    }

    public static let urgentAccess24h = rule(
        "access.urgent-24h", lines: 279...280,
        title: LocalizedText(it: "Accesso sulle 24 ore per i ricoveri volontari urgenti",
                             en: "Access around the clock for urgent voluntary admissions"),
        message: LocalizedText(it: "i ricoveri volontari urgenti devono essere garantiti sulle 24 ore",
                               en: "urgent voluntary admissions must be accepted around the clock")
    ) { dossier, report in
        if !dossier.spoi.access.urgentAccess24h || !dossier.spoi.access.admissionKinds.contains(.voluntaryUrgent) {
            report.report(at: "/access/urgentAccess24h")
        }
    }

    public static let outOfHours = rule(
        "access.out-of-hours", lines: 281...282,
        title: LocalizedText(it: "Di notte e nei prefestivi e festivi l'accesso avviene su invio di Pronto Soccorso o SPDC",
                             en: "At night and on holidays access is by referral from the emergency department or the SPDC"),
        message: LocalizedText(it: "di notte e nei festivi l'accesso deve avvenire su invio di Pronto Soccorso o SPDC (trovato: {0})",
                               en: "at night and on holidays access must be by emergency-department or SPDC referral (found: {0})"),
        decision: "A-13: the out-of-hours channels must be a non-empty subset of emergency department and SPDC."
    ) { dossier, report in
        let allowed: Set<AccessChannel> = [.emergencyDepartment, .spdc]
        // Direct access is the separate rule er.spoi.access.no-direct-access.
        let via = dossier.spoi.access.outOfHoursVia.subtracting([.direct])
        if via.isEmpty || !via.isSubset(of: allowed) {
            let found = AccessChannel.allCases.filter { via.contains($0) }.map(\.rawValue)
            report.report(at: "/access/outOfHoursVia", .list(found.isEmpty ? ["-"] : found))
        }
    }

    public static let programmedAccess = rule(
        "access.programmed", lines: 283...283,
        title: LocalizedText(it: "È garantita la modalità di accesso programmata", en: "Programmed access is guaranteed"),
        message: LocalizedText(it: "manca l'accesso programmato", en: "programmed access is missing")
    ) { dossier, report in
        if !dossier.spoi.access.admissionKinds.contains(.programmed) { report.report(at: "/access/admissionKinds") }
    }

    // MARK: Attested requirements

    /// One rule per requirement of ``SPOIRequirement``: the dossier must attest it.
    public static let attestationRules: [Rule<StructureDossier>] = {
        // The kind's catalogue is made from these areas: each rule finds its code's bit at once.
        let catalogue = AttestationCatalogue(ERStructureRules.attestationAreas(.spoi).flatMap(\.codes))
        return SPOIRequirement.allCases.map { requirement in attestationRule(requirement, AttestedCode(requirement.rawValue, in: catalogue)) }
    }()

    /// The rule that `requirement` (`attested`, placed in the kind's catalogue) is attested.
    static func attestationRule(_ requirement: SPOIRequirement, _ attested: AttestedCode) -> Rule<StructureDossier> {
        rule(
            "\(requirement.area.rawValue).\(requirement.rawValue)", lines: requirement.citation.lines,
            title: requirement.title,
            message: LocalizedText(it: "requisito non attestato ({0}): {1}", en: "requirement not attested ({0}): {1}")
        ) { dossier, report in
            if !dossier.attestations.contains(attested) {
                report.report(at: JSONPointer.root.appending(requirement.area.rawValue),
                              .localized(requirement.area.label), .localized(requirement.title))
            }
        }
    }

    /// Every SPOI rule, in the order findings are reported.
    public static let ruleSet = RuleSet<StructureDossier>(kind: .spoi, rules: [
        region, disciplineCode, producesSDO,
        regionalBedCap, nucleusSize, nucleusBedTotal, contiguity,
        roomBedTotal, roomMaxBeds, tripleRooms, grandfatheredTripleRooms, singleRoom,
        nurse24h, supportWorker24h, psychiatrist24h, guardPhysician24h, psychologist,
        nonMedicalMinimum, nurseMinimum, medicalMinimum, smallUnitEvaluation, transitionalQualification,
        noTSO, noDirectAccess, singleRequestForm, dsmDPChannel, urgentAccess24h, outOfHours, programmedAccess,
    ] + attestationRules)
}
