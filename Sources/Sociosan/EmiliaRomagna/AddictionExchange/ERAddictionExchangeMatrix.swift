/// Who sends what at which phase, and which professions may handle which dimensions:
/// configuration, not regulation. The seed states only the two directions (L246, L256), the
/// phases (L204-L206) and that access criteria are still to be found (L365-L366); the default
/// here is the digest's proposal (A.4.2) and a role table of ours. A user replaces it with a
/// JSON file of kind `er.addiction.exchange-matrix` (`--matrix FILE`); ``default`` is the same
/// data bundled, so the SDK works without files.
///
/// ```swift
/// ERAddictionExchangeMatrix.default.dimensions(in: .intake, .serTToCT).contains(.healthStatus)  // true
/// ERAddictionExchangeMatrix.default.roleAllows(.educator, .pharmacologicalTreatment)            // false
/// ```
public struct ERAddictionExchangeMatrix: Sendable, Hashable {
    public var exchanges: [Row]
    public var roles: [RoleRow]

    public init(exchanges: [Row], roles: [RoleRow]) {
        self.exchanges = exchanges
        self.roles = roles
    }

    /// The dimensions sent in `phase` in `direction`.
    public func dimensions(in phase: ERAddictionPhase, _ direction: ERAddictionDirection) -> Set<ERAddictionDimension> {
        exchanges.filter { $0.phase == phase && $0.direction == direction }.reduce(into: []) { $0.formUnion($1.dimensions) }
    }

    /// Whether the profession may handle the dimension.
    public func roleAllows(_ role: ERAddictionProfessionalRole, _ dimension: ERAddictionDimension) -> Bool {
        roles.contains { $0.role == role && $0.dimensions.contains(dimension) }
    }

    /// One cell of the exchange table: a phase, a direction, what is sent.
    public struct Row: Sendable, Hashable {
        public var phase: ERAddictionPhase
        public var direction: ERAddictionDirection
        public var dimensions: Set<ERAddictionDimension>

        public init(_ phase: ERAddictionPhase, _ direction: ERAddictionDirection, _ dimensions: Set<ERAddictionDimension>) {
            self.phase = phase
            self.direction = direction
            self.dimensions = dimensions
        }

        public static let fields = FieldTable(blank: Row(.intake, .serTToCT, []), [
            .required("phase", \.phase, ValueCodecs.code(ERAddictionPhase.self)),
            .required("direction", \.direction, ValueCodecs.code(ERAddictionDirection.self)),
            .required("dimensions", \.dimensions, ValueCodecs.codeSet(ERAddictionDimension.self)),
        ])
    }

    /// The dimensions a profession may handle.
    public struct RoleRow: Sendable, Hashable {
        public var role: ERAddictionProfessionalRole
        public var dimensions: Set<ERAddictionDimension>

        public init(_ role: ERAddictionProfessionalRole, _ dimensions: Set<ERAddictionDimension>) {
            self.role = role
            self.dimensions = dimensions
        }

        public static let fields = FieldTable(blank: RoleRow(.educator, []), [
            .required("role", \.role, ValueCodecs.code(ERAddictionProfessionalRole.self)),
            .required("dimensions", \.dimensions, ValueCodecs.codeSet(ERAddictionDimension.self)),
        ])
    }

    public static let kind: DossierKind = "er.addiction.exchange-matrix"
    public static let fields = FieldTable<ERAddictionExchangeMatrix>.dossier(
        kind: kind, schemaVersion: 1, blank: ERAddictionExchangeMatrix(exchanges: [], roles: []), [
            .required("exchanges", \.exchanges, ValueCodecs.list(ValueCodecs.object(Row.fields))),
            .required("roles", \.roles, ValueCodecs.list(ValueCodecs.object(RoleRow.fields), distinctID: \.role.rawValue)),
        ])
    public static let info = DossierKindInfo(
        kind: kind, schemaVersion: 1, supportedVersions: 1...1,
        title: LocalizedText(it: "Matrice degli scambi Ser.T-CT", en: "Ser.T-CT exchange matrix"),
        citation: Citation(.addictionExchangeER, lines: 201...206))

    static let nonHealth = Set(ERAddictionDimension.allCases.filter { !$0.isHealthCondition })

    /// The digest's proposal (A.4.2) and our role table.
    ///
    /// - Exchanges: at intake the Ser.T sends the diagnostic assessment it knows and the
    ///   inclusion/exclusion criteria, the CT confirms the entry with the criteria it assessed;
    ///   the Ser.T's goals go to the CT (L246) and the shared project comes back (L164); at goal
    ///   verification each sends its verification, and the CT its progress, health status and
    ///   treatment changes (L193-L199, L348-L349); the outcome and the discharge come from the
    ///   CT; continuity of care goes both ways.
    /// - Roles: the seed assigns none. The clinical professions (head of unit,
    ///   physician/psychiatrist, psychologist/psychotherapist, nurse, CT operators, who include
    ///   physicians and nurses, L318) handle all 12 dimensions; social workers and educators
    ///   all but the four health-condition dimensions; trainees the therapeutic project and its
    ///   verification only; the observatories (statistics units) none.
    public static let `default` = ERAddictionExchangeMatrix(
        exchanges: [
            Row(.intake, .serTToCT, [.toxicologicalICD10, .multidimensional, .healthStatus, .pharmacologicalTreatment,
                                     .inclusionExclusionCriteria]),
            Row(.intake, .ctToSerT, [.inclusionExclusionCriteria]),
            Row(.therapeuticProject, .serTToCT, [.objectivesDefinition]),
            Row(.therapeuticProject, .ctToSerT, [.sharing]),
            Row(.goalVerification, .serTToCT, [.verification]),
            Row(.goalVerification, .ctToSerT, [.verification, .goalVerification, .healthStatus, .pharmacologicalTreatment]),
            Row(.evaluation, .ctToSerT, [.outcome]),
            Row(.discharge, .ctToSerT, [.dischargeFromTreatment]),
            Row(.continuityOfCare, .serTToCT, [.continuityOfCare]),
            Row(.continuityOfCare, .ctToSerT, [.continuityOfCare]),
        ],
        roles: [
            RoleRow(.unitDirector, Set(ERAddictionDimension.allCases)),
            RoleRow(.observatoryStaff, []),
            RoleRow(.physicianPsychiatrist, Set(ERAddictionDimension.allCases)),
            RoleRow(.psychologistPsychotherapist, Set(ERAddictionDimension.allCases)),
            RoleRow(.socialWorker, nonHealth),
            RoleRow(.educator, nonHealth),
            RoleRow(.nurse, Set(ERAddictionDimension.allCases)),
            RoleRow(.trainee, [.objectivesDefinition, .sharing, .verification, .goalVerification]),
            RoleRow(.ctOperator, Set(ERAddictionDimension.allCases)),
        ])
}
