import Foundation
import Testing
import Sociosan

/// Inputs an auditor's files really contain (huge values, wrong types where the envelope
/// expects an integer, unknown fields under --strict), through the tool: each finding must
/// say where and what, in the user's language, and stay readable.
@Suite("Hostile input through sociosan validate")
struct HostileInputTests {
    /// The first line of the valid SPOI activity year, with `changes` applied.
    static func activityLine(_ changes: (inout [String: Any]) -> Void) throws -> String {
        let url = Sociosan.repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.activity/valid/spoi-2025.jsonl")
        let first = try #require(try String(contentsOf: url, encoding: .utf8).split(separator: "\n").first)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        changes(&object)
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    @Test("a 1 MB value echoed in a finding is quoted by its start only, in every message that quotes it")
    func hugeValuesAreExcerpted() throws {
        let huge = String(repeating: "x", count: 1_000_000)
        let lines = try [
            Self.activityLine { $0["id"] = huge },                    // identifier too long
            Self.activityLine { $0["channel"] = huge },               // unknown code
            Self.activityLine { $0["admission"] = "2025" + huge },    // not a date and time
            Self.activityLine { $0["kind"] = "er." + huge },          // unknown kind
            Self.activityLine { $0["k" + huge] = 1 },                 // unknown field
        ].joined()
        let result = try Sociosan.run(["validate", "--lang", "en", "-"], input: Data(lines.utf8))
        #expect(result.status == 1)
        let findings = result.stdout.split(separator: "\n").filter { $0.hasPrefix("-:") }
        #expect(findings.count == 5, "\(findings.map { $0.prefix(200) })")
        // The list of supported kinds after an unknown kind grows with every kind registered;
        // the bound is on what the message adds to it.
        let supportedKinds = DossierCatalogue.kinds.map(\.kind.rawValue).joined(separator: ", ")
        for finding in findings {
            // The JSON Pointer of the unknown field names the key in full; the message does not.
            let message = finding.components(separatedBy: " at /").first ?? String(finding)
            // A quoted start fits in 500 characters beside the list of supported kinds; the
            // 1 MB value does not.
            let listed = message.contains(supportedKinds) ? supportedKinds.count : 0
            #expect(message.count - listed < 500, "\(message.prefix(300))")
            #expect(message.contains("xxxxxxxxxx…"), "\(message.prefix(300))")
        }
        #expect(result.stdout.contains("is longer than 64 characters [json.value] at /id"))
        // The list of supported kinds after the quoted kind stays whole.
        #expect(result.stdout.contains("\(DossierCatalogue.kinds.last!.kind.rawValue) [dossier.kind]"))
    }

    @Test("a bad identifier is worded in Italian, not with the English text of the error")
    func identifierMessageIsItalian() throws {
        let line = try Self.activityLine { $0["id"] = "ABC" }
        let result = try Sociosan.run(["validate", "--lang", "it", "-"], input: Data(line.utf8))
        #expect(result.status == 1)
        #expect(result.stdout.contains("l'identificativo \"ABC\" ha un carattere non ammesso al byte 0"), "\(result.stdout)")
        #expect(!result.stdout.contains("identifier \"ABC\""))
    }

    @Test("a schemaVersion or kind of the wrong type is named as such, not as missing")
    func envelopeOfTheWrongType() throws {
        let input = "{\"kind\":\"er.psychiatry.activity\",\"schemaVersion\":1.0}\n{\"kind\":5,\"schemaVersion\":1}\n{\"kind\":\"er.psychiatry.rti\"}\n"
        let english = try Sociosan.run(["validate", "--lang", "en", "-"], input: Data(input.utf8))
        #expect(english.status == 1)
        #expect(english.stdout.contains("-:1:34: error: not a dossier: \"schemaVersion\" is a number; it must be an integer"), "\(english.stdout)")
        #expect(english.stdout.contains("-:2:2: error: not a dossier: \"kind\" is an integer; it must be a string"), "\(english.stdout)")
        #expect(english.stdout.contains("\"schemaVersion\" is missing (an integer; for \"er.psychiatry.rti\" version 1)"))
        let italian = try Sociosan.run(["validate", "--lang", "it", "-"], input: Data(input.utf8))
        #expect(italian.stdout.contains("\"schemaVersion\" è un numero, deve essere un intero"), "\(italian.stdout)")
    }

    @Test("under --strict an unknown field is an error and the message does not say it is ignored")
    func strictUnknownField() throws {
        let file = try InvalidExamples.file("er.psychiatry.rti", "json.unknown-field.json")
        let strict = try Sociosan.run(["validate", "--strict", "--lang", "en", file])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("error: unknown field \"notes\" (not allowed with --strict: remove it or correct its name) [json.unknown-field] at /notes"), "\(strict.stdout)")
        #expect(!strict.stdout.contains("ignored"))
        let lenient = try Sociosan.run(["validate", "--lang", "it", file])
        #expect(lenient.status == 0)
        #expect(lenient.stdout.contains("avviso: campo sconosciuto \"notes\" (ignorato) [json.unknown-field] in /notes"), "\(lenient.stdout)")
    }

    @Test("an Italian restraint finding names the missing items with the seed's words, not the JSON fields")
    func restraintInItalian() throws {
        let file = "Fixtures/er.psychiatry.activity/invalid/er.activity.restraint.record.jsonl"
        let italian = try Sociosan.run(["validate", "--lang", "it", file])
        #expect(italian.status == 1)
        #expect(italian.stdout.contains("registrazione della contenzione incompleta: mancano: motivi dell'intervento e firma del medico"), "\(italian.stdout)")
        let english = try Sociosan.run(["validate", "--lang", "en", file])
        #expect(english.stdout.contains("incomplete restraint record: missing reasons, doctorSigned"), "\(english.stdout)")
    }
}

@Suite("Activity findings read as an Italian auditor writes")
struct ActivityWordingTests {
    @Test("a date and time in an Italian finding is written day first with 'alle', as the dates beside it")
    func dateTimesInItalian() throws {
        let file = "Fixtures/er.psychiatry.activity/invalid/er.activity.spoi.out-of-hours-channel.jsonl"
        let italian = try Sociosan.run(["validate", "--lang", "it", file])
        #expect(italian.stdout.contains("ricovero urgente del 03/03/2025 alle 22:15 (notte, prefestivo o festivo)"), "\(italian.stdout)")
        #expect(!italian.stdout.contains("2025-03-03T22:15"))
        let english = try Sociosan.run(["validate", "--lang", "en", file])
        #expect(english.stdout.contains("urgent admission on 2025-03-03T22:15"), "\(english.stdout)")
    }
}

extension ActivityWordingTests {
    @Test("an access request after the admission is told as such, not as a date outside a span that contains it")
    func requestAfterAdmission() throws {
        let file = "Fixtures/er.psychiatry.activity/invalid/er.activity.dates.inside-stay--request-after-admission.jsonl"
        let italian = try Sociosan.run(["validate", "--lang", "it", file])
        #expect(italian.status == 1)
        #expect(italian.stdout.contains("la data 04/03/2025 alle 09:00 è fuori dal ricovero (ricovero iniziato il 03/03/2025 alle"), "\(italian.stdout)")
        #expect(italian.stdout.contains("la richiesta di accesso lo precede) [er.activity.dates.inside-stay] in /accessRequest"))
        let english = try Sociosan.run(["validate", "--lang", "en", file])
        #expect(english.stdout.contains("the access request comes before it) [er.activity.dates.inside-stay] at /accessRequest"), "\(english.stdout)")
    }
}

extension HostileInputTests {
    @Test("a key or value holding a line feed or a NUL cannot split or forge a finding line of the text report")
    func controlCharactersStayOnOneLine() throws {
        let lines = try [
            Self.activityLine { $0["a\nb"] = 1 },
            Self.activityLine { $0["id"] = "other-stay"; $0["channel"] = "x\u{0}\nerror: forged" },
        ].joined()
        let result = try Sociosan.run(["validate", "--lang", "en", "-"], input: Data(lines.utf8))
        #expect(result.status == 1)
        let output = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(output.allSatisfy { $0.isEmpty || $0.hasPrefix("-:") || $0.hasPrefix("1 file") }, "\(output)")
        #expect(result.stdout.contains("unknown field \"a b\" (ignored) [json.unknown-field] at /a\\nb"), "\(result.stdout)")
        #expect(result.stdout.contains("value not allowed: \"x\\u0000 error: forged\"; allowed values: dsm-dp,"), "\(result.stdout)")
        #expect(!result.stdout.contains("\u{0}"))
    }
}

extension ActivityWordingTests {
    @Test("an incomplete RTP extension names what it lacks in the seed's words in Italian (L933-L940), the JSON fields in English")
    func rtpExtensionInItalian() throws {
        let file = "Fixtures/er.psychiatry.activity/invalid/er.activity.rtp.extension.jsonl"
        let italian = try Sociosan.run(["validate", "--lang", "it", file])
        #expect(italian.status == 1)
        #expect(italian.stdout.contains("senza una proroga completa: manca: proroga [er.activity.rtp.extension]"), "\(italian.stdout)")
        let english = try Sociosan.run(["validate", "--lang", "en", file])
        #expect(english.stdout.contains("without a complete extension: missing extensions [er.activity.rtp.extension]"), "\(english.stdout)")
        let form = try Sociosan.run(["validate", "--lang", "it", "Fixtures/er.psychiatry.activity/invalid/er.activity.rtp.extension--no-sixty-day-evaluation.jsonl"])
        #expect(form.stdout.contains("manca: valutazione dei primi 60 giorni [er.activity.rtp.extension] in /extensions"), "\(form.stdout)")
    }
}

extension HostileInputTests {
    /// The first valid fixture of `kind`, as a JSON object.
    static func structure(_ kind: String) throws -> [String: Any] {
        let folder = Sociosan.repositoryRoot.appendingPathComponent("Fixtures/\(kind)/valid")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted().first)
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func line(_ object: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
    }

    @Test("a room, space or module listed twice under one id is refused: its beds or square metres would count twice")
    func repeatedIDsAreRefused() throws {
        var rti = try Self.structure("er.psychiatry.rti")
        var rooms = try #require(rti["rooms"] as? [[String: Any]])
        rooms[1]["id"] = rooms[0]["id"]
        rti["rooms"] = rooms
        // The evaluation area reaches its 36 m² only if one space could be listed twice.
        var psychogeriatric = try Self.structure("er.psychiatry.psychogeriatric-rehab")
        var section = try #require(psychogeriatric["psychogeriatric"] as? [String: Any])
        var area = try #require(section["evaluationArea"] as? [[String: Any]])
        area[1]["id"] = area[0]["id"]
        section["evaluationArea"] = area
        psychogeriatric["psychogeriatric"] = section
        var dca = try Self.structure("er.psychiatry.eating-disorder-rehab")
        var eating = try #require(dca["eatingDisorder"] as? [String: Any])
        var modules = try #require(eating["modules"] as? [[String: Any]])
        modules.append(modules[0])
        eating["modules"] = modules
        dca["eatingDisorder"] = eating
        let input = try Self.line(rti) + Self.line(psychogeriatric) + Self.line(dca)
        let english = try Sociosan.run(["validate", "--lang", "en", "-"], input: Data(input.utf8))
        #expect(english.status == 1)
        let first = try #require(rooms[0]["id"] as? String)
        #expect(english.stdout.contains("-:1:"), "\(english.stdout)")
        #expect(english.stdout.contains("id \"\(first)\" is already used at /rooms/0/id: give each element its own [json.value] at /rooms/1/id"), "\(english.stdout)")
        #expect(english.stdout.contains("is already used at /psychogeriatric/evaluationArea/0/id"), "\(english.stdout)")
        #expect(english.stdout.contains("is already used at /eatingDisorder/modules/0/id"), "\(english.stdout)")
        #expect(english.stdout.contains("0 valid, 3 errors"), "\(english.stdout)")
        let italian = try Sociosan.run(["validate", "--lang", "it", "-"], input: Data(input.utf8))
        #expect(italian.stdout.contains("l'identificativo \"\(first)\" è già usato in /rooms/0/id: ogni elemento ha il proprio"), "\(italian.stdout)")
    }
}

extension HostileInputTests {
    @Test("a pretty-printed dossier saved as .jsonl gets one finding that says what to do, not one syntax error per line")
    func prettyDocumentInJSONLines() throws {
        let folder = try TemporaryFolder()
        let pretty = try Data(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.rti/valid/rti-16-beds.json"))
        let file = try folder.write(pretty, to: "rti.jsonl")
        let english = try Sociosan.run(["validate", "--lang", "en", file.path])
        #expect(english.status == 1)
        #expect(english.stdout.contains("rti.jsonl:1:2: error: invalid JSON: line 1 opens a JSON document that goes on over the following lines"), "\(english.stdout)")
        #expect(english.stdout.contains("write each dossier on one line, or save a single dossier with the .json extension [json.syntax]"))
        #expect(english.stdout.contains("1 file, 1 dossier: 0 valid, 1 error, 0 warnings"), "\(english.stdout)")
        let italian = try Sociosan.run(["validate", "--lang", "it", file.path])
        #expect(italian.stdout.contains("ogni riga è un documento completo: scrivere ogni dossier su una sola riga"), "\(italian.stdout)")
        // A line cut short further down is still one error of its own, and the other lines are read.
        let activity = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.activity/valid/spoi-2025.jsonl"), encoding: .utf8)
        let lines = activity.split(separator: "\n")
        let cut = try folder.write(lines[0] + "\n" + lines[1].prefix(40) + "\n" + lines[2] + "\n", to: "cut.jsonl")
        let truncated = try Sociosan.run(["validate", "--lang", "en", cut.path])
        #expect(truncated.stdout.contains("cut.jsonl:2:41: error: invalid JSON"), "\(truncated.stdout)")
        #expect(truncated.stdout.contains("3 dossiers"), "\(truncated.stdout)")
    }
}

extension HostileInputTests {
    @Test("an empty list of rooms says the list is empty, in Italian without '1 elementi'")
    func emptyRooms() throws {
        var rti = try Self.structure("er.psychiatry.rti")
        rti["rooms"] = [Any]()
        let input = try Self.line(rti)
        let italian = try Sociosan.run(["validate", "--lang", "it", "-"], input: Data(input.utf8))
        #expect(italian.status == 1)
        #expect(italian.stdout.contains("valore non ammesso: l'elenco è vuoto: serve almeno un elemento [json.value] in /rooms"), "\(italian.stdout)")
        let english = try Sociosan.run(["validate", "--lang", "en", "-"], input: Data(input.utf8))
        #expect(english.stdout.contains("the list is empty: at least one element is needed [json.value] at /rooms"), "\(english.stdout)")
    }
}

extension HostileInputTests {
    @Test("an empty path argument (an unset shell variable) is named as such, exit 2")
    func emptyPath() throws {
        let english = try Sociosan.run(["validate", "--lang", "en", ""])
        #expect(english.status == 2)
        #expect(english.stderr.contains("empty path: give a file, a folder or - for standard input"), "\(english.stderr)")
        let italian = try Sociosan.run(["validate", "--lang", "it", ""])
        #expect(italian.stderr.contains("percorso vuoto: indicare un file, una cartella o - per lo standard input"), "\(italian.stderr)")
    }
}

extension HostileInputTests {
    @Test("JSON Lines separated by a carriage return alone are told as such, with what to do")
    func carriageReturnOnlyLines() throws {
        let activity = try String(contentsOf: Sociosan.repositoryRoot.appendingPathComponent("Fixtures/er.psychiatry.activity/valid/spoi-2025.jsonl"), encoding: .utf8)
        let classicMac = activity.replacingOccurrences(of: "\n", with: "\r")
        let folder = try TemporaryFolder()
        let file = try folder.write(classicMac, to: "mac.jsonl")
        let english = try Sociosan.run(["validate", "--lang", "en", file.path])
        #expect(english.status == 1)
        #expect(english.stdout.contains("error: invalid JSON: the lines are separated by a carriage return alone (CR, as in old Mac files)"), "\(english.stdout)")
        let italian = try Sociosan.run(["validate", "--lang", "it", file.path])
        #expect(italian.stdout.contains("le righe sono separate dal solo ritorno a capo CR"), "\(italian.stdout)")
        // CR LF line ends stay valid.
        let windows = try folder.write(activity.replacingOccurrences(of: "\n", with: "\r\n"), to: "windows.jsonl")
        #expect(try Sociosan.run(["validate", windows.path]).status == 0)
    }
}
