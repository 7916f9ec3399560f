/// The one access decision of the Ser.T <-> CT exchange: given a placement, an operator, the
/// grants, the consents, the exchange matrix and a day, which dimensions the operator may see
/// (``Purpose/view``) or send (``Purpose/export(from:to:phase:)``), and why every other one is
/// refused.
///
/// The checks, in order (each refusal names what is missing):
/// 1. the operator holds a grant in force on the day (L365-L366);
/// 2. for a view, a grant of an organisation that is a party of the placement (its Ser.T or
///    its CT); for an export, a grant of the sending organisation (a CT operator cannot send
///    as the Ser.T), and the receiver is the other party;
/// 3. for an export, the matrix sends the dimension in that phase and direction;
/// 4. a grant of that organisation covers the dimension and the phase (the placement's phase
///    for a view), in a profession the matrix allows for the dimension;
/// 5. a health-condition dimension has a consent in force on the day covering it and both
///    parties (L361-L363).
///
/// ```swift
/// let decision = ERAddictionAccess.decide(placement, operator: "op-ct-07", grants: grants, consents: [],
///                                         matrix: .default, on: today, purpose: .view)
/// decision.allowed     // [.objectivesDefinition, .sharing, ...]
/// decision.refusals    // [.init(dimension: .healthStatus, reason: .noConsent(.healthStatus))]
/// ```
public enum ERAddictionAccess {
    /// What the access is for.
    public enum Purpose: Sendable, Hashable {
        case view
        /// Sending, from one party of the placement to the other, in a phase; `dimensions` are
        /// those asked for (`nil`: all the matrix sends then).
        case export(from: StructureID, to: StructureID, phase: ERAddictionPhase, dimensions: Set<ERAddictionDimension>? = nil)
    }

    /// Decides. `consents` are added to the placement's own (a revocation in either wins).
    public static func decide(
        _ placement: ERAddictionPlacement, operator code: StructureID, grants: [ERAddictionGrant], consents: [ERAddictionConsent] = [],
        matrix: ERAddictionExchangeMatrix = .default, on date: LocalDate, purpose: Purpose
    ) -> ERAddictionAccessDecision {
        let allConsents = placement.consents + consents
        let inForce = (placement.grants + grants).filter { $0.operator == code && $0.isInForce(on: date) }
        var decision = ERAddictionAccessDecision(operator: code, on: date, purpose: purpose)
        func refuseAll(_ reason: ERAddictionAccessDecision.Reason) -> ERAddictionAccessDecision {
            decision.refusals = [.init(dimension: nil, reason: reason)]
            return decision
        }
        if inForce.isEmpty { return refuseAll(.noGrantInForce(code)) }

        let organisation: StructureID, phase: ERAddictionPhase, candidates: [ERAddictionDimension]
        var sendable: Set<ERAddictionDimension>?
        switch purpose {
        case .view:
            guard let party = inForce.first(where: { placement.side(of: $0.organisation) != nil }) else {
                return refuseAll(.notAParty(inForce[0].organisation))
            }
            organisation = party.organisation
            phase = placement.phase
            candidates = ERAddictionDimension.allCases
        case .export(let from, let to, let exportPhase, let asked):
            guard inForce.contains(where: { $0.organisation == from }) else { return refuseAll(.notOperatorsOrganisation(from)) }
            guard let side = placement.side(of: from) else { return refuseAll(.notAParty(from)) }
            let other: ERAddictionParty = side == .serT ? .therapeuticCommunity : .serT
            guard placement.organisation(other) == to else { return refuseAll(.notTheOtherParty(to)) }
            let direction: ERAddictionDirection = side == .serT ? .serTToCT : .ctToSerT
            decision.direction = direction
            organisation = from
            phase = exportPhase
            let inMatrix = matrix.dimensions(in: exportPhase, direction)
            sendable = inMatrix
            candidates = asked.map { set in ERAddictionDimension.allCases.filter(set.contains) }
                ?? ERAddictionDimension.allCases.filter(inMatrix.contains)
        }
        decision.organisation = organisation
        let ownGrants = inForce.filter { $0.organisation == organisation }
        for dimension in candidates {
            if let sendable, !sendable.contains(dimension) {
                decision.refusals.append(.init(dimension: dimension, reason: .notInMatrix(dimension, phase)))
                continue
            }
            let covering = ownGrants.filter { $0.dimensions.contains(dimension) && $0.phases.contains(phase) }
            if covering.isEmpty {
                decision.refusals.append(.init(dimension: dimension, reason: .noGrant(dimension, phase)))
                continue
            }
            guard covering.contains(where: { matrix.roleAllows($0.role, dimension) }) else {
                decision.refusals.append(.init(dimension: dimension, reason: .roleNotAllowed(covering[0].role, dimension)))
                continue
            }
            if dimension.isHealthCondition {
                guard let consent = ERAddictionConsent.covering(dimension, between: placement.referringSerT, and: placement.community,
                                                                on: date, in: allConsents) else {
                    decision.refusals.append(.init(dimension: dimension, reason: .noConsent(dimension)))
                    continue
                }
                if !decision.consents.contains(consent.id) { decision.consents.append(consent.id) }
            }
            decision.allowed.append(dimension)
        }
        return decision
    }
}

/// The answer of ``ERAddictionAccess/decide(_:operator:grants:consents:matrix:on:purpose:)``.
public struct ERAddictionAccessDecision: Sendable, Hashable {
    public let `operator`: StructureID
    public let on: LocalDate
    public let purpose: ERAddictionAccess.Purpose
    /// The organisation the operator acts for, once one of its grants was found to apply.
    public var organisation: StructureID?
    /// The direction of an export.
    public var direction: ERAddictionDirection?
    /// The dimensions allowed, in the REX order.
    public var allowed: [ERAddictionDimension] = []
    /// The ids of the consents the allowed health-condition dimensions rely on.
    public var consents: [StructureID] = []
    public var refusals: [Refusal] = []

    init(operator code: StructureID, on date: LocalDate, purpose: ERAddictionAccess.Purpose) {
        self.operator = code
        self.on = date
        self.purpose = purpose
    }

    /// Nothing at all is allowed: the refusal is for the whole placement.
    public var refusedWhole: Bool { refusals.contains { $0.dimension == nil } }

    /// One refusal: of one dimension, or (`dimension == nil`) of the whole placement.
    public struct Refusal: Sendable, Hashable {
        public let dimension: ERAddictionDimension?
        public let reason: Reason
    }

    /// Why something is refused.
    public enum Reason: Sendable, Hashable {
        /// The operator holds no grant in force on the day.
        case noGrantInForce(StructureID)
        /// The organisation is neither the placement's Ser.T nor its CT.
        case notAParty(StructureID)
        /// The operator holds no grant for the sending organisation (a forged sender).
        case notOperatorsOrganisation(StructureID)
        /// The receiver is not the other party of the placement.
        case notTheOtherParty(StructureID)
        /// The matrix does not send the dimension in that phase and direction.
        case notInMatrix(ERAddictionDimension, ERAddictionPhase)
        /// No grant of the organisation covers the dimension in the phase.
        case noGrant(ERAddictionDimension, ERAddictionPhase)
        /// The grants that cover it are of a profession the matrix does not allow it to.
        case roleNotAllowed(ERAddictionProfessionalRole, ERAddictionDimension)
        /// No consent in force covers the health-condition dimension and both parties.
        case noConsent(ERAddictionDimension)

        /// The reason in Italian and English, naming what is missing.
        public var text: LocalizedText {
            switch self {
            case .noGrantInForce(let code):
                LocalizedText(it: "l'operatore \(code) non ha alcuna abilitazione valida in questa data",
                              en: "operator \(code) holds no access grant in force on this day")
            case .notAParty(let organisation):
                LocalizedText(it: "l'organizzazione \(organisation) non è né il Ser.T né la CT di questo inserimento",
                              en: "organisation \(organisation) is neither the Ser.T nor the CT of this placement")
            case .notOperatorsOrganisation(let organisation):
                LocalizedText(it: "l'operatore non ha alcuna abilitazione per l'organizzazione mittente \(organisation)",
                              en: "the operator holds no access grant for the sending organisation \(organisation)")
            case .notTheOtherParty(let organisation):
                LocalizedText(it: "il destinatario \(organisation) non è l'altra parte dell'inserimento",
                              en: "receiver \(organisation) is not the other party of the placement")
            case .notInMatrix(let dimension, let phase):
                LocalizedText(it: "la matrice degli scambi non invia \(dimension.rawValue) in questa direzione nella fase \(phase.rawValue)",
                              en: "the exchange matrix does not send \(dimension.rawValue) in this direction in phase \(phase.rawValue)")
            case .noGrant(let dimension, let phase):
                LocalizedText(it: "manca l'abilitazione per \(dimension.rawValue) nella fase \(phase.rawValue)",
                              en: "missing access grant for \(dimension.rawValue) in phase \(phase.rawValue)")
            case .roleNotAllowed(let role, let dimension):
                LocalizedText(it: "la professione \(role.rawValue) non è abilitata a \(dimension.rawValue) dalla matrice",
                              en: "the matrix does not allow profession \(role.rawValue) to handle \(dimension.rawValue)")
            case .noConsent(let dimension):
                LocalizedText(it: "manca un consenso informato in vigore per \(dimension.rawValue) tra Ser.T e CT",
                              en: "missing informed consent in force for \(dimension.rawValue) between the Ser.T and the CT")
            }
        }

        /// A short code for JSON output.
        public var code: String {
            switch self {
            case .noGrantInForce: "no-grant-in-force"
            case .notAParty: "not-a-party"
            case .notOperatorsOrganisation: "not-operators-organisation"
            case .notTheOtherParty: "not-the-other-party"
            case .notInMatrix: "not-in-matrix"
            case .noGrant: "no-grant"
            case .roleNotAllowed: "role-not-allowed"
            case .noConsent: "no-consent"
            }
        }
    }
}

/// What an operator may send: a new exchange record and the placement cut to its dimensions.
///
/// ```swift
/// let export = try ERAddictionExport(placement, decision: decision, sender: "op-sert-03", id: "x-42")
/// export.placement.diagnosticAssessment  // nil unless allowed
/// ```
public struct ERAddictionExport: Sendable, Hashable {
    public let exchange: ERAddictionPlacement.Exchange
    /// The placement with only the exchanged dimensions, no consents, grants or exchanges.
    public let placement: ERAddictionPlacement

    public static let kind: DossierKind = "er.addiction.exchange-export"

    /// The export a decision allows, or `nil` when it is not an export or allows nothing.
    public init?(_ placement: ERAddictionPlacement, decision: ERAddictionAccessDecision, id: String) {
        guard case .export(let from, let to, let phase, _) = decision.purpose, let direction = decision.direction,
              !decision.allowed.isEmpty, !decision.refusedWhole else { return nil }
        exchange = ERAddictionPlacement.Exchange(
            id: id, phase: phase, direction: direction, senderOrganisation: from, senderPlatform: direction.senderPlatform,
            senderOperator: decision.operator, receiverOrganisation: to, receiverPlatform: direction.receiverPlatform,
            sentOn: decision.on, dimensions: Set(decision.allowed), consent: decision.consents.first?.rawValue)
        self.placement = placement.keeping(Set(decision.allowed), exchanges: false)
    }
}
