/// The parts the Sicilian section 7 kinds share (seed 004 L2165-L3401): the people a dossier
/// lists (by pseudonymous code only), the common rooms, the attested requirements, and the rule
/// builders every kind calls instead of a copy (region, privacy, capacity, bedrooms, stays).
///
/// ```swift
/// SicilyMinorsKinds.all.map(\.kind.rawValue)
/// // ["sicily.minors.therapeutic-community", "sicily.minors.community", ...]
/// ```
public enum SicilyMinors {
    static let seed = Seed.structuresSicily

    // MARK: Privacy

    /// What a protected member would hold.
    static let holdsName = ProtectedMembers.holdsName
    static let holdsTaxCode = ProtectedMembers.holdsTaxCode
    static let holdsBirthDate = ProtectedMembers.holdsBirthDate

    /// The member names refused anywhere a table does not declare them (``ProtectedMembers/personEntries``).
    public static let protectedNames: [ProtectedMembers.Entry] = ProtectedMembers.personEntries

    static let privacyTitle = LocalizedText(
        it: "Un minore compare solo con un codice pseudonimo: nessun nome, codice fiscale o data di nascita",
        en: "A minor appears only by a pseudonymous code: no name, tax code or birth date")
    static let privacyMessage = LocalizedText(
        it: "\"{0}\" conterrebbe {1} di una persona, forse un minore: in questo dossier una persona compare solo con un codice pseudonimo (errore anche senza --strict)",
        en: "\"{0}\" would hold {1} of a person, possibly a minor: in this dossier a person appears only by a pseudonymous code (an error even without --strict)")
    static let privacyDecision =
        "Issue 12 (the mission's rule, not the seed's): the minors' data is the most sensitive the SDK handles, so a member named like a name, tax code or birth date is refused wherever the tables do not declare it, by the readers whether --strict or not and by the schema (propertyNames), and a pseudonymous code shaped like a tax code or carrying a date is refused by the check. The seed's own word on the point is the protected archive of sensitive data of L3229-L3230; the structure's and the operator's `name` are declared members, not a person's."

    /// Hands each pseudonymous code of a dossier to `visit`, with its pointer as a closure.
    typealias CodeVisitor = @Sendable (StructureDossier, _ visit: (_ code: String, _ pointer: () -> JSONPointer) -> Void) -> Void

    /// The privacy rule of `type`: reported by the readers for a protected member, and by its
    /// check for a pseudonymous code that looks like a tax code or carries a date. `codes`
    /// visits every code; a code's pointer is built only when it is reported (building one per
    /// person up front cost a valid dossier more than the rest of its rules).
    static func privacyRule(_ type: StructureType, codes: @escaping CodeVisitor) -> Rule<StructureDossier> {
        Rule.structure(type, "privacy.pseudonymous-only", seed: seed, lines: 3229...3230, title: privacyTitle, message: privacyMessage,
                       decision: privacyDecision) { dossier, report in
            codes(dossier) { code, pointer in
                if PseudonymousCode.looksLikeTaxCode(code) {
                    report.report(at: pointer(), .text(code), .localized(holdsTaxCode))
                } else if PseudonymousCode.carriesDate(code) {
                    report.report(at: pointer(), .text(code), .localized(holdsBirthDate))
                }
            }
        }
    }

    static func protectedMembers(_ rule: Rule<StructureDossier>) -> ProtectedMembers {
        ProtectedMembers.person(rule: rule.descriptor)
    }

    // MARK: Shared rules

    static func regionRule(_ type: StructureType) -> Rule<StructureDossier> {
        SicilyStructureKit.region(type, title: LocalizedText(it: "La struttura o il servizio è in Sicilia", en: "The structure or service is in Sicily"))
    }

    /// "At most `maximum` places" on the dossier's declared capacity (`beds`).
    static func maximumCapacityRule(_ type: StructureType, _ maximum: Int, lines: ClosedRange<Int>, title: LocalizedText) -> Rule<StructureDossier> {
        Rule.structure(
            type, "capacity.maximum", seed: seed, lines: lines, title: title,
            message: LocalizedText(it: "capacità dichiarata {0}, al massimo {1}", en: "declared capacity {0}, at most {1}")
        ) { dossier, report in
            if dossier.beds > maximum { report.report(at: "/beds", .integer(dossier.beds), .integer(maximum)) }
        }
    }

    /// The people listed at the census date are no more than the declared capacity.
    static func peopleWithinCapacityRule(
        _ type: StructureType, lines: ClosedRange<Int>, at pointer: JSONPointer, count: @escaping @Sendable (StructureDossier) -> Int
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, "capacity.people-within", seed: seed, lines: lines,
            title: LocalizedText(it: "Le persone accolte non superano la capacità dichiarata",
                                 en: "The people taken in do not exceed the declared capacity"),
            message: LocalizedText(it: "{0} persone accolte, la capacità dichiarata è {1}",
                                   en: "{0} people taken in, the declared capacity is {1}")
        ) { dossier, report in
            let people = count(dossier)
            if people > dossier.beds { report.report(at: pointer, .integer(people), .integer(dossier.beds)) }
        }
    }

    /// The rooms' beds add up to the declared places.
    static func bedTotalRule(_ type: StructureType, lines: ClosedRange<Int>) -> Rule<StructureDossier> {
        SicilyStructureKit.bedTotal(type, lines: lines, inBeds: true,
                                    title: LocalizedText(it: "I posti letto delle camere sono i posti dichiarati", en: "The rooms' beds are the declared places"))
    }

    /// Beds per bedroom and each bedroom's minimum usable area by its beds (`minima[beds]`).
    static func bedroomRules(_ type: StructureType, minima: [Int: Int], lines: ClosedRange<Int>, areaLines: ClosedRange<Int>) -> [Rule<StructureDossier>] {
        let maximumBeds = minima.keys.max() ?? 1
        let table = minima.sorted { $0.key < $1.key }.map { "\($0.value) m² / \($0.key)" }.joined(separator: ", ")
        return [
            Rule.structure(
                type, "rooms.max-beds", seed: seed, lines: lines,
                title: LocalizedText(it: "Camere da 1 a \(maximumBeds) posti letto", en: "Bedrooms of 1 to \(maximumBeds) beds"),
                message: LocalizedText(it: "la camera {0} ha {1} posti letto, al massimo {2}", en: "room {0} has {1} beds, at most {2}")
            ) { dossier, report in
                for (index, room) in dossier.rooms.enumerated() where room.beds > maximumBeds {
                    report.report(at: JSONPointer.root.appending("rooms").appending(index).appending("beds"),
                                  .text(room.id), .integer(room.beds), .integer(maximumBeds))
                }
            },
            Rule.structure(
                type, "rooms.area", seed: seed, lines: areaLines,
                title: LocalizedText(it: "Superficie minima delle camere (\(table))", en: "Minimum bedroom area (\(table))"),
                message: LocalizedText(it: "la camera {0} ({1} posti letto) misura {2} m², ne servono almeno {3}",
                                       en: "room {0} ({1} beds) measures {2} m², at least {3} needed"),
                decision: "A bedroom that does not state its area (squareMetres) is reported with 0 m²: the minimum is a requirement the dossier must show."
            ) { dossier, report in
                for (index, room) in dossier.rooms.enumerated() {
                    guard let minimum = minima[room.beds].map(SquareMetres.init(whole:)) else { continue }
                    let area = room.squareMetres ?? .zero
                    if area < minimum {
                        report.report(at: JSONPointer.root.appending("rooms").appending(index), .text(room.id), .integer(room.beds),
                                      area.argument, minimum.argument)
                    }
                }
            },
        ]
    }

    /// The common rooms the seed lists are all there.
    static func requiredSpacesRule(
        _ type: StructureType, _ uses: [SicilyMinorsSpace.Use], lines: ClosedRange<Int>, section: String,
        spaces: @escaping @Sendable (StructureDossier) -> [SicilyMinorsSpace]
    ) -> Rule<StructureDossier> {
        let names = uses.map(\.label)
        return Rule.structure(
            type, "premises.spaces", seed: seed, lines: lines,
            title: LocalizedText(it: "Spazi comuni: " + names.map(\.italian).joined(separator: ", "),
                                 en: "Common spaces: " + names.map(\.english).joined(separator: ", ")),
            message: LocalizedText(it: "manca lo spazio: {0}", en: "missing space: {0}")
        ) { dossier, report in
            let present = Set(spaces(dossier).map(\.use))
            for use in uses where !present.contains(use) {
                report.report(at: JSONPointer.root.appending(section).appending("spaces"), .localized(use.label))
            }
        }
    }

    /// At least `count` bathrooms, one of them equipped for disabled people.
    static func bathroomsRule(
        _ type: StructureType, _ count: Int, lines: ClosedRange<Int>, section: String,
        spaces: @escaping @Sendable (StructureDossier) -> [SicilyMinorsSpace]
    ) -> Rule<StructureDossier> {
        Rule.structure(
            type, "premises.bathrooms", seed: seed, lines: lines,
            title: LocalizedText(it: "Almeno \(count) bagni, uno attrezzato per disabili", en: "At least \(count) bathrooms, one equipped for disabled people"),
            message: LocalizedText(it: "{0} bagni per gli ospiti di cui {1} per disabili: ne servono almeno {2}, di cui 1 per disabili",
                                   en: "{0} guest bathrooms, {1} of them accessible: at least {2} needed, 1 of them accessible")
        ) { dossier, report in
            let list = spaces(dossier)
            let accessible = list.filter { $0.use == .accessibleBathroom }.count
            let all = accessible + list.filter { $0.use == .bathroom }.count
            if all < count || accessible < 1 {
                report.report(at: JSONPointer.root.appending(section).appending("spaces"), .integer(all), .integer(accessible), .integer(count))
            }
        }
    }

    // MARK: Dates

    /// The date `years` calendar years after `date` (29 February becomes 28 February).
    static func adding(years: Int, to date: LocalDate) -> LocalDate {
        LocalDate(year: date.year + years, month: date.month, day: date.day)
            ?? LocalDate(year: date.year + years, month: date.month, day: date.day - 1)!
    }

    /// The date `months` calendar months after `date` (the day clamped to the month's length).
    static func adding(months: Int, to date: LocalDate) -> LocalDate {
        let total = date.year * 12 + (date.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        return LocalDate(year: year, month: month, day: min(date.day, LocalDate.daysInMonth(year: year, month: month)))!
    }

    // MARK: Attested requirements

    /// One requirement a dossier attests: the Sicilian kinds share the shape and its rules.
    typealias Attested = SicilyStructureKit.Attested

    static let areaLabels: [String: LocalizedText] = [
        "personnel": LocalizedText(it: "personale", en: "personnel"),
        "organisation": LocalizedText(it: "organizzazione", en: "organisation"),
        "procedures": LocalizedText(it: "procedure scritte", en: "written procedures"),
        "safety": LocalizedText(it: "sicurezza", en: "safety"),
        "premises": LocalizedText(it: "ambienti", en: "premises"),
        "projects": LocalizedText(it: "progetti e documenti", en: "projects and documents"),
    ]

    /// The attested areas of a kind, in the order of first appearance, and one rule per code.
    static func attestations(_ type: StructureType, _ items: [Attested]) -> (areas: [AttestationArea], rules: [Rule<StructureDossier>]) {
        var order: [String] = []
        for item in items where !order.contains(item.area) { order.append(item.area) }
        return (SicilyStructureKit.attestationAreas(type, areas: order, items),
                SicilyStructureKit.attestationRules(type, labels: areaLabels, items))
    }

    /// "In materia di personale, deve essere applicato quanto già previsto nel paragrafo 2" (7.3-7.7,
    /// 7.9): the qualifications and contracts of L281-L288.
    static func paragraphTwo(callLines: ClosedRange<Int>) -> [Attested] {
        SicilyStructureKit.paragraphTwoPersonnel(
            decision: "Called in by the section's own lines L\(callLines.lowerBound)-L\(callLines.upperBound) (\"paragrafo 2. Il Gruppo di lavoro\").")
    }
}

/// A pseudonymous code: how a person (a minor above all) appears in a section 7 dossier.
///
/// ```swift
/// PseudonymousCode.looksLikeTaxCode("RSSMRA08A41G273X")  // true
/// PseudonymousCode.carriesDate("GA-2008-03-14")          // true
/// PseudonymousCode.looksLikeTaxCode("GA-PA-07")          // false
/// ```
public enum PseudonymousCode {
    /// Letters, digits, `.`, `_` and `-`, 2 to 40 characters, starting with a letter or digit.
    public static let pattern = "^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$"

    static let omocodia: Set<Character> = ["L", "M", "N", "P", "Q", "R", "S", "T", "U", "V"]

    /// Whether the code, once separators are dropped, holds an Italian tax code's 16-character
    /// shape (6 letters, 2 digits, a month letter, 2 digits, a letter, 3 digits, a letter; digits
    /// may be the omocodia letters).
    public static func looksLikeTaxCode(_ code: String) -> Bool {
        ASCIICode(code)?.looksLikeTaxCode ?? looksLikeTaxCode(characters: code)
    }

    /// ``looksLikeTaxCode(_:)`` character by character, for a code with a non-ASCII byte.
    static func looksLikeTaxCode(characters code: String) -> Bool {
        let characters = Array(code.uppercased().filter { $0.isLetter || $0.isNumber })
        guard characters.count >= 16 else { return false }
        func digit(_ c: Character) -> Bool { c.isASCII && (c.isNumber || omocodia.contains(c)) }
        func letter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
        let months: Set<Character> = ["A", "B", "C", "D", "E", "H", "L", "M", "P", "R", "S", "T"]
        for start in 0...(characters.count - 16) {
            let w = Array(characters[start..<(start + 16)])
            if w[0..<6].allSatisfy(letter) && w[6..<8].allSatisfy(digit) && months.contains(w[8]) && w[9..<11].allSatisfy(digit)
                && letter(w[11]) && w[12..<15].allSatisfy(digit) && letter(w[15]) {
                return true
            }
        }
        return false
    }

    /// Whether the code carries a calendar date: a year 1900-2099 with a valid month and day, as
    /// `YYYY-MM-DD`, `YYYYMMDD`, `DD-MM-YYYY` or `DDMMYYYY` (any of `-`, `_`, `.` or `/` between).
    public static func carriesDate(_ code: String) -> Bool {
        ASCIICode(code)?.carriesDate ?? carriesDate(characters: code)
    }

    /// ``carriesDate(_:)`` character by character, for a code with a non-ASCII byte.
    static func carriesDate(characters code: String) -> Bool {
        let digits = code.map { $0.isASCII && $0.isNumber ? $0 : (["-", "_", ".", "/"].contains($0) ? "·" : " ") }
        // Runs of digits and separators, with the separators dropped: 8 digits in a row.
        let runs = String(digits).split(separator: " ").map { $0.filter { $0 != "·" } }
        for run in runs where run.count >= 8 {
            let all = Array(run)
            for start in 0...(all.count - 8) {
                let w = all[start..<(start + 8)].compactMap { $0.wholeNumberValue }
                let n = { (from: Int, count: Int) in w[from..<(from + count)].reduce(0) { $0 * 10 + $1 } }
                let yearFirst = (n(0, 4), n(4, 2), n(6, 2)), dayFirst = (n(4, 4), n(2, 2), n(0, 2))
                for (year, month, day) in [yearFirst, dayFirst] where (1900...2099).contains(year) {
                    if LocalDate(year: year, month: month, day: day) != nil { return true }
                }
            }
        }
        return false
    }

    /// The two checks over the bytes of an ASCII code, which every code the codec admits is: the
    /// same answers as the character-wise checks above, without their `Character` and `String`
    /// work (the privacy rule reads every person's code, and those checks were a third of a
    /// minors dossier's validation, issue 11). A code with any other byte takes the checks above.
    struct ASCIICode {
        let bytes: [UInt8]

        init?(_ code: String) {
            let bytes = Array(code.utf8)
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            self.bytes = bytes
        }

        static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
        static func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }
        static func isUpperLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

        /// ``PseudonymousCode/looksLikeTaxCode(_:)``: letters upper-cased, separators dropped,
        /// then any 16 in a row in the tax code's shape.
        var looksLikeTaxCode: Bool {
            // Most codes are short: fewer than 16 letters and digits cannot hold a tax code, and
            // counting them makes no array (every code of every valid dossier comes here).
            guard bytes.lazy.filter({ Self.isUpperLetter(Self.upper($0)) || Self.isDigit($0) }).count >= 16 else { return false }
            let kept = bytes.lazy.map(Self.upper).filter { Self.isUpperLetter($0) || Self.isDigit($0) }
            let characters = Array(kept)
            guard characters.count >= 16 else { return false }
            // The omocodia letters L M N P Q R S T U V stand for digits; the month letters A B C D E H L M P R S T.
            func digit(_ c: UInt8) -> Bool { Self.isDigit(c) || "LMNPQRSTUV".utf8.contains(c) }
            func month(_ c: UInt8) -> Bool { "ABCDEHLMPRST".utf8.contains(c) }
            for start in 0...(characters.count - 16) {
                let at = { (offset: Int) in characters[start + offset] }
                if (0..<6).allSatisfy({ Self.isUpperLetter(at($0)) }) && (6..<8).allSatisfy({ digit(at($0)) }) && month(at(8))
                    && (9..<11).allSatisfy({ digit(at($0)) }) && Self.isUpperLetter(at(11)) && (12..<15).allSatisfy({ digit(at($0)) })
                    && Self.isUpperLetter(at(15)) {
                    return true
                }
            }
            return false
        }

        /// ``PseudonymousCode/carriesDate(_:)``: runs of digits and separators (`-`, `_`, `.`,
        /// `/`), the separators dropped, then any 8 digits in a row that read as a date.
        var carriesDate: Bool {
            // A date needs eight digits: most codes have fewer, and are cleared without a run.
            guard bytes.lazy.filter(Self.isDigit).count >= 8 else { return false }
            var run: [Int] = []
            func runHasDate() -> Bool {
                guard run.count >= 8 else { return false }
                for start in 0...(run.count - 8) {
                    let n = { (from: Int, count: Int) in run[(start + from)..<(start + from + count)].reduce(0) { $0 * 10 + $1 } }
                    for (year, month, day) in [(n(0, 4), n(4, 2), n(6, 2)), (n(4, 4), n(2, 2), n(0, 2))] where (1900...2099).contains(year) {
                        if LocalDate(year: year, month: month, day: day) != nil { return true }
                    }
                }
                return false
            }
            for byte in bytes {
                if Self.isDigit(byte) {
                    run.append(Int(byte - 0x30))
                } else if byte == 0x2D || byte == 0x5F || byte == 0x2E || byte == 0x2F {
                    continue
                } else {
                    if runHasDate() { return true }
                    run.removeAll(keepingCapacity: true)
                }
            }
            return runHasDate()
        }
    }

    /// The codec of a pseudonymous code (the schema's pattern; the shape rules are the kind's
    /// privacy rule, so that the finding says why).
    public static var codec: PseudonymousCodeCodec { PseudonymousCodeCodec() }
}

public struct PseudonymousCodeCodec: ValueCodec {
    public init() {}
    public var shape: FieldShape {
        .string(minLength: 2, pattern: PseudonymousCode.pattern,
                description: "A pseudonymous code (never a name, a tax code or a birth date): letters, digits, '.', '_', '-'.")
    }

    public func read(_ reader: inout FieldReader) -> String? {
        guard let text = reader.readString(nonEmpty: true) else { return nil }
        let allowed = text.utf8.count >= 2 && text.utf8.count <= 40
            && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 45 || $0 == 46 || $0 == 95 }
            && text.utf8.first.map { $0 != 45 && $0 != 46 && $0 != 95 } == true
        guard allowed else {
            reader.reportInvalid(LocalizedText(
                it: "un codice pseudonimo ha da 2 a 40 caratteri tra lettere, cifre, '.', '_', '-' (mai un nome)",
                en: "a pseudonymous code has 2 to 40 characters among letters, digits, '.', '_', '-' (never a name)"))
            return nil
        }
        return text
    }

    public func write(_ value: String, to writer: inout FieldOutput) { writer.string(value) }
}

/// A person taken in by a section 7 service, by pseudonymous code only: age in completed years
/// at the census date (never a birth date), and what the kind's rules read.
public struct SicilyGuest: Sendable, Hashable {
    public var code: String
    /// Age in completed years at the dossier's census date.
    public var age: Int
    /// Age in completed years on admission, where a rule reads it (7.4).
    public var ageAtAdmission: Int?
    public var gender: Gender?
    public var admittedOn: LocalDate?
    public var tags: Set<Tag>

    public init(code: String, age: Int, ageAtAdmission: Int? = nil, gender: Gender? = nil, admittedOn: LocalDate? = nil, tags: Set<Tag> = []) {
        self.code = code
        self.age = age
        self.ageAtAdmission = ageAtAdmission
        self.gender = gender
        self.admittedOn = admittedOn
        self.tags = tags
    }

    public var isMinor: Bool { age < 18 }

    public enum Gender: String, Sendable, Hashable, CaseIterable {
        case female, male
    }

    /// What the rules of one kind or another read of a person.
    public enum Tag: String, Sendable, Hashable, CaseIterable {
        /// 7.4: a minor under a penal measure (L2776-L2777).
        case penalMeasure = "penal-measure"
        /// 7.4: sent by the Juvenile Court (L2706-L2708); else by the Comune's social service.
        case courtOrder = "court-order"
        /// 7.4: came from an educational path in another residential structure (L2697-L2698).
        case priorResidentialPath = "prior-residential-path"
        /// 7.4, 7.9: an immigrant or foreign person (L2778, L3333).
        case foreign
        /// 7.5: a mother (else a child); 7.9: accompanied by a natural parent (L3275-L3277).
        case mother
        /// 7.5: the judicial authority set a longer stay (L2796-L2797).
        case courtSetLongerStay = "court-set-longer-stay"
        /// 7.6: in one of the two emergency places (L2925).
        case emergencyPlace = "emergency-place"
        /// 7.6: one of brothers and/or sisters taken in together (L2925-L2927).
        case sibling
        /// 7.6: a minor child of the resident couple (L2927-L2928).
        case hostCouplesChild = "host-couples-child"
        /// 7.9: accompanied by at least one natural parent (L3275-L3277).
        case withParent = "with-parent"
    }
}

extension SicilyGuest.Gender: TableCoded { public static let codeTable = CodeTable<Self>() }
extension SicilyGuest.Tag: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyGuest {
    public static let fields = FieldTable(blank: SicilyGuest(code: "", age: 0), [
        .required("code", \.code, PseudonymousCode.codec, summary: "Pseudonymous code; never a name, tax code or birth date."),
        .required("age", \.age, ValueCodecs.integer(0...120), summary: "Age in completed years at the census date (never a birth date)."),
        .optional("ageAtAdmission", \.ageAtAdmission, ValueCodecs.integer(0...120), summary: "Age in completed years on admission."),
        .optional("gender", \.gender, ValueCodecs.code(Gender.self)),
        .optional("admittedOn", \.admittedOn, ValueCodecs.date, summary: "Date of admission."),
        .defaulted("tags", \.tags, ValueCodecs.codeSet(Tag.self), default: [], writesDefault: false,
                   summary: "What the kind's rules read of the person (penal measure, emergency place, ...)."),
    ])

    /// Visits the codes of a list of guests under `section`/`member`, for the privacy rule.
    static func visitCodes(
        _ guests: [SicilyGuest], _ section: String, _ member: String = "guests", visit: (String, () -> JSONPointer) -> Void
    ) {
        for (index, guest) in guests.enumerated() {
            visit(guest.code) { JSONPointer.root.appending(section).appending(member).appending(index).appending("code") }
        }
    }
}

/// A common room of a section 7 structure or service.
public struct SicilyMinorsSpace: Sendable, Hashable {
    public var id: String
    public var use: Use
    public var squareMetres: SquareMetres?

    public init(id: String, use: Use, squareMetres: SquareMetres? = nil) {
        self.id = id
        self.use = use
        self.squareMetres = squareMetres
    }

    public enum Use: String, Sendable, Hashable, CaseIterable {
        case livingDining = "living-dining"
        case kitchen
        case bathroom
        case accessibleBathroom = "accessible-bathroom"
        case staffBathroom = "staff-bathroom"
        case meetingRoom = "meeting-room"
        case coordinationOffice = "coordination-office"
        case staffRoom = "staff-room"
        case workshop
        case laundry
        case storeroom
        case childrenRoom = "children-room"
        case socialisation
        case interviewRoom = "interview-room"
        case mediationRoom = "mediation-room"
        case waitingRoom = "waiting-room"
        case secretariat
        case canteen
        case shower
        case changingRoom = "changing-room"

        public var label: LocalizedText {
            switch self {
            case .livingDining: return LocalizedText(it: "soggiorno/sala pranzo", en: "living/dining room")
            case .kitchen: return LocalizedText(it: "cucina", en: "kitchen")
            case .bathroom: return LocalizedText(it: "bagno", en: "bathroom")
            case .accessibleBathroom: return LocalizedText(it: "bagno attrezzato per disabili", en: "bathroom equipped for disabled people")
            case .staffBathroom: return LocalizedText(it: "bagno del personale", en: "staff bathroom")
            case .meetingRoom: return LocalizedText(it: "sala per incontri personali e di gruppo", en: "room for individual and group meetings")
            case .coordinationOffice: return LocalizedText(it: "locale per il coordinamento", en: "coordination office")
            case .staffRoom: return LocalizedText(it: "locale per il personale", en: "staff room")
            case .workshop: return LocalizedText(it: "spazio per laboratori", en: "workshop space")
            case .laundry: return LocalizedText(it: "lavanderia", en: "laundry")
            case .storeroom: return LocalizedText(it: "ripostiglio", en: "storeroom")
            case .childrenRoom: return LocalizedText(it: "sala per bambini/e", en: "children's room")
            case .socialisation: return LocalizedText(it: "spazio per attività collettive e di socializzazione", en: "room for group and social activities")
            case .interviewRoom: return LocalizedText(it: "spazio per colloqui", en: "interview room")
            case .mediationRoom: return LocalizedText(it: "locale di mediazione", en: "mediation room")
            case .waitingRoom: return LocalizedText(it: "sala d'aspetto", en: "waiting room")
            case .secretariat: return LocalizedText(it: "segreteria", en: "secretariat")
            case .canteen: return LocalizedText(it: "mensa", en: "canteen")
            case .shower: return LocalizedText(it: "doccia", en: "shower")
            case .changingRoom: return LocalizedText(it: "spogliatoio per gli ospiti", en: "guests' changing room")
            }
        }
    }
}

extension SicilyMinorsSpace.Use: TableCoded { public static let codeTable = CodeTable<Self>() }

extension SicilyMinorsSpace {
    public static let fields = FieldTable(blank: SicilyMinorsSpace(id: "", use: .kitchen), [
        .required("id", \.id, ValueCodecs.string()),
        .required("use", \.use, ValueCodecs.code(Use.self)),
        .optional("squareMetres", \.squareMetres, SquareMetres.codec, summary: "Usable area in m²."),
    ])

    static var listCodec: ListCodec<ObjectCodec<SicilyMinorsSpace>> {
        ValueCodecs.list(ValueCodecs.object(fields), distinctID: { $0.id })
    }
}

extension SicilyGuest {
    static var listCodec: ListCodec<ObjectCodec<SicilyGuest>> {
        ValueCodecs.list(ValueCodecs.object(fields), distinctID: { $0.code })
    }
}
