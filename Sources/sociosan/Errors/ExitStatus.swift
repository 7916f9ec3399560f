/// The exit statuses of `sociosan`, the contract scripts and CI rely on.
enum ExitStatus {
    /// Everything read was valid (warnings and information do not count).
    static let valid: Int32 = 0
    /// At least one finding of error severity.
    static let findings: Int32 = 1
    /// Usage error, or an input or output that could not be read or written.
    static let failure: Int32 = 2
}
