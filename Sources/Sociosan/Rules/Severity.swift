/// How serious a finding is. Only `error` makes a dossier invalid.
public enum Severity: String, Sendable, Hashable, CaseIterable, Comparable {
    /// The dossier breaks a requirement: not accreditable as it stands.
    case error
    /// Something an auditor must look at, but not by itself a breach.
    case warning
    /// Informative: a transitional arrangement or a note worth recording.
    case info

    private var rank: Int {
        switch self {
        case .error: return 2
        case .warning: return 1
        case .info: return 0
        }
    }

    /// Ordered by seriousness: `.info < .warning < .error`.
    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

    public var label: LocalizedText {
        switch self {
        case .error: return LocalizedText(it: "errore", en: "error")
        case .warning: return LocalizedText(it: "avviso", en: "warning")
        case .info: return LocalizedText(it: "informazione", en: "info")
        }
    }
}
