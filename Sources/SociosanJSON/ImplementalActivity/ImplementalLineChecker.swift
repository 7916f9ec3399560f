import Sociosan

/// The cross-line rules of an ImpleMENTAL activity file inside a validation run
/// (``ImplementalActivityStreamCheck``): the line of a patient in *presa in carico* is held
/// until the end of the input, when it is known whether the file named a case manager, and
/// given out then with the position of `/patient` taken while the line's bytes were at hand.
struct ImplementalLineChecker {
    private var check = ImplementalActivityStreamCheck()
    private var held: [Int: (result: DossierResult, patient: TextLocation?)] = [:]

    static func isImplementalActivity(_ document: JSONDocument) -> Bool {
        document.root["kind"]?.isString(DossierKind.implementalActivity.rawValue) ?? false
    }

    /// The result to give out now, or `nil` when the line is held until ``finish()``.
    mutating func process(_ document: JSONDocument, result: DossierResult, line: JSONLinesLine) -> DossierResult? {
        // A record that decodes takes part even when its own rules fail: its patient still exists.
        guard let record = ImplementalActivityLine.decode(document) ?? (try? ImplementalActivityRecord.decode(document: document))
        else { return result }
        let findings = check.add(record, at: ImplementalActivityStreamCheck.LineReference(index: result.index, line: result.line))
        var merged = result
        if !findings.isEmpty {
            merged = DossierValidator.locating(
                DossierResult(index: result.index, line: result.line, kind: result.kind, findings: result.findings + findings),
                in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset)
        }
        guard ImplementalActivityStreamCheck.waitsForEnd(record) else { return merged }
        held[result.index] = (merged, PointerLocator.locate("/patient", in: line.bytes, firstLine: line.lineNumber, baseOffset: line.byteOffset))
        return nil
    }

    /// Every held line, in file order, with its end-of-file findings.
    mutating func finish() -> [DossierResult] {
        var late: [Int: [Diagnostic]] = [:]
        for (reference, findings) in check.finish() { late[reference.index] = findings }
        let results = held.keys.sorted().map { index -> DossierResult in
            let (result, location) = held[index]!
            let located = (late[index] ?? []).map { finding -> Diagnostic in
                var copy = finding
                copy.location = location
                return copy
            }
            return DossierResult(index: result.index, line: result.line, kind: result.kind, findings: result.findings + located)
        }
        held = [:]
        return results
    }
}
