import Sociosan

/// Walks a parsed document into the core's value types and records every content problem
/// as a ``Diagnostic`` with the JSON Pointer of the offending value.
///
/// The path is kept as a stack of components and turned into a ``JSONPointer`` only when a
/// finding is reported, so that decoding a valid dossier allocates nothing for paths.
/// Decoding goes on after a problem so that one run reports all of them; a value that could
/// not be read comes back as `nil` and ``hasErrors`` tells the caller not to trust the result.
public struct DecodingContext: Sendable {
    enum PathComponent: Sendable {
        case key(String)
        case index(Int)
    }

    public private(set) var diagnostics: [Diagnostic] = []
    /// Whether any error-severity problem was found (unknown fields are only warnings unless strict).
    public private(set) var hasErrors = false
    /// Unknown fields are errors instead of warnings.
    public let strict: Bool
    /// Member names the dossier being read refuses wherever its tables do not declare them
    /// (``StructureKind/protectedMembers``): reported with their own rule, an error even when
    /// unknown fields are not strict.
    public var protectedMembers: ProtectedMembers?
    private var path: [PathComponent] = []

    public init(strict: Bool = false) {
        self.strict = strict
        path.reserveCapacity(16)
    }

    var pointer: JSONPointer {
        JSONPointer(tokens: path.map {
            switch $0 {
            case .key(let key): return key
            case .index(let index): return String(index)
            }
        })
    }

    mutating func withKey<T>(_ key: String, _ body: (inout DecodingContext) -> T) -> T {
        path.append(.key(key))
        defer { path.removeLast() }
        return body(&self)
    }

    /// Enters a member or element without a closure (for cursors that hold the context by
    /// pointer); every `enter` is followed by one ``leave()``.
    mutating func enter(key: String) { path.append(.key(key)) }
    mutating func enter(index: Int) { path.append(.index(index)) }
    mutating func leave() { path.removeLast() }

    mutating func withIndex<T>(_ index: Int, _ body: (inout DecodingContext) -> T) -> T {
        path.append(.index(index))
        defer { path.removeLast() }
        return body(&self)
    }

    // MARK: Reporting

    mutating func report(_ rule: RuleDescriptor, _ arguments: MessageArgument..., at extraKey: String? = nil) {
        var location = pointer
        if let extraKey { location = location.appending(extraKey) }
        var diagnostic = Diagnostic(rule: rule, path: location, arguments: arguments)
        if rule.id == FormatRules.unknownField.id, strict { diagnostic.severity = .error }
        if diagnostic.severity == .error { hasErrors = true }
        diagnostics.append(diagnostic)
    }

    /// Where the findings stand, for ``forgetFindings(since:)``.
    var findingsMark: (count: Int, hasErrors: Bool) { (diagnostics.count, hasErrors) }

    /// Forgets the findings reported since `mark`: a fast path that met a problem gives the
    /// value up to the field table, which reports it again, in its own words.
    mutating func forgetFindings(since mark: (count: Int, hasErrors: Bool)) {
        diagnostics.removeSubrange(mark.count...)
        hasErrors = mark.hasErrors
    }

    mutating func typeMismatch(expected: JSONTypeName, found node: JSONNode) {
        report(FormatRules.type, .localized(expected.label), .localized(JSONTypeName(node.kind).label))
    }

    mutating func invalidValue(_ explanation: LocalizedText) {
        report(FormatRules.value, .localized(explanation))
    }

    // MARK: Scalars

    mutating func string(_ node: JSONNode) -> String? {
        guard let value = node.stringValue else { typeMismatch(expected: .string, found: node); return nil }
        return value
    }

    mutating func nonEmptyString(_ node: JSONNode) -> String? {
        guard let value = string(node) else { return nil }
        if value.isEmpty {
            invalidValue(ValueProblem.emptyText)
            return nil
        }
        return value
    }

    mutating func bool(_ node: JSONNode) -> Bool? {
        guard let value = node.boolValue else { typeMismatch(expected: .boolean, found: node); return nil }
        return value
    }

    mutating func integer(_ node: JSONNode, in range: ClosedRange<Int>) -> Int? {
        guard node.kind == .integer, let value = node.integerValue else {
            typeMismatch(expected: .integer, found: node)
            return nil
        }
        guard value >= Int64(range.lowerBound), value <= Int64(range.upperBound) else {
            invalidValue(ValueProblem.outsideRange(value, range))
            return nil
        }
        return Int(value)
    }

    /// A number with at most two decimals, as exact hundredths within `range` (in hundredths).
    mutating func hundredths(_ node: JSONNode, in range: ClosedRange<Int>) -> Int? {
        switch Hundredths.read(node, in: range) {
        case .value(let result):
            return result
        case .notANumber:
            typeMismatch(expected: .number, found: node)
        case .tooManyDecimals(let value):
            invalidValue(ValueProblem.tooManyDecimals(value))
        case .outOfRange:
            invalidValue(ValueProblem.outsideHundredths(range))
        }
        return nil
    }

    /// Staff units (establishment posts) with at most two decimals, from 0 to 10,000.
    mutating func staffUnits(_ node: JSONNode) -> StaffUnits? {
        hundredths(node, in: 0...1_000_000).map(StaffUnits.init(hundredths:))
    }

    /// A dossier identifier (see ``StructureID``).
    mutating func identifier(_ node: JSONNode) -> StructureID? {
        guard let text = string(node) else { return nil }
        do { return try StructureID(text) } catch {
            invalidValue(error.message)
            return nil
        }
    }

    mutating func date(_ node: JSONNode) -> LocalDate? {
        guard let text = string(node) else { return nil }
        do {
            return try LocalDate(iso8601: text)
        } catch {
            switch error {
            case .malformed: invalidValue(ValueProblem.notADate(text))
            case .nonexistent: invalidValue(ValueProblem.notACalendarDate(text))
            }
            return nil
        }
    }

    /// A string that must be one of the codes of `T` (of `allowed`, when given).
    mutating func code<T: TableCoded & Equatable>(_ node: JSONNode, as type: T.Type, allowed: [T]? = nil) -> T? {
        let found = node.withStringBytes { T.codeTable.lookup($0) }
        switch found {
        case .none:
            typeMismatch(expected: .string, found: node)
            return nil
        case .some(let value?) where allowed?.contains(value) ?? true:
            return value
        case .some:
            invalidValue(ValueProblem.notAllowed(node.stringValue ?? "", allowed: (allowed ?? Array(T.allCases)).map(\.rawValue)))
            return nil
        }
    }

    /// An array of distinct codes, inserted into `set`; `false` when any is wrong or repeated.
    /// `accept` restricts the codes (for example to one area of a checklist).
    mutating func codes<T: TableCoded & Hashable>(
        _ node: JSONNode, into set: inout Set<T>, accept: (T) -> Bool = { _ in true }, allowedForMessage: @autoclosure () -> [T] = Array(T.allCases)
    ) -> Bool {
        guard node.kind == .array else { typeMismatch(expected: .array, found: node); return false }
        var ok = true
        for index in 0..<node.count {
            guard let element = node[index] else { continue }
            path.append(.index(index))
            defer { path.removeLast() }
            guard let found = element.withStringBytes({ T.codeTable.lookup($0) }) else {
                typeMismatch(expected: .string, found: element)
                ok = false
                continue
            }
            guard let value = found, accept(value) else {
                invalidValue(ValueProblem.notAllowed(element.stringValue ?? "", allowed: allowedForMessage().map(\.rawValue)))
                ok = false
                continue
            }
            // The caller's set holds only this array's codes of this kind (areas are disjoint),
            // so a failed insert is a repetition.
            if !set.insert(value).inserted {
                invalidValue(ValueProblem.repeated(value.rawValue))
                ok = false
            }
        }
        return ok
    }

    /// An array of distinct codes, as a set.
    mutating func codeSet<T: TableCoded & Hashable>(_ node: JSONNode, as type: T.Type) -> Set<T>? {
        var result = Set<T>()
        return codes(node, into: &result) ? result : nil
    }

    /// The length of an array of at least `minimumCount` elements; `nil` (reported) otherwise.
    mutating func arrayCount(_ node: JSONNode, minimumCount: Int) -> Int? {
        guard node.kind == .array else { typeMismatch(expected: .array, found: node); return nil }
        let count = node.count
        if count < minimumCount {
            invalidValue(ValueProblem.tooFewElements(minimumCount))
            return nil
        }
        return count
    }

    /// An array decoded element by element; `nil` if it is not an array or any element fails.
    mutating func array<T>(_ node: JSONNode, minimumCount: Int = 0, _ element: (inout DecodingContext, JSONNode) -> T?) -> [T]? {
        guard let count = arrayCount(node, minimumCount: minimumCount) else { return nil }
        var result: [T] = []
        result.reserveCapacity(count)
        var ok = true
        for index in 0..<count {
            guard let item = node[index] else { continue }
            let value = withIndex(index) { context in element(&context, item) }
            if let value { result.append(value) } else { ok = false }
        }
        return ok ? result : nil
    }

    /// Reports that element `index` of the array at the current path repeats the `id` of
    /// element `first`, at the element's `id`.
    mutating func reportRepeatedID(_ key: String, first earlier: Int, at index: Int) {
        let earlierPointer = pointer.appending(earlier).appending("id").description
        withIndex(index) { context in
            context.report(FormatRules.value, .localized(ValueProblem.repeatedID(key, earlier: earlierPointer)), at: "id")
        }
    }
}

/// Reading a JSON number with at most two decimals as exact hundredths; shared by the
/// decoder (which reports each outcome) and the network fast path (which only takes values).
enum Hundredths {
    case value(Int)
    case notANumber
    /// More than two decimals (0.125).
    case tooManyDecimals(Double)
    case outOfRange

    static func read(_ node: JSONNode, in range: ClosedRange<Int>) -> Hundredths {
        var result: Int?
        switch node.kind {
        case .integer:
            if let value = node.integerValue, value >= Int64(range.lowerBound / 100), value <= Int64(range.upperBound / 100) {
                result = Int(value) * 100
            }
        case .real:
            guard let value = node.doubleValue, value.isFinite else { return .outOfRange }
            let scaled = (value * 100).rounded()
            // Two decimals at most: 5.5 and 0.25 are fine, 0.125 is not.
            guard abs(scaled - value * 100) < 1e-6 else { return .tooManyDecimals(value) }
            if scaled >= Double(range.lowerBound), scaled <= Double(range.upperBound) { result = Int(scaled) }
        default:
            return .notANumber
        }
        guard let result, range.contains(result) else { return .outOfRange }
        return .value(result)
    }

    var value: Int? {
        if case .value(let result) = self { return result }
        return nil
    }
}

/// The JSON types named in messages, from jansson's kinds.
typealias JSONTypeName = ValueTypeName

extension ValueTypeName {
    init(_ kind: JSONKind) {
        switch kind {
        case .object: self = .object
        case .array: self = .array
        case .string: self = .string
        case .integer: self = .integer
        case .real: self = .number
        case .bool: self = .boolean
        case .null: self = .null
        }
    }
}

/// Reads the members of one JSON object and reports the members no decoder asked for.
///
/// The object's known keys are a static list given up front, so that reading a valid
/// object records nothing: only the count of members found is kept, and the members are
/// scanned for unknown keys only when there are more of them than were found.
struct ObjectReader {
    let node: JSONNode
    private let keys: [String]
    private var presentCount = 0

    /// `nil` (with a finding) when the node is not an object. `keys` lists every member the
    /// decoder may ask for, `kind` and `schemaVersion` included for a dossier's top level.
    init?(_ node: JSONNode, keys: [String], context: inout DecodingContext) {
        guard node.kind == .object else {
            context.typeMismatch(expected: .object, found: node)
            return nil
        }
        self.node = node
        self.keys = keys
    }

    /// A required member, decoded by `body` with the member's path; reports a missing one.
    mutating func required<T>(_ key: String, _ context: inout DecodingContext, _ body: (inout DecodingContext, JSONNode) -> T?) -> T? {
        assert(keys.contains(key), "\(key) is missing from the object's key list")
        guard let member = node[key] else {
            context.report(FormatRules.required, .text(key))
            return nil
        }
        presentCount += 1
        return context.withKey(key) { body(&$0, member) }
    }

    /// An optional member: absent or `null` gives `.some(nil)`; a bad value gives `nil`.
    mutating func optional<T>(_ key: String, _ context: inout DecodingContext, _ body: (inout DecodingContext, JSONNode) -> T?) -> T?? {
        assert(keys.contains(key), "\(key) is missing from the object's key list")
        guard let member = node[key] else { return .some(nil) }
        presentCount += 1
        if member.kind == .null { return .some(nil) }
        guard let value = context.withKey(key, { body(&$0, member) }) else { return nil }
        return .some(value)
    }

    /// The member `key` for a cursor that reads it itself (between ``DecodingContext/enter(key:)``
    /// and ``DecodingContext/leave()``): `nil` when absent (reported when `required`).
    mutating func take(_ key: String, required: Bool, _ context: inout DecodingContext) -> JSONNode? {
        assert(keys.contains(key), "\(key) is missing from the object's key list")
        guard let member = node[key] else {
            if required { context.report(FormatRules.required, .text(key)) }
            return nil
        }
        presentCount += 1
        return member
    }

    /// Counts the envelope members (`kind`, `schemaVersion`), which the validator has already
    /// read and checked.
    mutating func acceptEnvelope() {
        for key in ["kind", "schemaVersion"] where node[key] != nil { presentCount += 1 }
    }

    /// Reports every member that is not in the key list.
    func finish(_ context: inout DecodingContext) {
        // Every member was a known key: nothing to scan (the common, fast case).
        guard node.count > presentCount else { return }
        node.forEachMember { key, _ in
            guard !keys.contains(key) else { return }
            if let protected = context.protectedMembers, let entry = protected.match(key) {
                if protected.reportsAsValue {
                    context.report(protected.rule, .localized(ProtectedMembers.refusal(entry.holds)), at: key)
                } else {
                    context.report(protected.rule, .text(MessageExcerpt.of(key)), .localized(entry.holds), at: key)
                }
            } else {
                context.report(FormatRules.unknownField, .text(MessageExcerpt.of(key)), FormatRules.unknownFieldOutcome(strict: context.strict), at: key)
            }
        }
    }
}
