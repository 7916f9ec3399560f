import Foundation
import Glibc
import Testing
import SociosanSystem
@testable import SociosanStore

/// Issue 13, the access audit log: appended durably under the lock, read back as written,
/// chained by SHA-256 so that `verify` names an altered or cut line, never followed through a
/// link, private, and left as it is by `verify --repair`.
@Suite struct StoreAuditTests {
    let spoi = "er.psychiatry.spoi"

    func entry(_ number: Int, actor: String = "op-ct-17", decision: StoreAuditDecision = .allowed, reason: String? = nil) -> StoreAuditEntry {
        StoreAuditEntry(time: "2026-12-07T18:\(10 + number % 50):0\(number % 10)Z", actor: actor, action: number % 2 == 0 ? .view : .export,
                        kind: spoi, id: "pl-\(number)", dimensions: ["goalVerification", "healthStatus"], decision: decision, reason: reason)
    }

    func log(_ store: String) -> [UInt8] { Array(FileManager.default.contents(atPath: store + "/.audit/log") ?? Data()) }

    func writeLog(_ store: String, _ bytes: [UInt8]) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: store + "/.audit/log"))
    }

    func problems(_ store: DossierStore, repair: Bool = false) throws -> [StoreProblem] {
        try store.verify(repair: repair).problems
    }

    @Test func recordsReadBackAsAppendedAndTheChainVerifies() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        #expect(try store.auditEntries().isEmpty)
        #expect(try store.verify().auditRecords == nil)
        let written = [
            entry(1),
            entry(2, actor: "op-sert-3", decision: .refused, reason: "nessun consenso in vigore per healthStatus"),
            StoreAuditEntry(time: "2026-12-07T23:59:60Z", actor: "operatrice-è", action: "print", kind: spoi, id: "pl-3",
                            dimensions: [], decision: .allowed),
        ]
        for item in written { try store.appendAudit(item) }
        #expect(try store.auditEntries() == written)
        let report = try store.verify()
        #expect(report.isClean, "\(report.problems)")
        #expect(report.auditRecords == 3)
        // The chain by hand: line 1 starts from 64 zeros, each line holds the SHA-256 of the
        // one before, and the head the count, the size and the last line's digest.
        let lines = log(scratch.store).split(separator: 10)
        #expect(lines.count == 3)
        #expect(String(decoding: lines[0], as: UTF8.self).hasSuffix("\"previous\":\"\(String(repeating: "0", count: 64))\"}"))
        #expect(String(decoding: lines[1], as: UTF8.self).hasSuffix("\"previous\":\"\(SHA256.hex(Array(lines[0])))\"}"))
        #expect(String(decoding: lines[2], as: UTF8.self).hasSuffix("\"previous\":\"\(SHA256.hex(Array(lines[1])))\"}"))
        let head = String(decoding: FileManager.default.contents(atPath: scratch.store + "/.audit/head") ?? Data(), as: UTF8.self)
        #expect(head == "sociosan-audit-head 1\nlines 3\nbytes \(log(scratch.store).count)\nlast \(SHA256.hex(Array(lines[2])))\n")
    }

    @Test func malformedRecordsAreRefusedAndNothingIsWritten() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        let bad: [(StoreAuditEntry, String)] = [
            (StoreAuditEntry(time: "2026-12-07 18:31:30", actor: "op", action: .view, kind: spoi, id: "pl-1", dimensions: [], decision: .allowed), "time"),
            (StoreAuditEntry(time: "2026-13-07T18:31:30Z", actor: "op", action: .view, kind: spoi, id: "pl-1", dimensions: [], decision: .allowed), "time"),
            (StoreAuditEntry(actor: "op\nforged line", action: .view, kind: spoi, id: "pl-1", dimensions: [], decision: .allowed), "actor"),
            (StoreAuditEntry(actor: "", action: .view, kind: spoi, id: "pl-1", dimensions: [], decision: .allowed), "actor"),
            (StoreAuditEntry(actor: "op", action: "View Now", kind: spoi, id: "pl-1", dimensions: [], decision: .allowed), "action"),
            (StoreAuditEntry(actor: "op", action: .view, kind: spoi, id: "pl-1", dimensions: ["a\u{7}"], decision: .allowed), "dimensions"),
            (StoreAuditEntry(actor: "op", action: .view, kind: spoi, id: "pl-1", dimensions: [], decision: .allowed,
                             reason: String(repeating: "x", count: 5000)), "reason"),
        ]
        for (item, field) in bad {
            #expect {
                try store.appendAudit(item)
            } throws: { error in
                guard case StoreError.invalidAuditEntry(let named, _) = error else { return false }
                return named == field && !(error as! StoreError).englishMessage.contains("\n")
            }
        }
        #expect(throws: StoreError.self) {
            try store.appendAudit(StoreAuditEntry(actor: "op", action: .view, kind: spoi, id: "../escape", dimensions: [], decision: .allowed))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.store + "/.audit/log"))
        // The current time is in the form the check asks for.
        #expect(StoreAuditEntry.isTime(StoreAuditEntry.currentTime()))
    }

    @Test func aByteAlteredInTheMiddleIsNamedByItsLine() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for number in 1...5 { try store.appendAudit(entry(number)) }
        var bytes = log(scratch.store)
        // Line 3's operator "op-ct-17" becomes "op-ct-18": still a well-formed record.
        let lineStarts = [0] + bytes.indices.filter { bytes[$0] == 10 }.map { $0 + 1 }
        let pattern = Array("op-ct-17".utf8)
        let start = (lineStarts[2]..<lineStarts[3]).first { Array(bytes[$0..<($0 + pattern.count)]) == pattern }!
        let offset = start + pattern.count - 1
        #expect(bytes[offset] == UInt8(ascii: "7"))
        bytes[offset] = UInt8(ascii: "8")
        try writeLog(scratch.store, bytes)
        #expect(try store.auditEntries()[2].actor == "op-ct-18")
        let found = try problems(store)
        #expect(found.count == 1)
        #expect(found.first?.kind == .auditAltered)
        #expect(found.first?.detail.hasPrefix("line 3:") == true, "\(found)")
        let verify = try runSociosan(["store", "verify", "--store", scratch.store, "--lang", "en"])
        #expect(verify.status == 1)
        #expect(verify.stdout.contains("\(scratch.store)/.audit/log: access log altered (line 3: its bytes do not match the SHA-256 that line 4 records for it)"), "\(verify.stdout)")
        // --repair reports it, and changes neither the log nor its head.
        let before = snapshot(scratch.store + "/.audit")
        let repair = try runSociosan(["store", "verify", "--store", scratch.store, "--repair", "--lang", "en"])
        #expect(repair.status == 1)
        #expect(repair.stdout.contains("line 3:") && repair.stdout.contains("--repair leaves the audit log as it is"), "\(repair.stdout)")
        #expect(snapshot(scratch.store + "/.audit") == before)
        // A line that is no record at all is named too, and the listing refuses it.
        var broken = bytes
        broken[lineStarts[1]] = UInt8(ascii: "x")
        try writeLog(scratch.store, broken)
        #expect(try problems(store).first?.detail == "line 2 is not an access record")
        #expect(throws: StoreError.self) { try store.auditEntries() }
    }

    @Test func theLastLineAlteredIsNamedThroughTheHead() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for number in 1...3 { try store.appendAudit(entry(number, decision: .refused)) }
        let text = String(decoding: log(scratch.store), as: UTF8.self)
        let lines = text.split(separator: "\n")
        // The last refusal turned into an allowance.
        let altered = lines[0] + "\n" + lines[1] + "\n" + lines[2].replacingOccurrences(of: "\"refused\"", with: "\"allowed\"") + "\n"
        try writeLog(scratch.store, Array(altered.utf8))
        let found = try problems(store)
        #expect(found.map(\.kind) == [.auditAltered])
        #expect(found.first?.detail == "line 3: its bytes do not match the SHA-256 that the head records for it")
    }

    @Test func aCutIsDetectedAndStopsFurtherAppends() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for number in 1...4 { try store.appendAudit(entry(number)) }
        let whole = log(scratch.store)
        let lineEnds = whole.indices.filter { whole[$0] == 10 }
        // The last line cut away.
        try writeLog(scratch.store, Array(whole[...lineEnds[2]]))
        var found = try problems(store)
        #expect(found.map(\.kind) == [.auditCut])
        #expect(found.first?.detail == "the log ends after line 3 (\(lineEnds[2] + 1) bytes); its head records 4 lines (\(whole.count) bytes)", "\(found)")
        let verify = try runSociosan(["store", "verify", "--store", scratch.store, "--lang", "it"])
        #expect(verify.status == 1 && verify.stdout.contains("registro degli accessi troncato"), "\(verify.stdout)")
        // An access cannot be recorded in a cut log: refused, nothing appended.
        #expect {
            try store.appendAudit(entry(5))
        } throws: { error in
            guard case StoreError.corrupt(let path, let reason) = error else { return false }
            return path.hasSuffix("/.audit/log") && reason.contains("cut")
        }
        #expect(log(scratch.store) == Array(whole[...lineEnds[2]]))
        // Cut in the middle of the last line.
        try writeLog(scratch.store, Array(whole[..<(lineEnds[3] - 10)]))
        found = try problems(store)
        #expect(found.first?.detail.contains("line 4 is cut short") == true, "\(found)")
        // The log removed altogether, its head left: the cut is still seen.
        try FileManager.default.removeItem(atPath: scratch.store + "/.audit/log")
        #expect(try problems(store).first?.detail == "the log is missing; its head records 4 lines")
        #expect(throws: StoreError.self) { try store.appendAudit(entry(5)) }
        #expect(!FileManager.default.fileExists(atPath: scratch.store + "/.audit/log"))
        // The head removed: said, as the one thing that makes a cut visible.
        try writeLog(scratch.store, whole)
        try FileManager.default.removeItem(atPath: scratch.store + "/.audit/head")
        #expect(try problems(store).map(\.kind) == [.auditAltered])
        #expect(throws: StoreError.self) { try store.appendAudit(entry(5)) }
    }

    @Test func anAppendInterruptedBeforeItsHeadIsTakenOver() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        for number in 1...2 { try store.appendAudit(entry(number)) }
        // A third line written and synced by an append killed before it replaced the head.
        let lines = log(scratch.store).split(separator: 10)
        let third = AuditLog.line(entry(3), previous: SHA256.hex(Array(lines[1])))
        try writeLog(scratch.store, log(scratch.store) + third + [10])
        #expect(try store.verify().isClean)
        #expect(try store.auditEntries().count == 3)
        // A fourth one killed half-way through its line.
        try writeLog(scratch.store, log(scratch.store) + Array("{\"time\":\"2026".utf8))
        let found = try problems(store)
        #expect(found.map(\.kind) == [.auditCut])
        #expect(found.first?.detail.hasPrefix("line 4 is incomplete") == true)
        #expect(try store.auditEntries().count == 3)
        try store.appendAudit(entry(4))
        #expect(try store.auditEntries() == [entry(1), entry(2), entry(3), entry(4)])
        #expect(try store.verify().isClean)
    }

    @Test func aLinkedLogIsNeverFollowed() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.appendAudit(entry(1))
        let outside = scratch.path + "/outside.txt"
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: outside))
        try FileManager.default.removeItem(atPath: scratch.store + "/.audit/log")
        try FileManager.default.createSymbolicLink(atPath: scratch.store + "/.audit/log", withDestinationPath: outside)
        #expect {
            try store.appendAudit(entry(2))
        } throws: { error in
            guard case StoreError.unsafeEntry(let path, .symbolicLink) = error else { return false }
            return path.hasSuffix("/.audit/log")
        }
        #expect(throws: StoreError.self) { try store.auditEntries() }
        let verify = try runSociosan(["store", "verify", "--store", scratch.store, "--lang", "en"])
        #expect(verify.status == 1 && verify.stdout.contains("\(scratch.store)/.audit/log: symbolic link (never followed)"), "\(verify.stdout)")
        // --repair moves the link aside: the log is then missing, and said so.
        let repair = try runSociosan(["store", "verify", "--store", scratch.store, "--repair", "--lang", "en"])
        #expect(repair.status == 1 && repair.stdout.contains("quarantined: \(scratch.store)/.quarantine/_audit/log"), "\(repair.stdout)")
        #expect(try problems(store).first?.detail == "the log is missing; its head records 1 lines")
        #expect(try String(contentsOfFile: outside, encoding: .utf8) == "precious\n")
        // The whole folder a link: refused too.
        let second = try ScratchDirectory()
        let other = try DossierStore.create(at: second.store)
        try FileManager.default.createDirectory(atPath: second.path + "/elsewhere", withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: second.store + "/.audit", withDestinationPath: second.path + "/elsewhere")
        #expect(throws: StoreError.self) { try other.appendAudit(entry(1)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: second.path + "/elsewhere").isEmpty)
    }

    @Test func theLogIsPrivateOrGroupSharedLikeTheStore() throws {
        let previous = umask(0)
        defer { umask(previous) }
        for shared in [false, true] {
            let scratch = try ScratchDirectory()
            let store = try DossierStore.create(at: scratch.store, groupShared: shared)
            try store.appendAudit(entry(1))
            try store.appendAudit(entry(2))
            func mode(_ path: String) -> mode_t {
                var info = stat()
                _ = lstat(scratch.store + "/" + path, &info)
                return info.st_mode & 0o7777
            }
            #expect(mode(".audit") == (shared ? 0o2770 : 0o700))
            #expect(mode(".audit/log") == (shared ? 0o660 : 0o600))
            #expect(mode(".audit/head") == (shared ? 0o660 : 0o600))
        }
    }

    @Test func twoHandlesAppendingAtOnceKeepTheChain() throws {
        let scratch = try ScratchDirectory()
        let stores = [try DossierStore.create(at: scratch.store), try DossierStore(openingAt: scratch.store)]
        let failures = Results()
        let group = DispatchGroup()
        let perHandle = 25
        for (number, store) in stores.enumerated() {
            group.enter()
            nonisolated(unsafe) let handle = store
            let thread = Thread {
                defer { group.leave() }
                for round in 0..<perHandle {
                    do {
                        try handle.appendAudit(StoreAuditEntry(time: "2026-12-07T19:00:00Z", actor: "op-\(number)", action: .view,
                                                               kind: "er.psychiatry.spoi", id: "pl-\(round)", dimensions: ["x"], decision: .allowed))
                    } catch {
                        failures.failure("\(error)")
                    }
                }
            }
            thread.start()
        }
        group.wait()
        #expect(failures.snapshot().2.isEmpty, "\(failures.snapshot().2)")
        let entries = try stores[0].auditEntries()
        #expect(entries.count == 2 * perHandle)
        #expect(entries.filter { $0.actor == "op-0" }.map(\.id) == (0..<perHandle).map { "pl-\($0)" })
        let report = try stores[1].verify()
        #expect(report.isClean, "\(report.problems)")
        #expect(report.auditRecords == 2 * perHandle)
    }

    @Test func storeAuditListsAndFilters() throws {
        let scratch = try ScratchDirectory()
        let store = try DossierStore.create(at: scratch.store)
        try store.appendAudit(entry(1))
        try store.appendAudit(entry(2, actor: "op-sert-3", decision: .refused, reason: "no consent"))
        let text = try runSociosan(["store", "audit", "--store", scratch.store, "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout == """
            time (UTC)            actor      action  kind                id    dimensions                     decision  reason
            2026-12-07T18:11:01Z  op-ct-17   export  er.psychiatry.spoi  pl-1  goalVerification,healthStatus  allowed
            2026-12-07T18:12:02Z  op-sert-3  view    er.psychiatry.spoi  pl-2  goalVerification,healthStatus  refused   no consent

            """, "\(text.stdout)")
        let json = try runSociosan(["store", "audit", "--store", scratch.store, "--actor", "op-sert-3", "--format", "json"])
        #expect(json.status == 0)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 1)
        #expect(decoded?.first?["decision"] as? String == "refused")
        #expect(decoded?.first?["reason"] as? String == "no consent")
        let none = try runSociosan(["store", "audit", "--store", scratch.store, "--kind", spoi, "--id", "pl-9", "--format", "json"])
        #expect(none.status == 0 && none.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "[]")
        // A record planted with a line feed in it is shown on one line.
        var bytes = log(scratch.store)
        bytes.removeLast()
        let forged = AuditLog.line(StoreAuditEntry(time: "2026-12-07T20:00:00Z", actor: "op\nforged", action: .view, kind: spoi, id: "pl-3",
                                                   dimensions: [], decision: .allowed), previous: SHA256.hex(Array(bytes.split(separator: 10).last!)))
        try writeLog(scratch.store, bytes + [10] + forged + [10])
        let shown = try runSociosan(["store", "audit", "--store", scratch.store, "--actor", "op\nforged", "--lang", "en"])
        #expect(shown.stdout.split(separator: "\n").count == 2 && shown.stdout.contains("op\\nforged"), "\(shown.stdout)")
    }
}
