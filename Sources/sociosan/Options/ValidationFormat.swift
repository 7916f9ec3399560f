
/// `--format` of `validate`.
enum ValidationFormat: String, OutputFormat {
    /// One line per finding, `PATH:LINE:COLUMN: SEVERITY: MESSAGE [RULE]`, and a summary.
    case text
    /// One JSON object: files, dossiers, findings and a summary; streamed.
    case json
    /// SARIF 2.1.0, for code-scanning tools; streamed.
    case sarif
}
