import Foundation
import SociosanJSON
import Testing

/// JSON Lines: reading line by line with file positions, and buffered writing with typed errors.
@Suite("JSON Lines")
struct JSONLinesTests {
    typealias Support = CoreTestSupport

    /// A record reduced to what the tests compare.
    enum Summary: Equatable {
        case value(line: Int, offset: Int, JSONValue)
        case error(line: Int, offset: Int, JSONSyntaxError)
    }

    static func summaries(_ reader: inout JSONLinesReader) throws -> [Summary] {
        var result: [Summary] = []
        while let record = try reader.next() {
            switch record.result {
            case .success(let document): result.append(.value(line: record.lineNumber, offset: record.byteOffset, document.value))
            case .failure(let error): result.append(.error(line: record.lineNumber, offset: record.byteOffset, error))
            }
        }
        return result
    }

    /// CRLF, blank lines, a bad line in the middle, no newline at the end.
    static let lines = ["{\"a\":1}\r\n", "\r\n", "  \t\n", "{\"b\": tru}\n", "[1,2]"]
    static var text: [UInt8] { Array(lines.joined().utf8) }
    static func offset(ofLine number: Int) -> Int { lines.prefix(number - 1).reduce(0) { $0 + $1.utf8.count } }

    @Test("CRLF, blank lines and a bad line: records keep file lines and byte offsets")
    func mixedInput() throws {
        var reader = JSONLinesReader(bytes: Self.text)
        let records = try Self.summaries(&reader)
        #expect(records.count == 3)
        #expect(records.first == .value(line: 1, offset: 0, ["a": 1]))
        #expect(records.last == .value(line: 5, offset: Self.offset(ofLine: 5), [1, 2]))
        guard case .error(let line, let offset, let error) = records[1] else {
            Issue.record("line 4 was accepted")
            return
        }
        #expect(line == 4 && offset == Self.offset(ofLine: 4))
        #expect(error.reason == .invalidLiteral && error.line == 4 && error.column == 7)
        #expect(error.byteOffset == Self.offset(ofLine: 4) + 6)
        #expect(error.englishMessage == "line 4, column 7 (byte \(Self.offset(ofLine: 4) + 6)): invalid literal 'tru'; JSON has only true, false and null (lowercase), and strings need double quotes")
        #expect(try reader.next() == nil)
    }

    @Test("a file, a pipe and bytes in memory give the same records")
    func sameFromEverySource() throws {
        var memory = JSONLinesReader(bytes: Self.text)
        let expected = try Self.summaries(&memory)
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write(Self.text, to: directory, name: "mixed.jsonl")
            var file = try JSONLinesReader(path: path)
            #expect(try Self.summaries(&file) == expected)
        }
        let fromPipe = try Support.withPipe(containing: Self.text) { descriptor in
            var pipe = JSONLinesReader(fileDescriptor: descriptor, path: "<pipe>")
            return try Self.summaries(&pipe)
        }
        #expect(fromPipe == expected)
    }

    @Test("raw lines: every line, blank ones too, without their line break")
    func rawLines() throws {
        var reader = JSONLinesReader(bytes: Self.text)
        var lines: [(Int, Int, String, Bool)] = []
        while let line = try reader.nextLine({ ($0.lineNumber, $0.byteOffset, String(decoding: $0.bytes, as: UTF8.self), $0.isBlank) }) {
            lines.append(line)
        }
        #expect(lines.map(\.0) == [1, 2, 3, 4, 5])
        #expect(lines.map(\.1) == (1...5).map(Self.offset(ofLine:)))
        #expect(lines.map(\.2) == ["{\"a\":1}", "", "  \t", "{\"b\": tru}", "[1,2]"])
        #expect(lines.map(\.3) == [false, true, true, false, false])
    }

    @Test("lines longer than the 64 KiB buffer are read whole")
    func longLines() throws {
        // Lines around and far beyond the buffer size, so that lines cross every boundary.
        let lengths = [65_530, 65_536, 65_537, 200_000, 3, 131_072]
        var text: [UInt8] = []
        for (index, length) in lengths.enumerated() {
            let padding = String(repeating: "x", count: max(0, length - 12))
            text += Array("[\(index),\"\(padding)\"]\n".utf8)
        }
        try Support.withTemporaryDirectory { directory in
            let path = try Support.write(text, to: directory, name: "long.jsonl")
            var reader = try JSONLinesReader(path: path)
            var seen: [Int64] = []
            var offsets: [Int] = []
            while let record = try reader.next() {
                let document = try record.result.get()
                seen.append(document.root[0]?.integerValue ?? -1)
                offsets.append(record.byteOffset)
                #expect(document.root[1]?.stringValue?.utf8.count == max(0, lengths[seen.count - 1] - 12))
            }
            #expect(seen == [0, 1, 2, 3, 4, 5])
            var expectedOffset = 0
            for (index, offset) in offsets.enumerated() {
                #expect(offset == expectedOffset)
                expectedOffset += Array("[\(index),\"".utf8).count + max(0, lengths[index] - 12) + 3
            }
        }
    }

    @Test("empty and blank-only inputs have no records; errors in lines name keys and positions")
    func edgeInputs() throws {
        var empty = JSONLinesReader(bytes: [])
        #expect(try empty.next() == nil)
        var blank = JSONLinesReader(bytes: Array("\n \n\r\n\t".utf8))
        #expect(try blank.next() == nil)
        var duplicate = JSONLinesReader(bytes: Array("[]\n{\"id\": 1, \"id\": 2}\n".utf8))
        _ = try duplicate.next()
        let record = try #require(try duplicate.next())
        guard case .failure(let error) = record.result else {
            Issue.record("a duplicate key in a line was accepted")
            return
        }
        #expect(error.reason == .duplicateKey && error.key == "id" && error.line == 2 && error.column == 11 && error.byteOffset == 13)
        // A byte-order mark before the first line is refused on line 1.
        var bom = JSONLinesReader(bytes: [0xEF, 0xBB, 0xBF] + Array("{}\n{}".utf8))
        guard case .failure(let first)? = try bom.next()?.result else {
            Issue.record("a byte-order mark was accepted")
            return
        }
        #expect(first.reason == .byteOrderMark && first.line == 1)
        #expect((try bom.next()?.result.get().root.kind) == .object)
    }

    @Test("a missing file or a directory cannot be opened as JSON Lines")
    func unreadable() throws {
        try Support.withTemporaryDirectory { directory in
            #expect(throws: JSONInputError.io(path: directory + "/none.jsonl", errno: ENOENT, message: "No such file or directory")) {
                _ = try JSONLinesReader(path: directory + "/none.jsonl")
            }
            do throws(JSONInputError) {
                _ = try JSONLinesReader(path: directory)
                Issue.record("a directory was opened")
            } catch {
                #expect(error.englishMessage.hasPrefix("cannot read \(directory): Is a directory"))
            }
        }
    }

    // MARK: Writing

    @Test("records are written compact, one per line, and read back equal")
    func writeAndReadBack() throws {
        try Support.withTemporaryDirectory { directory in
            let path = directory + "/out.jsonl"
            var output = try JSONLinesWriter(creatingFile: path)
            try output.write(["id": "S-1", "beds": 16])
            try output.writeRecord { writer throws(JSONWriterError) in
                writer.beginArray(); writer.string("a\nb"); try writer.double(0.5); writer.endArray()
            }
            let document = try JSONDocument.parse("{ \"z\" : [ 1 , { } ] }")
            try output.write(document.root)
            try output.close()
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text == "{\"id\":\"S-1\",\"beds\":16}\n[\"a\\nb\",0.5]\n{\"z\":[1,{}]}\n")

            var values: [JSONValue] = []
            var generator = SplitMix64(seed: 42)
            let many = directory + "/many.jsonl"
            var writer = try JSONLinesWriter(creatingFile: many)
            for _ in 0..<1_000 {
                let value = WriterTests.randomValue(depth: 3, &generator)
                values.append(value)
                try writer.write(value)
            }
            try writer.close()
            var reader = try JSONLinesReader(path: many)
            var read: [JSONValue] = []
            while let record = try reader.next() { read.append(try record.result.get().value) }
            #expect(read == values)
        }
    }

    @Test("output is buffered up to 64 KiB; a failing record writes nothing")
    func buffering() throws {
        try Support.withTemporaryDirectory { directory in
            let path = directory + "/buffered.jsonl"
            var output = try JSONLinesWriter(creatingFile: path)
            func size() throws -> Int { try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? -1 }
            try output.write(["small": true])
            #expect(try size() == 0)
            #expect(throws: JSONOutputError.value(.nonFiniteNumber(.nan))) {
                try output.write(["partial": [1, .double(.nan)]])
            }
            let line: JSONValue = ["padding": .string(String(repeating: "x", count: 1_000))]
            for _ in 0..<70 { try output.write(line) }
            #expect(try size() > 64 * 1024)
            try output.flush()
            let flushed = try size()
            try output.close()
            #expect(try size() == flushed)
            let text = try String(contentsOfFile: path, encoding: .utf8)
            #expect(text.hasPrefix("{\"small\":true}\n{\"padding\":"))
            #expect(!text.contains("partial"))
        }
    }

    @Test("a closed pipe gives EPIPE, and the error sticks")
    func brokenPipe() throws {
        Support.ignoreBrokenPipes()
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        close(descriptors[0])
        defer { close(descriptors[1]) }
        var output = JSONLinesWriter(fileDescriptor: descriptors[1], path: "<pipe>")
        try output.write(["x": 1])
        let expected = JSONOutputError.io(path: "<pipe>", errno: EPIPE, message: "Broken pipe")
        #expect(throws: expected) { try output.flush() }
        #expect(throws: expected) { try output.write(["y": 2]) }
        #expect(expected.englishMessage == "cannot write <pipe>: Broken pipe (the program reading the output has exited)")
        #expect(expected.italianMessage == "impossibile scrivere <pipe>: pipe interrotta: il programma che leggeva l'output ha chiuso")
    }

    @Test("a full disk gives ENOSPC", .enabled(if: FileManager.default.fileExists(atPath: "/dev/full")))
    func diskFull() throws {
        let descriptor = open("/dev/full", O_WRONLY)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        var output = JSONLinesWriter(fileDescriptor: descriptor, path: "/dev/full")
        try output.write([1, 2, 3])
        do {
            try output.close()
            Issue.record("writing to /dev/full succeeded")
        } catch {
            guard case .io(_, let code, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(code == ENOSPC)
            #expect(error.englishMessage == "cannot write /dev/full: No space left on device (free some disk space and try again)")
            #expect(error.italianMessage == "impossibile scrivere /dev/full: spazio esaurito sul dispositivo (liberare spazio su disco e riprovare)")
        }
    }

    @Test("an output file in a missing folder cannot be created")
    func cannotCreate() throws {
        try Support.withTemporaryDirectory { directory in
            let path = directory + "/missing/out.jsonl"
            #expect(throws: JSONOutputError.io(path: path, errno: ENOENT, message: "No such file or directory")) {
                _ = try JSONLinesWriter(creatingFile: path)
            }
        }
    }
}

/// Reading standard input: the tests put a pipe on descriptor 0, so they run one at a time.
@Suite("Standard input", .serialized)
struct StandardInputTests {
    static func withStandardInput<Result>(_ bytes: [UInt8], _ body: () throws -> Result) throws -> Result {
        try CoreTestSupport.withPipe(containing: bytes) { readEnd in
            let saved = dup(STDIN_FILENO)
            dup2(readEnd, STDIN_FILENO)
            defer {
                dup2(saved, STDIN_FILENO)
                close(saved)
            }
            return try body()
        }
    }

    @Test("a document from standard input")
    func document() throws {
        let value = try Self.withStandardInput(Array(#"{"from": "stdin"}"#.utf8)) {
            try JSONDocument.parseStandardInput().value
        }
        #expect(value == ["from": "stdin"])
        let error = try Self.withStandardInput(Array("[1,".utf8)) { () -> JSONInputError? in
            do throws(JSONInputError) {
                _ = try JSONDocument.parseStandardInput()
                return nil
            } catch {
                return error
            }
        }
        guard case .syntax(let syntax)? = error else {
            Issue.record("an unfinished array on standard input was accepted")
            return
        }
        #expect(syntax.reason == .unexpectedEndOfInput && syntax.byteOffset == 3)
    }

    @Test("JSON Lines and whole bytes from standard input")
    func linesAndBytes() throws {
        let lines = try Self.withStandardInput(Array("1\n\n[2]\n".utf8)) {
            var reader = JSONLinesReader.standardInput()
            var values: [JSONValue] = []
            while let record = try reader.next() { values.append(try record.result.get().value) }
            return values
        }
        #expect(lines == [1, [2]])
        let bytes = try Self.withStandardInput(Array("abc".utf8)) { try StandardInput.readAll() }
        #expect(bytes == Array("abc".utf8))
    }
}
