/// A shared informed consent of the patient to the transfer of information between the Ser.T
/// and the CT ("consensi informati condivisi soprattutto per trasferimento info sulle
/// condizioni di salute", L361-L363).
///
/// A consent is in force from the day it is granted; a revocation takes effect on the day it
/// is recorded, so that nothing of its scope is shown or sent from that day on.
///
/// ```swift
/// let consent = ERAddictionConsent(id: "c-1", scope: [.healthStatus], parties: ["sert-fe", "ct-il-ponte"],
///                                  grantedOn: LocalDate(year: 2025, month: 3, day: 3)!)
/// consent.isInForce(on: LocalDate(year: 2025, month: 4, day: 1)!)  // true
/// ```
public struct ERAddictionConsent: Sendable, Hashable {
    public var id: StructureID
    /// The dimensions the patient consented to share.
    public var scope: Set<ERAddictionDimension>
    /// The organisation codes of the parties it covers (the Ser.T and the CT named).
    public var parties: [StructureID]
    public var grantedOn: LocalDate
    public var revokedOn: LocalDate?

    public init(id: StructureID, scope: Set<ERAddictionDimension>, parties: [StructureID], grantedOn: LocalDate, revokedOn: LocalDate? = nil) {
        self.id = id
        self.scope = scope
        self.parties = parties
        self.grantedOn = grantedOn
        self.revokedOn = revokedOn
    }

    /// Granted on or before `date`, and not revoked on or before it.
    public func isInForce(on date: LocalDate) -> Bool {
        grantedOn <= date && (revokedOn.map { date < $0 } ?? true)
    }

    /// Whether it covers `dimension` between the two organisations.
    public func covers(_ dimension: ERAddictionDimension, between first: StructureID, and second: StructureID) -> Bool {
        scope.contains(dimension) && parties.contains(first) && parties.contains(second)
    }

    public static let fields = FieldTable(
        blank: ERAddictionConsent(id: .placeholder, scope: [], parties: [], grantedOn: ERAddictionPlacement.blankDate), [
            .required("id", \.id, ValueCodecs.identifier),
            .required("scope", \.scope, ValueCodecs.codeSet(ERAddictionDimension.self), summary: "The dimensions consented to."),
            .required("parties", \.parties, ValueCodecs.list(ValueCodecs.identifier, minimumCount: 1, distinctID: \.rawValue),
                      summary: "Organisation codes of the parties covered (the Ser.T and the CT)."),
            .required("grantedOn", \.grantedOn, ValueCodecs.date),
            .optional("revokedOn", \.revokedOn, ValueCodecs.date, summary: "In force no longer from this day."),
        ])

    /// The consent, among `consents`, in force on `date` that covers `dimension` between the two
    /// organisations. Records are matched by id: a revocation recorded in any of them (the
    /// dossier's or a consents file's) wins.
    ///
    /// ```swift
    /// ERAddictionConsent.covering(.healthStatus, between: serT, and: ct, on: today, in: consents)?.id
    /// ```
    public static func covering(
        _ dimension: ERAddictionDimension, between first: StructureID, and second: StructureID, on date: LocalDate,
        in consents: [ERAddictionConsent]
    ) -> ERAddictionConsent? {
        let revoked = Set(consents.filter { $0.revokedOn.map { $0 <= date } ?? false }.map(\.id))
        return consents.first { !revoked.contains($0.id) && $0.isInForce(on: date) && $0.covers(dimension, between: first, and: second) }
    }
}

/// An access grant ("abilitazione", L365-L366): which dimensions an operator of an organisation,
/// in a professional role, may see or send, in which phases, from when to when (both days
/// included). The seed asks for the criteria and sets none: grants are data.
///
/// ```swift
/// grant.isInForce(on: LocalDate(year: 2025, month: 6, day: 30)!)
/// ```
public struct ERAddictionGrant: Sendable, Hashable {
    /// The operator's pseudonymous code.
    public var `operator`: StructureID
    public var organisation: StructureID
    public var role: ERAddictionProfessionalRole
    public var dimensions: Set<ERAddictionDimension>
    public var phases: Set<ERAddictionPhase>
    public var validFrom: LocalDate
    public var validTo: LocalDate?

    public init(
        operator: StructureID, organisation: StructureID, role: ERAddictionProfessionalRole, dimensions: Set<ERAddictionDimension>,
        phases: Set<ERAddictionPhase>, validFrom: LocalDate, validTo: LocalDate? = nil
    ) {
        self.operator = `operator`
        self.organisation = organisation
        self.role = role
        self.dimensions = dimensions
        self.phases = phases
        self.validFrom = validFrom
        self.validTo = validTo
    }

    public func isInForce(on date: LocalDate) -> Bool {
        validFrom <= date && (validTo.map { date <= $0 } ?? true)
    }

    public static let fields = FieldTable(
        blank: ERAddictionGrant(operator: .placeholder, organisation: .placeholder, role: .educator, dimensions: [], phases: [],
                                validFrom: ERAddictionPlacement.blankDate), [
            .required("operator", \.operator, ValueCodecs.identifier, summary: "The operator's pseudonymous code."),
            .required("organisation", \.organisation, ValueCodecs.identifier, summary: "The organisation code the operator acts for."),
            .required("role", \.role, ValueCodecs.code(ERAddictionProfessionalRole.self), summary: "The profession (L279-L312)."),
            .required("dimensions", \.dimensions, ValueCodecs.codeSet(ERAddictionDimension.self)),
            .required("phases", \.phases, ValueCodecs.codeSet(ERAddictionPhase.self)),
            .required("validFrom", \.validFrom, ValueCodecs.date),
            .optional("validTo", \.validTo, ValueCodecs.date, summary: "Last day of validity (included)."),
        ])
}

/// A grants file: `{"kind": "er.addiction.access-grants", "schemaVersion": 1, "grants": [...]}`.
public struct ERAddictionGrantList: Sendable, Hashable {
    public var grants: [ERAddictionGrant]

    public init(grants: [ERAddictionGrant]) { self.grants = grants }

    public static let kind: DossierKind = "er.addiction.access-grants"
    public static let fields = FieldTable<ERAddictionGrantList>.dossier(kind: kind, schemaVersion: 1, blank: ERAddictionGrantList(grants: []), [
        .required("grants", \.grants, ValueCodecs.list(ValueCodecs.object(ERAddictionGrant.fields))),
    ])
    public static let info = DossierKindInfo(
        kind: kind, schemaVersion: 1, supportedVersions: 1...1,
        title: LocalizedText(it: "Abilitazioni di accesso", en: "Access grants"), citation: Citation(.addictionExchangeER, lines: 365...366))
}

/// A consents file: `{"kind": "er.addiction.consents", "schemaVersion": 1, "consents": [...]}`.
public struct ERAddictionConsentList: Sendable, Hashable {
    public var consents: [ERAddictionConsent]

    public init(consents: [ERAddictionConsent]) { self.consents = consents }

    public static let kind: DossierKind = "er.addiction.consents"
    public static let fields = FieldTable<ERAddictionConsentList>.dossier(
        kind: kind, schemaVersion: 1, blank: ERAddictionConsentList(consents: []), [
            .required("consents", \.consents, ValueCodecs.list(ValueCodecs.object(ERAddictionConsent.fields))),
        ])
    public static let info = DossierKindInfo(
        kind: kind, schemaVersion: 1, supportedVersions: 1...1,
        title: LocalizedText(it: "Consensi informati condivisi", en: "Shared informed consents"),
        citation: Citation(.addictionExchangeER, lines: 361...363))
}
