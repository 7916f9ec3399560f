import Foundation
import SociosanJSON
import Testing

/// Issue 16: a token longer than the 64 KiB window read back for it still gets the column of
/// its first character and its whole length, from a file, from memory and from a pipe.
@Suite("Parser: tokens longer than 64 KiB")
struct LongTokenTests {
    typealias Support = CoreTestSupport

    /// The error for `text` read three ways; all three must agree.
    func errors(_ text: String) throws -> [JSONSyntaxError?] {
        let bytes = Array(text.utf8)
        let fromFile = try Support.withTemporaryDirectory { directory -> JSONSyntaxError? in
            let path = try Support.write(bytes, to: directory, name: "long.json")
            guard case .syntax(let error)? = Support.inputError(path: path) else { return nil }
            return error
        }
        let fromPipe = try Support.withPipe(containing: bytes) { descriptor -> JSONSyntaxError? in
            do throws(JSONInputError) {
                _ = try JSONDocument.parse(fileDescriptor: descriptor, path: "<pipe>")
                return nil
            } catch {
                guard case .syntax(let syntax) = error else { return nil }
                return syntax
            }
        }
        return [fromFile, Support.syntaxError(bytes: bytes), fromPipe]
    }

    @Test("a 100,000-digit number out of range starts at its first digit")
    func longNumber() throws {
        // {"a": then the number at column 7 (byte 6).
        for error in try errors("{\"a\": " + String(repeating: "7", count: 100_000) + "}\n") {
            #expect(error?.reason == .numberOutOfRange)
            #expect(error?.line == 1)
            #expect(error?.column == 7)
            #expect(error?.byteOffset == 6)
            #expect(error?.token?.count == 100_000)
            #expect(error?.englishMessage.contains("'7777777777777777777777777777777777777777…(100000)'") == true, "\(String(describing: error?.englishMessage.prefix(200)))")
        }
    }

    @Test("a duplicate 100,000-character key starts at its opening quote, and is quoted short")
    func longDuplicateKey() throws {
        let key = String(repeating: "k", count: 100_000)
        // {"k…": 1, "k…": 2}: the second key's quote is at byte 1 + 100,002 + 5.
        for error in try errors("{\"\(key)\": 1, \"\(key)\": 2}\n") {
            #expect(error?.reason == .duplicateKey)
            #expect(error?.byteOffset == 100_008)
            #expect(error?.column == 100_009)
            #expect(error?.key == key)
            #expect(error?.englishMessage.hasSuffix("duplicate key \"kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk\"…(100000) in object; each key may appear only once") == true,
                    "\(String(describing: error?.englishMessage.prefix(200)))")
        }
    }

    @Test("a 100,000-character invalid number keeps its column and its whole length")
    func longInvalidNumber() throws {
        let errors = try errors("[1, " + String(repeating: "-", count: 100_000) + "]\n")
        for error in errors.prefix(2) {
            #expect(error?.reason == .invalidNumber)
            #expect(error?.column == 5)
            #expect(error?.token?.count == 100_000)
        }
        // A pipe cannot be read again past what the parser was given: the column stays exact.
        #expect(errors[2]?.column == 5)
    }
}
