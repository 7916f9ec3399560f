import SociosanSystem

/// The tamper-evidence record of one history revision: an empty file beside it whose name
/// carries the SHA-256 of the revision's bytes and the chain digest that links it to the
/// revision before.
///
/// ```
/// ROOT/.history/<kind>/<id>/<rev>.<content>.<chain>.sha256
///   content = SHA-256(bytes of <rev>.json or <rev>.deleted), 64 hex digits
///   chain   = SHA-256("sociosan-chain 1\n" + rev + "\n" + previous chain + "\n" + content + "\n")
///   previous chain = the chain of revision rev-1's record; 64 zeros when rev-1 has no
///                    record (rev is 1, or rev-1 was written before digests existed)
/// ```
///
/// The record is an empty file: its name is its content, so it becomes durable with the
/// folder sync the revision needs anyway (no extra fsync per put). It is created before the
/// revision is renamed into place; a record without its revision (a put killed in between)
/// is replaced by the next put of that revision.
struct ChainRecord: Sendable, Hashable {
    static let suffix = ".sha256"
    static let origin = String(repeating: "0", count: 64)

    let revision: Int
    let content: String
    let chain: String

    init(revision: Int, content: String, chain: String) {
        self.revision = revision
        self.content = content
        self.chain = chain
    }

    /// The record of `bytes` as revision `revision`, after a revision whose chain is
    /// `previous`.
    init(revision: Int, bytes: [UInt8], previous: String) {
        let content = SHA256.hex(bytes)
        self.init(revision: revision, content: content, chain: Self.chain(revision: revision, content: content, previous: previous))
    }

    /// Parses a record's file name; `nil` for any other name.
    init?(name: String) {
        guard name.hasSuffix(Self.suffix) else { return nil }
        let parts = name.dropLast(Self.suffix.count).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let revision = Int(parts[0]), revision > 0,
              Self.isDigest(parts[1]), Self.isDigest(parts[2]) else { return nil }
        self.init(revision: revision, content: String(parts[1]), chain: String(parts[2]))
    }

    var name: String { String(revision) + "." + content + "." + chain + Self.suffix }

    static func chain(revision: Int, content: String, previous: String) -> String {
        SHA256.hex(Array("sociosan-chain 1\n\(revision)\n\(previous)\n\(content)\n".utf8))
    }

    static func isDigest(_ text: Substring) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 48 && $0 <= 57) || ($0 >= 97 && $0 <= 102) }
    }
}

/// What `verify` found about one dossier's chain.
struct ChainCheck: Sendable, Hashable {
    /// The first revision that does not match, and why (English detail).
    struct Mismatch: Sendable, Hashable {
        let revision: Int
        let detail: String
    }

    var mismatch: Mismatch?
    /// Revisions written before digests existed (no record, and none before them has one).
    var unsealed = 0
}

extension ChainRecord {
    /// Checks a dossier's revisions (`revisions`: revision number to its bytes, `nil` when the
    /// file could not be read) against its records. Revisions without a record before the
    /// first record are counted as unsealed (a store written before digests); after it, a
    /// missing record is a mismatch. Stops at the first mismatch.
    static func check(revisions: [(Int, [UInt8]?)], records: [Int: ChainRecord]) -> ChainCheck {
        var result = ChainCheck()
        var sealed = false
        for (revision, bytes) in revisions {
            guard let record = records[revision] else {
                if sealed {
                    result.mismatch = .init(revision: revision, detail: "revision \(revision): no digest record, although revision \(revision - 1) has one")
                    return result
                }
                result.unsealed += 1
                continue
            }
            sealed = true
            guard let bytes else { continue }
            if SHA256.hex(bytes) != record.content {
                result.mismatch = .init(revision: revision, detail: "revision \(revision): its bytes differ from the digest recorded when it was written")
                return result
            }
            let previous = records[revision - 1]?.chain ?? origin
            if chain(revision: revision, content: record.content, previous: previous) != record.chain {
                result.mismatch = .init(revision: revision, detail: "revision \(revision): its chain digest does not follow from revision \(revision - 1)")
                return result
            }
        }
        return result
    }
}
