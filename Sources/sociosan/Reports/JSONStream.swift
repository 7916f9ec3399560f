import SociosanJSON

/// Writes one JSON document to the console in pieces, so that a report of any size is
/// streamed in constant memory.
///
/// The outer containers (a report's `"files"` array, a file's `"dossiers"`) are opened and
/// closed here and stay open while their members are written; every complete value inside
/// them (a dossier, a result, the summary) and every key is written by ``JSONWriter``, which
/// owns escaping and number formatting. This type only adds the brackets, commas and colons
/// between those pieces.
///
/// ```swift
/// var stream = JSONStream(console: console)
/// stream.beginObject()
/// stream.key("files"); stream.beginArray()
/// stream.value { $0.string("a.json") }
/// stream.endArray()
/// stream.endObject()
/// stream.finish()   // {"files":["a.json"]}\n
/// ```
struct JSONStream {
    private struct Frame {
        let isObject: Bool
        var count = 0
        var awaitsValue = false
    }

    private let console: Console
    private var writer = JSONWriter(style: .compact, capacity: 1 << 12)
    private var frames: [Frame] = []

    init(console: Console) {
        self.console = console
    }

    mutating func beginObject() {
        beforeValue()
        console.write("{")
        frames.append(Frame(isObject: true))
    }

    mutating func endObject() {
        precondition(frames.last?.isObject == true && frames.last?.awaitsValue == false, "JSONStream: no open object")
        frames.removeLast()
        console.write("}")
    }

    mutating func beginArray() {
        beforeValue()
        console.write("[")
        frames.append(Frame(isObject: false))
    }

    mutating func endArray() {
        precondition(frames.last?.isObject == false, "JSONStream: no open array")
        frames.removeLast()
        console.write("]")
    }

    /// The next member's key in the innermost open object.
    mutating func key(_ name: String) {
        let top = frames.count - 1
        precondition(top >= 0 && frames[top].isObject && !frames[top].awaitsValue, "JSONStream: a key belongs in an object")
        if frames[top].count > 0 { console.write(",") }
        frames[top].count += 1
        frames[top].awaitsValue = true
        writer.reset()
        writer.string(name)
        console.write(bytes: writer.bytes)
        console.write(":")
    }

    /// One complete value, written by `build` through a ``JSONWriter``.
    mutating func value(_ build: (inout JSONWriter) -> Void) {
        beforeValue()
        writer.reset()
        build(&writer)
        precondition(writer.isComplete, "JSONStream.value: the value is not complete")
        console.write(bytes: writer.bytes)
    }

    /// Ends the document with a newline; the console flushes when the command ends.
    mutating func finish() {
        precondition(frames.isEmpty, "JSONStream.finish(): containers are still open")
        console.line()
    }

    private mutating func beforeValue() {
        let top = frames.count - 1
        guard top >= 0 else { return }
        if frames[top].isObject {
            precondition(frames[top].awaitsValue, "JSONStream: in an object, write key(_:) before each value")
            frames[top].awaitsValue = false
        } else {
            if frames[top].count > 0 { console.write(",") }
            frames[top].count += 1
        }
    }
}
