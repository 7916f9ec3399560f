import Foundation
import SociosanJSON
import SociosanTestResources
import Testing

/// JSONTestSuite (shared/conformance/jsontestsuite/test_parsing): `y_` must parse, `n_` must
/// be refused with a usable position, `i_` may go either way; nothing may crash or hang.
///
/// Every file is also read through the two other input paths (a file path, streamed, and a
/// pipe, which cannot be read twice): all three must give the same answer.
@Suite("JSONTestSuite conformance", .requiresConformance)
struct ConformanceTests {
    /// `y_` files refused on purpose. RFC 8259 only says keys SHOULD be unique, but readers
    /// disagree on which of two values wins, so a validator refuses repeated keys.
    static let refusedByPolicy: [String: JSONSyntaxError.Reason] = [
        "y_object_duplicated_key.json": .duplicateKey,
        "y_object_duplicated_key_and_value.json": .duplicateKey,
    ]

    struct Sample {
        let name: String
        let path: String
        let bytes: [UInt8]
    }

    static func samples(_ prefix: String) throws -> [Sample] {
        let directory = CoreTestSupport.conformanceDirectory
        var isDirectory: ObjCBool = false
        try #require(
            FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) && isDirectory.boolValue,
            "JSONTestSuite files not found at \(directory): \(TestResources.missingConformanceMessage)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }
            .sorted()
        return try names.map { name in
            let path = directory + "/" + name
            return Sample(name: name, path: path, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))))
        }
    }

    enum Outcome: Equatable {
        case value(JSONValue)
        case error(JSONSyntaxError)
        case ioError(String)
    }

    static func outcomeInMemory(_ sample: Sample) -> Outcome {
        do { return .value(try JSONDocument.parse(sample.bytes).value) } catch { return .error(error) }
    }

    static func outcomeFromFile(_ sample: Sample) -> Outcome {
        do {
            return .value(try JSONDocument.parse(contentsOfFile: sample.path).value)
        } catch {
            switch error {
            case .syntax(let syntax): return .error(syntax)
            case .io: return .ioError(error.englishMessage)
            }
        }
    }

    static func outcomeFromPipe(_ sample: Sample) throws -> Outcome {
        try CoreTestSupport.withPipe(containing: sample.bytes) { descriptor in
            do throws(JSONInputError) {
                return .value(try JSONDocument.parse(fileDescriptor: descriptor, path: "<pipe>").value)
            } catch {
                switch error {
                case .syntax(let syntax): return .error(syntax)
                case .io: return .ioError(error.englishMessage)
                }
            }
        }
    }

    /// Writing the value, reading it back and writing again gives the value and the bytes again.
    static func expectRoundTrip(_ value: JSONValue, _ name: String) throws {
        for style in [JSONWriter.Style.compact, .pretty] {
            let first = try JSONWriter.encode(value, style: style)
            let reread = try JSONDocument.parse(first).value
            #expect(reread == value, "\(name): \(style) text does not read back to the same value")
            #expect(try JSONWriter.encode(reread, style: style) == first, "\(name): \(style) text is not stable")
        }
    }

    @Test("the suite is present and complete")
    func suiteIsPresent() throws {
        let accepted = try Self.samples("y_")
        let refused = try Self.samples("n_")
        let either = try Self.samples("i_")
        // The counts of JSONTestSuite's test_parsing as vendored; a change means the data changed.
        #expect(accepted.count == 95)
        #expect(refused.count == 188)
        #expect(either.count == 35)
    }

    @Test("y_ files parse, round-trip, and read the same from a file and a pipe")
    func acceptedFiles() throws {
        let samples = try Self.samples("y_")
        try #require(!samples.isEmpty)
        for sample in samples {
            let outcome = Self.outcomeInMemory(sample)
            if let reason = Self.refusedByPolicy[sample.name] {
                guard case .error(let error) = outcome else {
                    Issue.record("\(sample.name): expected refusal (\(reason)) by policy")
                    continue
                }
                #expect(error.reason == reason, "\(sample.name): \(error.englishMessage)")
            } else {
                guard case .value(let value) = outcome else {
                    Issue.record("\(sample.name) refused: \(outcome)")
                    continue
                }
                try Self.expectRoundTrip(value, sample.name)
            }
            #expect(Self.outcomeFromFile(sample) == outcome, "\(sample.name): file path disagrees")
            #expect(try Self.outcomeFromPipe(sample) == outcome, "\(sample.name): pipe disagrees")
        }
    }

    @Test("n_ files are refused with a position and a specific reason")
    func refusedFiles() throws {
        let samples = try Self.samples("n_")
        try #require(!samples.isEmpty)
        for sample in samples {
            let outcome = Self.outcomeInMemory(sample)
            guard case .error(let error) = outcome else {
                Issue.record("\(sample.name) was accepted")
                continue
            }
            #expect(error.line >= 1 && error.column >= 1, "\(sample.name): \(error.englishMessage)")
            #expect((0...sample.bytes.count).contains(error.byteOffset), "\(sample.name): \(error.englishMessage)")
            #expect(error.reason != .other, "\(sample.name): unmapped \(error.detail)")
            #expect(error.englishMessage.hasPrefix("line \(error.line), column \(error.column) (byte \(error.byteOffset)): "))
            #expect(error.italianMessage.hasPrefix("riga \(error.line), colonna \(error.column) (byte \(error.byteOffset)): "))
            #expect(Self.outcomeFromFile(sample) == outcome, "\(sample.name): file path disagrees")
            #expect(try Self.outcomeFromPipe(sample) == outcome, "\(sample.name): pipe disagrees")
        }
    }

    @Test("i_ files either parse and round-trip or are refused with a position")
    func implementationDefinedFiles() throws {
        let samples = try Self.samples("i_")
        try #require(!samples.isEmpty)
        for sample in samples {
            let outcome = Self.outcomeInMemory(sample)
            switch outcome {
            case .value(let value):
                try Self.expectRoundTrip(value, sample.name)
            case .error(let error):
                #expect(error.line >= 1 && error.column >= 1, "\(sample.name): \(error.englishMessage)")
                #expect(error.reason != .other, "\(sample.name): unmapped \(error.detail)")
            case .ioError(let message):
                Issue.record("\(sample.name): \(message)")
            }
            #expect(Self.outcomeFromFile(sample) == outcome, "\(sample.name): file path disagrees")
            #expect(try Self.outcomeFromPipe(sample) == outcome, "\(sample.name): pipe disagrees")
        }
    }

    @Test("files that need more than jansson alone give the documented answers")
    func filesNeedingCare() throws {
        func outcome(_ name: String) throws -> Outcome {
            let path = CoreTestSupport.conformanceDirectory + "/" + name
            return Self.outcomeInMemory(Sample(name: name, path: path, bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))))
        }
        // jansson 2.14 refuses keys with U+0000; the layer reads them (NulKeyRewrite).
        #expect(try outcome("y_object_escaped_null_in_key.json") == .value(["foo\u{0}bar": 42]))
        // jansson alone accepts "123" followed by a NUL byte; the layer refuses it at the NUL.
        guard case .error(let nul) = try outcome("n_multidigit_number_then_00.json") else {
            Issue.record("a NUL byte after a number was accepted")
            return
        }
        #expect(nul.reason == .unexpectedCharacter && nul.byteOffset == 3 && nul.column == 4)
        // Integers beyond Int64 are refused, not rounded to a double.
        guard case .error(let big) = try outcome("i_number_too_big_pos_int.json") else {
            Issue.record("100000000000000000000 was accepted")
            return
        }
        #expect(big.reason == .numberOutOfRange && big.token == "100000000000000000000" && big.column == 2)
        // Underflow reads as zero, as C's strtod does.
        #expect(try outcome("i_number_real_underflow.json") == .value([0.0]))
        guard case .error(let deep) = try outcome("n_structure_100000_opening_arrays.json") else {
            Issue.record("100000 nested arrays were accepted")
            return
        }
        #expect(deep.reason == .tooDeep && deep.byteOffset == JSONDocument.maximumDepth && deep.column == JSONDocument.maximumDepth + 1)
    }
}
