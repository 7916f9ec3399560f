/// The rules of the hospital psychiatric residences, RTI, RTI specialistica and RTP (seed 002
/// L836-L1511, digest §3), built from the shared builders of ``ERStructureRules`` plus the
/// residences' own staffing-presence, access and specialty rules.
///
/// Length of stay, the 10- and 15-day evaluations and other activity data are rules of the
/// activity dossier, not of the accreditation dossier.
///
/// ```swift
/// ERStructureRules.ruleSet(for: .rtp).descriptors.map(\.id)
/// // ["er.rtp.identity.region", ..., "er.rtp.staff.nurse-hours-minimum", ...]
/// ```
public enum ERResidenceRules {
    public static let types: [ERPsychiatricStructureType] = [.rti, .rtiSpecialist, .rtp]

    /// "Le camere di degenza hanno al massimo 2 posti letto" and the grandfathering (L852-L855);
    /// no demand-peak exception and no single-room requirement (digest RES-STR-03).
    public static let roomPolicy = ERStructureRules.RoomPolicy(lines: 852...855)

    /// Every rule of one residence type, in the order findings are reported.
    public static func rules(for type: ERPsychiatricStructureType) -> [Rule<ERStructureDossier>] {
        var rules = ERStructureRules.identityRules(type, disciplineLines: 836...846)
        rules += ERStructureRules.roomRules(type, roomPolicy)
        if let standard = StaffingCatalogue.standard(type.staffingStandardID) {
            rules += ERStructureRules.staffingRules(type, standard: standard)
        }
        rules += [
            team(type), daytimeMedical(type), nightPsychiatricCover(type),
            ERStructureRules.transitionalQualificationRule(type, lines: 867...868),
            dsmDPReferral(type), accessProtocol(type), informationTransfer(type), urgentAccess(type), ordinaryAccess(type),
        ]
        if type == .rtiSpecialist { rules += [specialistDescription, specialistBeds] }
        rules += ERStructureRules.attestationRules(type, titles: ownTitles)
        return rules
    }

    /// The residences ask for rooms and spaces adequate "per numero e dimensioni alla tipologia e
    /// al volume delle attività svolte" (L850-L851), not for the safety, decorum and comfort of
    /// the catalogue's title (L233, L2450), which they ask of the furnishings only (L856).
    static let ownTitles: [String: LocalizedText] = [
        "adequate-spaces": LocalizedText(
            it: "Locali e spazi adeguati per numero e dimensioni alla tipologia e al volume delle attività svolte",
            en: "Rooms and spaces adequate in number and size to the type and volume of activity"),
    ]

    // MARK: Staff presence

    /// The team's roles (L867-L868). Decision: "assistenti di base" and "ADB" are the same
    /// role, so the team needs psychiatrists, psychologists, nurses and support workers (OSS, or
    /// meanwhile OTA and ADB); no second ADB requirement.
    static let teamRoles: [(StaffRole, Set<StaffRole>)] = [
        (.psychiatrist, [.psychiatrist]), (.psychologist, [.psychologist]), (.nurse, [.nurse]), (.oss, StaffRole.supportWorkers),
    ]

    /// A role label as it reads inside a list: "Psicologo" becomes "psicologo", "OSS" stays.
    static func inList(_ label: String) -> String {
        let characters = Array(label)
        guard characters.count > 1, characters[1].isLowercase else { return label }
        return characters[0].lowercased() + String(characters.dropFirst())
    }

    static let supportWorkersLabel = LocalizedText(it: "OSS (o, nelle more, OTA e ADB)", en: "OSS (or, meanwhile, OTA and ADB)")

    static func team(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        ERStructureRules.rule(
            type, "staff.team", lines: 867...874,
            title: LocalizedText(it: "L'équipe comprende psichiatri, psicologi, infermieri e OSS (o, nelle more, OTA e ADB)",
                                 en: "The team has psychiatrists, psychologists, nurses and OSS (or, meanwhile, OTA and ADB)"),
            message: LocalizedText(it: "figure mancanti nell'équipe: {0}", en: "roles missing from the team: {0}"),
            decision: "A-19: \"assistenti di base\" and \"ADB\" (L867-L868) are read as one role, covered by the support workers (OSS, OTA, ADB). A-15/A-40: the programmed presence over the 24 h of psychiatrist, psychologist and OSS (L873-L874) gives no hours, so it asks that each is on the roster, with any coverage."
        ) { dossier, report in
            let missing = teamRoles.filter { !dossier.hasPresence($0.1, Set(Coverage.allCases)) }
            if !missing.isEmpty {
                let labels = missing.map { $0.1.count > 1 ? supportWorkersLabel : $0.0.label }
                report.report(at: "/staff", .localized(LocalizedText(
                    it: labels.map { inList($0.italian) }.joined(separator: ", "),
                    en: labels.map { inList($0.english) }.joined(separator: ", "))))
            }
        }
    }

    static func daytimeMedical(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        ERStructureRules.presenceRule(
            type, "staff.daytime-medical", lines: 925...927,
            title: LocalizedText(it: "Presenza medica diurna", en: "Daytime medical presence"),
            message: LocalizedText(it: "nessun medico (psichiatra o altro medico) presente di giorno: la sola reperibilità non è presenza",
                                   en: "no doctor (psychiatrist or other physician) present during the day: add one with daytime, 24-hour or programmed presence (on-call cover is not presence)"),
            decision: "A-15: L925 asks for daytime medical presence; no hours are given. A psychiatrist or physician line on site (daytime, round the clock, or programmed: the residences' doctors assure 'una presenza programmata in specifiche fasce orarie', L871-L872) satisfies it, as in the cod. 56 and general-psychiatry rules; on-call cover alone does not.",
            roles: [.psychiatrist, .physician], coverages: ERStructureRules.onSite)
    }

    static func nightPsychiatricCover(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        ERStructureRules.presenceRule(
            type, "staff.night-psychiatric-cover", lines: 925...927,
            title: LocalizedText(it: "Guardia medica psichiatrica o pronta disponibilità notturna",
                                 en: "Psychiatric medical guard or night on-call service"),
            message: LocalizedText(it: "nessuno psichiatra di guardia sulle 24 ore o in pronta disponibilità notturna",
                                   en: "no psychiatrist on guard around the clock or on call at night"),
            decision: "A-15: the night cover of L926-L927 is psychiatric (\"guardia medica psichiatrica\"): a psychiatrist line with round-the-clock or on-call coverage; the hospital's generic Guardia Medica does not satisfy it.",
            roles: [.psychiatrist], coverages: [.roundTheClock, .onCall])
    }

    // MARK: Access (L915-L924)

    static func dsmDPReferral(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        ERStructureRules.rule(
            type, "access.dsm-dp-referral", lines: 916...918,
            title: LocalizedText(it: "L'invio avviene da parte del DSM-DP", en: "Patients are referred by the DSM-DP"),
            message: LocalizedText(it: "tra i canali di accesso manca l'invio da parte del DSM-DP",
                                   en: "the access channels lack referral by the DSM-DP: add the DSM-DP channel")
        ) { dossier, report in
            if !dossier.access.channels.contains(.dsmDP) { report.report(at: "/access/channels") }
        }
    }

    static func accessProtocol(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        ERStructureRules.rule(
            type, "access.protocol", lines: 916...918,
            title: LocalizedText(it: "Protocollo per l'accesso definito fra DSM-DP e Responsabile della struttura",
                                 en: "An access protocol agreed between the DSM-DP and the structure's head"),
            message: LocalizedText(it: "manca il protocollo di accesso concordato fra DSM-DP e responsabile della struttura (anzitutto con l'azienda USL del territorio: {0})",
                                   en: "no access protocol agreed between the DSM-DP and the structure's head (first with the local health authority: {0})"),
            decision: "X-10: the protocol is agreed first with the AUSL where the structure is, then progressively with the other AUSLs it supplies (L917-L918); the finding names the dossier's health authority."
        ) { dossier, report in
            if !dossier.access.accessProtocol { report.report(at: "/access/accessProtocol", .text(dossier.healthAuthority)) }
        }
    }

    static func informationTransfer(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        ERStructureRules.rule(
            type, "access.information-transfer", lines: 920...921,
            title: LocalizedText(it: "I protocolli di accesso indicano come si acquisisce e si trasmette l'informazione clinica",
                                 en: "The access protocols state how clinical information is acquired and handed over"),
            message: LocalizedText(it: "i protocolli di accesso non regolano l'acquisizione e la trasmissione dell'informazione clinica",
                                   en: "the access protocols do not govern how clinical information is acquired and handed over")
        ) { dossier, report in
            if !dossier.access.informationTransferProtocol { report.report(at: "/access/informationTransferProtocol") }
        }
    }

    /// "Accessibilità entro 24 ore nei casi urgenti" (L924).
    public static let urgentAccessHours = 24
    /// "E di norma entro cinque giorni" (L924).
    public static let ordinaryAccessDays = 5

    /// "entro 48 ore" / "within 48 hours", or "non dichiarato" / "not declared".
    static func declared(_ value: Int?, it: String, en: String) -> LocalizedText {
        guard let value else { return LocalizedText(it: "tempo non dichiarato", en: "no time declared") }
        return LocalizedText(it: "dichiarato entro \(value) \(it)", en: "declared within \(value) \(en)")
    }

    /// An access time of L924 that must be declared and within `limit` `unit`s; an undeclared
    /// time does not prove the limit, so it fails too. The urgent and ordinary rules differ only
    /// in these parameters.
    static func accessTime(
        _ type: ERPsychiatricStructureType, _ name: String, _ severity: Severity, title: LocalizedText, message: LocalizedText,
        decision: String, member: String, limit: Int, unit: (it: String, en: String),
        value: @escaping @Sendable (ERStructureAccess) -> Int?
    ) -> Rule<ERStructureDossier> {
        ERStructureRules.rule(type, name, severity, lines: 924...924, title: title, message: message, decision: decision) { dossier, report in
            let declaredValue = value(dossier.access)
            if declaredValue.map({ $0 > limit }) ?? true {
                report.report(at: JSONPointer.root.appending("access").appending(member),
                              .localized(declared(declaredValue, it: unit.it, en: unit.en)), .integer(limit))
            }
        }
    }

    static func urgentAccess(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        accessTime(
            type, "access.urgent-24h", .error,
            title: LocalizedText(it: "Accessibilità entro 24 ore nei casi urgenti", en: "Urgent cases admitted within 24 hours"),
            message: LocalizedText(it: "accesso urgente: {0}; deve avvenire entro {1} ore",
                                   en: "urgent access: {0}; it must be within {1} hours"),
            decision: "An undeclared urgent access time does not prove the 24 hours and fails the rule.",
            member: "urgentAccessHours", limit: urgentAccessHours, unit: ("ore", "hours"), value: { $0.urgentAccessHours })
    }

    static func ordinaryAccess(_ type: ERPsychiatricStructureType) -> Rule<ERStructureDossier> {
        accessTime(
            type, "access.ordinary-5-days", .warning,
            title: LocalizedText(it: "Accessibilità di norma entro cinque giorni", en: "Ordinary access normally within five days"),
            message: LocalizedText(it: "accesso ordinario: {0}; di norma deve avvenire entro {1} giorni",
                                   en: "ordinary access: {0}; it should normally be within {1} days"),
            decision: "\"Di norma\" (L924) makes five days the norm, not an absolute limit: a longer or undeclared time is a warning, not an error (no ambiguity id in digest §10).",
            member: "ordinaryAccessDays", limit: ordinaryAccessDays, unit: ("giorni", "days"), value: { $0.ordinaryAccessDays })
    }

    // MARK: RTI specialistica

    static let specialistDescription = ERStructureRules.rule(
        .rtiSpecialist, "specialist.other-description", lines: 1019...1021,
        title: LocalizedText(it: "Una specialità \"altro\" dichiara quale sia", en: "An \"other\" specialty says what it is"),
        message: LocalizedText(it: "specialità \"altro\" senza descrizione: indicare quale sia",
                               en: "specialty \"other\" without a description: state what the specialty is"),
        decision: "A-18: the named specialties are dual diagnosis, minors and psychogeriatrics (L879, L1020); \"ecc.\" (L1020) admits others, which must be described (eating disorders, L965, are one)."
    ) { dossier, report in
        guard let specialist = dossier.residence?.specialist, specialist.subtype == .other else { return }
        if (specialist.description ?? "").allSatisfy({ $0 == " " }) { report.report(at: "/specialist/description") }
    }

    static let specialistBeds = ERStructureRules.rule(
        .rtiSpecialist, "specialist.dedicated-beds", lines: 1019...1021,
        title: LocalizedText(it: "I posti letto dedicati agli inserimenti specialistici non superano i posti letto della struttura",
                             en: "The beds dedicated to specialist placements do not exceed the structure's beds"),
        message: LocalizedText(it: "{0} posti letto specialistici dichiarati su {1} posti letto",
                               en: "{0} specialist beds declared out of {1} beds")
    ) { dossier, report in
        guard let specialist = dossier.residence?.specialist, specialist.dedicatedBeds > dossier.beds else { return }
        report.report(at: "/specialist/dedicatedBeds", .integer(specialist.dedicatedBeds), .integer(dossier.beds))
    }
}
