/// One thing to do with a command-line path: validate a file, read standard input, or report
/// a path that cannot be read.
enum InputItem: Sendable, Hashable {
    /// A file to validate; the path as given, or joined to the folder that was given.
    case file(String)
    /// `-`: standard input.
    case standardInput
    case problem(InputProblem)
}
