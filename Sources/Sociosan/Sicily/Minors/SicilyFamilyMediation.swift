/// Seed 004 §7.8, *Mediazione familiare* (L3182-L3249): a service for separating parents, with
/// a setting (a reserved mediation room with its furniture, a waiting room, possibly a
/// secretariat with a protected archive) and two or more qualified mediators. Not a residence:
/// modelled as a service without bedrooms whose `beds` is its capacity in families.
///
/// ```swift
/// StructureKinds.kind(for: .sicilyFamilyMediation)?.type.capacityUnit  // .families
/// ```
public struct SicilyFamilyMediationSection: Sendable, Hashable {
    public var spaces: [SicilyMinorsSpace]
    /// The mediation room is autonomous from other services (L3223-L3224).
    public var mediationRoomAutonomous: Bool
    /// Its furniture: 3 armchairs, a round table, a flip chart (L3224-L3225).
    public var armchairs: Int
    public var roundTable: Bool
    public var flipChart: Bool
    /// The secretariat's archive keeps sensitive data protected (L3229-L3230).
    public var protectedArchive: Bool
    public var mediators: [Mediator]

    public init(spaces: [SicilyMinorsSpace], mediationRoomAutonomous: Bool, armchairs: Int, roundTable: Bool, flipChart: Bool, protectedArchive: Bool,
                mediators: [Mediator]) {
        self.spaces = spaces
        self.mediationRoomAutonomous = mediationRoomAutonomous
        self.armchairs = armchairs
        self.roundTable = roundTable
        self.flipChart = flipChart
        self.protectedArchive = protectedArchive
        self.mediators = mediators
    }

    /// A family mediator, by code, with the qualification of L3240-L3249.
    public struct Mediator: Sendable, Hashable {
        public var code: String
        public var coordinator: Bool
        /// Volunteer or trainee: information and first requests only (L3236-L3239), not counted.
        public var volunteerOrTrainee: Bool
        public var trainingHours: Int
        public var twoYearTraining: Bool
        public var afterLaureaSpecialistica: Bool
        public var europeanForumStandard: Bool
        public var cnelAssociation: Bool

        public init(code: String, coordinator: Bool = false, volunteerOrTrainee: Bool = false, trainingHours: Int, twoYearTraining: Bool,
                    afterLaureaSpecialistica: Bool, europeanForumStandard: Bool, cnelAssociation: Bool) {
            self.code = code
            self.coordinator = coordinator
            self.volunteerOrTrainee = volunteerOrTrainee
            self.trainingHours = trainingHours
            self.twoYearTraining = twoYearTraining
            self.afterLaureaSpecialistica = afterLaureaSpecialistica
            self.europeanForumStandard = europeanForumStandard
            self.cnelAssociation = cnelAssociation
        }

        public static let fields = FieldTable(
            blank: Mediator(code: "", trainingHours: 0, twoYearTraining: false, afterLaureaSpecialistica: false, europeanForumStandard: false,
                            cnelAssociation: false), [
                .required("code", \.code, PseudonymousCode.codec, summary: "The mediator's code."),
                .defaulted("coordinator", \.coordinator, ValueCodecs.bool, default: false, writesDefault: false),
                .defaulted("volunteerOrTrainee", \.volunteerOrTrainee, ValueCodecs.bool, default: false, writesDefault: false),
                .required("trainingHours", \.trainingHours, ValueCodecs.integer(0...10_000), summary: "Hours of mediation training (L3241)."),
                .required("twoYearTraining", \.twoYearTraining, ValueCodecs.bool, summary: "The training lasted two years (L3241)."),
                .required("afterLaureaSpecialistica", \.afterLaureaSpecialistica, ValueCodecs.bool, summary: "Taken after a Laurea Specialistica (L3242-L3243)."),
                .required("europeanForumStandard", \.europeanForumStandard, ValueCodecs.bool, summary: "To Forum Europeo standards (L3241-L3242)."),
                .required("cnelAssociation", \.cnelAssociation, ValueCodecs.bool, summary: "Member of a CNEL-listed professional association (L3245-L3249)."),
            ])
    }
}

extension SicilyFamilyMediationSection: StructureSection {
    public static let member = "familyMediation"
    public static let summary = "The mediation setting and the mediators (seed 004 L3182-L3249)."
    public static let fields = FieldTable(
        blank: SicilyFamilyMediationSection(spaces: [], mediationRoomAutonomous: false, armchairs: 0, roundTable: false, flipChart: false,
                                            protectedArchive: false, mediators: []), [
            .required("spaces", \.spaces, SicilyMinorsSpace.listCodec, summary: "Mediation room, waiting room, secretariat (L3221-L3230)."),
            .required("mediationRoomAutonomous", \.mediationRoomAutonomous, ValueCodecs.bool, summary: "Autonomous from other services (L3223-L3224)."),
            .required("armchairs", \.armchairs, ValueCodecs.integer(0...50), summary: "Armchairs in the mediation room (L3224)."),
            .required("roundTable", \.roundTable, ValueCodecs.bool),
            .required("flipChart", \.flipChart, ValueCodecs.bool),
            .required("protectedArchive", \.protectedArchive, ValueCodecs.bool, summary: "Protected archive of sensitive data (L3229-L3230)."),
            .required("mediators", \.mediators, ValueCodecs.list(ValueCodecs.object(Mediator.fields), distinctID: { $0.code }),
                      summary: "The family mediators (L3234-L3249)."),
        ])
}

extension DossierKind {
    /// Sicily §7.8, family mediation service.
    public static let sicilyFamilyMediation: DossierKind = "sicily.families.mediation"
}

extension StructureType {
    /// Sicily §7.8: family mediation service (capacity in families).
    public static let sicilyFamilyMediation = StructureType(
        code: "sicily.families.mediation", kind: .sicilyFamilyMediation,
        label: LocalizedText(it: "Servizio di Mediazione Familiare", en: "Family mediation service"),
        region: .sicilia, citation: Citation(.structuresSicily, lines: 3182...3249),
        staffingStandardID: "sicily.family-mediation", ruleIDPrefix: "sicily.families.mediation", capacityUnit: .families)
}

/// The rules and the kind of the §7.8 family mediation service.
public enum SicilyFamilyMediationRules {
    static let type = StructureType.sicilyFamilyMediation
    static let seed = Seed.structuresSicily
    static let member = SicilyFamilyMediationSection.member
    static let pointer = JSONPointer.root.appending(member)
    static func section(_ dossier: StructureDossier) -> SicilyFamilyMediationSection? { dossier.sections[SicilyFamilyMediationSection.self] }

    /// "formazione biennale, della durata minima di 220 ore" (L3241).
    public static let minimumTrainingHours = 220

    static let attested = SicilyMinors.attestations(type, [
        .init("organisation", "functions", 3212...3220, it: "Il servizio svolge le funzioni di mediazione indicate (comunicazione, empowerment, corresponsabilità, accordo)",
              en: "The service carries out the listed mediation functions (communication, empowerment, shared responsibility, agreement)"),
    ])

    static let privacy = SicilyMinors.privacyRule(type) { dossier, visit in
        for (index, mediator) in (section(dossier)?.mediators ?? []).enumerated() {
            visit(mediator.code) { pointer.appending("mediators").appending(index).appending("code") }
        }
    }

    static func mediatorPointer(_ index: Int) -> JSONPointer { pointer.appending("mediators").appending(index) }

    static let rules: [Rule<StructureDossier>] = [
        SicilyMinors.regionRule(type),
        privacy,
        Rule.structure(
            type, "setting.mediation-room", seed: seed, lines: 3221...3225,
            title: LocalizedText(it: "Un locale accogliente e riservato, autonomo, con 3 poltroncine, un tavolo circolare e una lavagna a fogli mobili",
                                 en: "A welcoming, reserved, autonomous room with 3 armchairs, a round table and a flip chart"),
            message: LocalizedText(it: "locale di mediazione: presente {0}, autonomo {1}, poltroncine {2} (almeno 3), tavolo circolare {3}, lavagna {4}",
                                   en: "mediation room: present {0}, autonomous {1}, armchairs {2} (at least 3), round table {3}, flip chart {4}")
        ) { dossier, report in
            guard let section = section(dossier) else { return }
            let present = section.spaces.contains { $0.use == .mediationRoom }
            guard !present || !section.mediationRoomAutonomous || section.armchairs < 3 || !section.roundTable || !section.flipChart else { return }
            let yes = LocalizedText(it: "sì", en: "yes"), no = LocalizedText(it: "no", en: "no")
            func flag(_ value: Bool) -> MessageArgument { .localized(value ? yes : no) }
            report.report(at: pointer, flag(present), flag(section.mediationRoomAutonomous), .integer(section.armchairs), flag(section.roundTable),
                          flag(section.flipChart))
        },
        SicilyMinors.requiredSpacesRule(type, [.mediationRoom, .waitingRoom], lines: 3223...3227, section: member) { section($0)?.spaces ?? [] },
        Rule.structure(
            type, "setting.protected-archive", seed: seed, lines: 3229...3230,
            title: LocalizedText(it: "Segreteria con archivio che conserva in maniera protetta i dati sensibili",
                                 en: "A secretariat whose archive keeps sensitive data protected"),
            message: LocalizedText(it: "la segreteria non ha un archivio protetto dei dati sensibili", en: "the secretariat has no protected archive of sensitive data"),
            decision: "The secretariat is optional (\"un possibile altro locale\"); where one is listed, its archive must be protected. A service with no secretariat must still keep the data protected: the rule binds whenever the service lists mediators."
        ) { dossier, report in
            guard let section = section(dossier), !section.protectedArchive else { return }
            report.report(at: pointer.appending("protectedArchive"))
        },
        Rule.structure(
            type, "mediators.minimum", seed: seed, lines: 3234...3239,
            title: LocalizedText(it: "Due o più mediatori familiari, volontari e tirocinanti esclusi", en: "Two or more family mediators, volunteers and trainees aside"),
            message: LocalizedText(it: "{0} mediatori (volontari e tirocinanti esclusi), almeno 2", en: "{0} mediators (volunteers and trainees aside), at least 2")
        ) { dossier, report in
            guard let mediators = section(dossier)?.mediators else { return }
            let count = mediators.filter { !$0.volunteerOrTrainee }.count
            if count < 2 { report.report(at: pointer.appending("mediators"), .integer(count)) }
        },
        Rule.structure(
            type, "mediators.coordinator", seed: seed, lines: 3234...3235,
            title: LocalizedText(it: "Uno dei mediatori coordina e organizza il servizio", en: "One of the mediators coordinates and organises the service"),
            message: LocalizedText(it: "{0} mediatori coordinatori, ne serve uno", en: "{0} coordinating mediators, one needed")
        ) { dossier, report in
            guard let mediators = section(dossier)?.mediators else { return }
            let count = mediators.filter { $0.coordinator && !$0.volunteerOrTrainee }.count
            if count != 1 { report.report(at: pointer.appending("mediators"), .integer(count)) }
        },
        Rule.structure(
            type, "mediators.training", seed: seed, lines: 3240...3243,
            title: LocalizedText(it: "Formazione biennale di almeno 220 ore, conforme al Forum Europeo, dopo la Laurea Specialistica",
                                 en: "Two-year training of at least 220 hours, to Forum Europeo standards, after a Laurea Specialistica"),
            message: LocalizedText(it: "il mediatore {0} non ha la formazione richiesta ({1} ore)", en: "mediator {0} lacks the training required ({1} hours)")
        ) { dossier, report in
            for (index, mediator) in (section(dossier)?.mediators ?? []).enumerated() where !mediator.volunteerOrTrainee {
                if mediator.trainingHours < minimumTrainingHours || !mediator.twoYearTraining || !mediator.afterLaureaSpecialistica
                    || !mediator.europeanForumStandard {
                    report.report(at: mediatorPointer(index), .text(mediator.code), .integer(mediator.trainingHours))
                }
            }
        },
        Rule.structure(
            type, "mediators.association", seed: seed, lines: 3245...3249,
            title: LocalizedText(it: "Adesione a un'associazione professionale nazionale iscritta al CNEL", en: "Member of a national professional association on the CNEL list"),
            message: LocalizedText(it: "il mediatore {0} non aderisce a un'associazione iscritta al CNEL", en: "mediator {0} belongs to no CNEL-listed association")
        ) { dossier, report in
            for (index, mediator) in (section(dossier)?.mediators ?? []).enumerated() where !mediator.volunteerOrTrainee && !mediator.cnelAssociation {
                report.report(at: mediatorPointer(index).appending("cnelAssociation"), .text(mediator.code))
            }
        },
    ] + attested.rules
        + StructureStaffingRules.rules(type, standard: SicilyMinorsStaffingStandards.familyMediation)

    /// The kind, declared once.
    public static let kind = StructureKind(
        type: type,
        title: LocalizedText(it: "Servizio di Mediazione Familiare, Regione Siciliana", en: "Family mediation service, Sicily"),
        summary: "Servizio di Mediazione Familiare: the accreditation dossier of a Sicilian family mediation service (D.A. 17/2014, §7.8). A service, "
            + "not a residence: no rooms; `beds` is its capacity in families; its setting is in the section. Source: seed \(type.citation). "
            + "This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        premises: .serviceWithoutBedrooms,
        sections: [.section(SicilyFamilyMediationSection.self)], attestationAreas: attested.areas, rules: rules,
        protectedMembers: SicilyMinors.protectedMembers(privacy))
}
