import CJansson
import Glibc
import Sociosan

/// The specialised decoder of one `lombardy.implemental.activity` line, the fast path of
/// ``DeclaredLinesReader`` for that kind: it walks jansson's tree once, member by member, and
/// builds the record with no ``DecodingContext``, no JSON Pointer and no generic field
/// accessor (the generic decoding of the kind's field table costs about three times jansson's
/// parse of the line; this path is what lets 1,000,000 lines stream within 1.5 times it).
///
/// It reports nothing: it answers the record for a line it can vouch for, and `nil` for any
/// other line (a member it does not know, a wrong type, a value out of range or not a code,
/// `null` where a value is required, the envelope of another kind or version), which then goes
/// the generic way, ``DeclaredDossier/decode(document:strict:)``, with its findings. So a line
/// is decoded into the same record, or described by the same findings, whichever path it
/// takes: `ImplementalActivityLineTests` runs both over every invalid fixture line and over
/// thousands of altered lines, and compares.
///
/// The kind stays declared as data: the members, their order, the codes and ranges are the
/// field table's (``ImplementalActivityRecord/declaration``). The ranges are read from it here;
/// ``members`` is what this decoder reads, held equal to the table's descriptions by a test.
///
/// ```swift
/// var reader = try DeclaredLinesReader<ImplementalActivityRecord>(path: "lecco-2024.jsonl",
///                                                                 fastPath: ImplementalActivityLine.decode)
/// ```
public enum ImplementalActivityLine {
    /// The members this decoder reads, envelope first, in the table's order, with the shape it
    /// accepts (the same ``FieldDescription``s as the table's, summaries aside).
    public static let members: [FieldDescription] = Slot.allCases.map { slot in
        FieldDescription(name: slot.name, shape: slot.shape, isRequired: slot.isRequired)
    }

    /// One member of the line, in the table's order.
    enum Slot: Int, CaseIterable {
        case kind, schemaVersion
        case id, record, patient, asst, ei, date
        case age, gender, firstContactYear, careCategory, bpdDiagnosis, instrument, type, modality, step, profile

        var name: String {
            switch self {
            case .kind: "kind"
            case .schemaVersion: "schemaVersion"
            case .id: "id"
            case .record: "record"
            case .patient: "patient"
            case .asst: "asst"
            case .ei: "ei"
            case .date: "date"
            case .age: "age"
            case .gender: "gender"
            case .firstContactYear: "firstContactYear"
            case .careCategory: "careCategory"
            case .bpdDiagnosis: "bpdDiagnosis"
            case .instrument: "instrument"
            case .type: "type"
            case .modality: "modality"
            case .step: "step"
            case .profile: "profile"
            }
        }

        var isRequired: Bool {
            switch self {
            case .kind, .schemaVersion, .id, .record, .patient, .asst, .date: true
            default: false
            }
        }

        /// What this decoder accepts, in the table's terms.
        var shape: FieldShape {
            switch self {
            case .kind: .constantText(DossierKind.implementalActivity.rawValue)
            case .schemaVersion: .constantInteger(ImplementalActivityRecord.kindInfo.schemaVersion)
            case .id, .patient: ValueCodecs.identifier.shape
            case .record: ValueCodecs.code(ImplementalActivityRecord.Kind.self).shape
            case .asst, .ei: ValueCodecs.string().shape
            case .date: ValueCodecs.date.shape
            case .age: .integer(ImplementalActivityLine.ageRange)
            case .firstContactYear: .integer(ImplementalActivityLine.firstContactYearRange)
            case .gender: ValueCodecs.code(ImplementalGender.self).shape
            case .careCategory: ValueCodecs.code(ImplementalCareCategory.self).shape
            case .bpdDiagnosis: ValueCodecs.code(ImplementalBPDDiagnosis.self).shape
            case .instrument: ValueCodecs.code(ImplementalInstrument.self).shape
            case .type: ValueCodecs.code(ImplementalInterventionType.self).shape
            case .modality: ValueCodecs.code(ImplementalModality.self).shape
            case .step: ValueCodecs.code(ImplementalPTIStep.self).shape
            case .profile: ValueCodecs.code(ImplementalProfile.self).shape
            }
        }
    }

    /// The integer ranges, read from the field table (its single source).
    static let ageRange = tableRange("age")
    static let firstContactYearRange = tableRange("firstContactYear")

    static func tableRange(_ name: String) -> ClosedRange<Int> {
        let shape = ImplementalActivityRecord.declaration.fields.descriptions.first { $0.name == name }?.shape
        guard case .integer(let range) = shape else {
            preconditionFailure("the field table of lombardy.implemental.activity has no integer member \(name)")
        }
        return range
    }

    /// The members' names as bytes, by slot, and the envelope's values.
    static let names: [[UInt8]] = Slot.allCases.map { Array($0.name.utf8) }
    static let kindBytes = Array(DossierKind.implementalActivity.rawValue.utf8)
    static let versions = ImplementalActivityRecord.kindInfo.supportedVersions

    /// The record of a line this decoder vouches for; `nil` for any other line (decode it
    /// with ``DeclaredDossier/decode(document:strict:)`` for its findings).
    public static func decode(_ document: JSONDocument) -> ImplementalActivityRecord? {
        let object = document.root.pointer
        guard object.pointee.type == JSON_OBJECT else { return nil }
        let names = Self.names
        var id: StructureID?, record: ImplementalActivityRecord.Kind?, patient: StructureID?, asst: String?, date: LocalDate?
        var ei: String?, age: Int?, gender: ImplementalGender?, firstContactYear: Int?, careCategory: ImplementalCareCategory?
        var bpdDiagnosis: ImplementalBPDDiagnosis?, instrument: ImplementalInstrument?, type: ImplementalInterventionType?
        var modality: ImplementalModality?, step: ImplementalPTIStep?, profile: ImplementalProfile?
        var envelope = 0
        // Lines list their members in the table's order: the next slot is tried first.
        var next = 0
        var iterator = json_object_iter(object)
        while let current = iterator {
            guard let key = json_object_iter_key(current), let node = json_object_iter_value(current) else { return nil }
            let length = json_object_iter_key_len(current)
            guard let slot = Self.slot(key, length: length, names: names, next: &next) else { return nil }
            // `null` is an absent optional member (as the generic reader takes it), and no
            // required member's value.
            if node.pointee.type == JSON_NULL {
                guard !slot.isRequired else { return nil }
                iterator = json_object_iter_next(object, current)
                continue
            }
            switch slot {
            case .kind:
                guard withString(node, { same(kindBytes, $0) }) == true else { return nil }
                envelope += 1
            case .schemaVersion:
                guard node.pointee.type == JSON_INTEGER else { return nil }
                let version = json_integer_value(node)
                guard version >= Int64(versions.lowerBound), version <= Int64(versions.upperBound) else { return nil }
                envelope += 1
            case .id: guard let value = identifier(node) else { return nil }; id = value
            case .record: guard let value = code(node, ImplementalActivityRecord.Kind.self) else { return nil }; record = value
            case .patient: guard let value = identifier(node) else { return nil }; patient = value
            case .asst: guard let value = nonEmptyString(node) else { return nil }; asst = value
            case .ei: guard let value = nonEmptyString(node) else { return nil }; ei = value
            case .date:
                guard let value = withString(node, { LocalDate.parse(utf8: $0) }), let value else { return nil }
                date = value
            case .age: guard let value = integer(node, in: ageRange) else { return nil }; age = value
            case .firstContactYear: guard let value = integer(node, in: firstContactYearRange) else { return nil }; firstContactYear = value
            case .gender: guard let value = code(node, ImplementalGender.self) else { return nil }; gender = value
            case .careCategory: guard let value = code(node, ImplementalCareCategory.self) else { return nil }; careCategory = value
            case .bpdDiagnosis: guard let value = code(node, ImplementalBPDDiagnosis.self) else { return nil }; bpdDiagnosis = value
            case .instrument: guard let value = code(node, ImplementalInstrument.self) else { return nil }; instrument = value
            case .type: guard let value = code(node, ImplementalInterventionType.self) else { return nil }; type = value
            case .modality: guard let value = code(node, ImplementalModality.self) else { return nil }; modality = value
            case .step: guard let value = code(node, ImplementalPTIStep.self) else { return nil }; step = value
            case .profile: guard let value = code(node, ImplementalProfile.self) else { return nil }; profile = value
            }
            iterator = json_object_iter_next(object, current)
        }
        guard envelope == 2, let id, let record, let patient, let asst, let date else { return nil }
        var result = ImplementalActivityRecord(id: id, record: record, patient: patient, asst: asst, ei: ei, date: date)
        result.age = age
        result.gender = gender
        result.firstContactYear = firstContactYear
        result.careCategory = careCategory
        result.bpdDiagnosis = bpdDiagnosis
        result.instrument = instrument
        result.type = type
        result.modality = modality
        result.step = step
        result.profile = profile
        return result
    }

    /// The slot named by `key`: the one after the last found when it matches (no search),
    /// else any; `nil` for a name the kind does not have.
    @inline(__always)
    static func slot(_ key: UnsafePointer<CChar>, length: Int, names: [[UInt8]], next: inout Int) -> Slot? {
        let key = UnsafeRawBufferPointer(start: key, count: length)
        if next < names.count, same(names[next], key) {
            next += 1
            return Slot(rawValue: next - 1)
        }
        for index in names.indices where same(names[index], key) {
            next = index + 1
            return Slot(rawValue: index)
        }
        return nil
    }

    /// Whether `bytes` spell `name` (`memcmp`: a generic `elementsEqual` cost a tenth of the line).
    @inline(__always)
    static func same(_ name: [UInt8], _ bytes: UnsafeRawBufferPointer) -> Bool {
        name.count == bytes.count && name.withUnsafeBytes { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
    }

    @inline(__always)
    static func withString<T>(_ value: UnsafeMutablePointer<json_t>, _ body: (UnsafeRawBufferPointer) -> T) -> T? {
        guard value.pointee.type == JSON_STRING, let bytes = json_string_value(value) else { return nil }
        return body(UnsafeRawBufferPointer(start: bytes, count: json_string_length(value)))
    }

    /// The text as ``JSONNode/stringValue`` makes it (the generic reader's), when not empty.
    static func nonEmptyString(_ value: UnsafeMutablePointer<json_t>) -> String? {
        withString(value) { bytes -> String? in
            bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self)
        } ?? nil
    }

    static func identifier(_ value: UnsafeMutablePointer<json_t>) -> StructureID? {
        withString(value) { StructureID(utf8: $0) } ?? nil
    }

    @inline(__always)
    static func code<Code: TableCoded>(_ value: UnsafeMutablePointer<json_t>, _ type: Code.Type) -> Code? {
        withString(value) { Code.codeTable.lookup($0) } ?? nil
    }

    @inline(__always)
    static func integer(_ value: UnsafeMutablePointer<json_t>, in range: ClosedRange<Int>) -> Int? {
        guard value.pointee.type == JSON_INTEGER else { return nil }
        let number = json_integer_value(value)
        guard number >= Int64(range.lowerBound), number <= Int64(range.upperBound) else { return nil }
        return Int(number)
    }
}
