import Sociosan

/// The fast path of `sociosan exchange view` and `export` over a placement with thousands of
/// exchange records (issue 13: 10,000 in under 50 ms): which checks must pass before anything
/// is shown, and the view written straight from the placement.
extension ERAddictionPlacementRules {
    /// The rules whose findings are errors, in rule order: the ones that can stop an access.
    static let stoppingRules = RuleSet<ERAddictionPlacement>(
        kind: ERAddictionPlacement.declaration.kind,
        rules: ERAddictionPlacement.declaration.ruleSet.rules.filter { $0.descriptor.severity == .error })

    /// What stops a view or an export of `placement`: nothing (`[]`) when no error rule fails,
    /// else every finding of the kind's rules, warnings included, as `sociosan validate` lists
    /// them.
    ///
    /// Why a view still needs the error rules, and why not the warnings: an auditor does not
    /// show a placement that breaks the kind's rules, because the breach may be the very thing
    /// the access rests on (an exchange under no consent, a sender without a grant, a phase
    /// history that puts the placement in the wrong phase, and the phase chooses the grants
    /// that apply): it is refused, exit 1, with the findings, as before. The warnings
    /// (`dimension.known`, `redundant`, `project.shared`) never refused anything, and
    /// `redundant` alone built a text key per dimension of every exchange, so they are run
    /// only to complete the report of a placement already refused. The answer is the same as
    /// running every rule and refusing on an error (the kind's rules report at their own
    /// severity), at the cost of the error rules alone for a valid placement.
    ///
    /// ```swift
    /// let stopping = ERAddictionPlacementRules.findingsStoppingAccess(placement)
    /// if !stopping.isEmpty { /* refuse, listing `stopping` */ }
    /// ```
    public static func findingsStoppingAccess(_ placement: ERAddictionPlacement) -> [Diagnostic] {
        guard stoppingRules.evaluate(placement).contains(where: { $0.severity == .error }) else { return [] }
        return ERAddictionPlacement.declaration.ruleSet.evaluate(placement)
    }
}

extension ERAddictionExchangeFiles {
    /// The placement as an operator allowed `allowed` sees it (`placement.keeping(allowed)`),
    /// pretty, with one final newline: what `sociosan exchange view --format text` prints
    /// after the decision.
    ///
    /// ```swift
    /// let bytes = ERAddictionExchangeFiles.encode(placement: placement, keeping: decision.allowed)
    /// ```
    public static func encode(placement: ERAddictionPlacement, keeping allowed: [ERAddictionDimension],
                              style: JSONWriter.Style = .pretty) -> [UInt8] {
        var writer = JSONWriter(style: style)
        writer.beginObject()
        writeMembers(of: placement, keeping: allowed, to: &writer)
        writer.endObject()
        writer.finish()
        return writer.bytes
    }

    /// The members `ERAddictionPlacement.declaration.fields` writes for `placement.keeping(allowed)`,
    /// the same bytes, without building the cut placement's exchanges: everything before them
    /// is small and goes through the table; the exchange records, the bulk of a long
    /// placement, are written here, each one read in place. `exchanges` is the table's last
    /// member, so writing it after the table's members keeps the canonical order.
    static func writeMembers(of placement: ERAddictionPlacement, keeping allowed: [ERAddictionDimension], to writer: inout JSONWriter) {
        ERAddictionPlacement.declaration.fields.writeMembers(of: placement.keeping(Set(allowed), exchanges: false), to: &writer)
        let allowedMask = DimensionMask(allowed)
        var opened = false
        placement.exchanges.withUnsafeBufferPointer { exchanges in
            for index in exchanges.indices {
                let sent = DimensionMask(exchanges[index].dimensions)
                let kept = sent.intersection(allowedMask)
                // An exchange with none of the allowed dimensions is left out (keeping(_:)).
                if kept.isEmpty { continue }
                if !opened {
                    writer.key("exchanges")
                    writer.beginArray()
                    opened = true
                }
                write(exchanges[index], dimensions: kept, whole: kept == sent, to: &writer)
            }
        }
        if opened { writer.endArray() }
    }

    /// One exchange record in the member order of `ERAddictionPlacement.Exchange.fields`. A
    /// record that lost a dimension (`whole == false`) loses its attachments and its consent
    /// reference too, which may concern the dimension left out (keeping(_:)).
    private static func write(_ exchange: ERAddictionPlacement.Exchange, dimensions: DimensionMask, whole: Bool,
                              to writer: inout JSONWriter) {
        writer.beginObject()
        writer.key("id")
        writer.string(exchange.id)
        writer.key("phase")
        writer.string(exchange.phase.rawValue)
        writer.key("direction")
        writer.string(exchange.direction.rawValue)
        writer.key("senderOrganisation")
        writer.string(exchange.senderOrganisation.rawValue)
        writer.key("senderPlatform")
        writer.string(exchange.senderPlatform.rawValue)
        writer.key("senderOperator")
        writer.string(exchange.senderOperator.rawValue)
        writer.key("receiverOrganisation")
        writer.string(exchange.receiverOrganisation.rawValue)
        writer.key("receiverPlatform")
        writer.string(exchange.receiverPlatform.rawValue)
        writer.key("sentOn")
        writer.date(exchange.sentOn)
        writer.key("dimensions")
        writer.beginArray()
        for (bit, dimension) in DimensionMask.order.enumerated() where dimensions.contains(bit: bit) { writer.string(dimension.rawValue) }
        writer.endArray()
        if whole, let consent = exchange.consent {
            writer.key("consent")
            writer.string(consent)
        }
        if whole, !exchange.attachments.isEmpty {
            writer.key("attachments")
            writer.beginArray()
            for attachment in exchange.attachments { writer.string(attachment) }
            writer.endArray()
        }
        writer.endObject()
    }
}

/// A set of the 12 dimensions as bits in their declaration (REX) order: intersecting and
/// comparing two costs no hashing and no allocation, once per exchange record.
struct DimensionMask: Hashable {
    /// The dimensions in declaration order, bit `i` being `order[i]` (kept, not recomputed:
    /// `allCases` builds a new array on every call).
    static let order = ERAddictionDimension.allCases

    private var bits: UInt16

    init(_ dimensions: some Sequence<ERAddictionDimension>) {
        bits = 0
        for dimension in dimensions {
            if let bit = Self.order.firstIndex(of: dimension) { bits |= 1 << UInt16(bit) }
        }
    }

    private init(bits: UInt16) { self.bits = bits }

    var isEmpty: Bool { bits == 0 }
    func contains(bit: Int) -> Bool { bits & (1 << UInt16(bit)) != 0 }
    func intersection(_ other: DimensionMask) -> DimensionMask { DimensionMask(bits: bits & other.bits) }
}
