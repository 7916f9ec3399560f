import Foundation

/// Headless Chromium from Debian's packages, for the tests that look at what a real browser
/// renders (the SST quality chart, the indicator page). When it is not installed those tests
/// are skipped, with the reason in the test report.
enum HeadlessChromium {
    /// Chromium, when installed (`apt-get install -y chromium`; `.ci/run` installs it).
    static let executable: URL? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .map(URL.init(fileURLWithPath:)).first { FileManager.default.isExecutableFile(atPath: $0.path) }

    static let isInstalled = executable != nil

    /// Runs the browser headless with `arguments`; its standard output and exit status.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String) {
        // A profile of its own for each run: two browsers on one profile refuse to start
        // (exit status 21), and the tests run in parallel.
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("sociosan-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             // Without it a tall screenshot may be taken before every tile is painted.
                             "--run-all-compositor-stages-before-draw",
                             "--user-data-dir=\(profile.path)"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Width and height of a PNG (its IHDR chunk, big-endian, at bytes 16-23); `nil` when the
    /// bytes are not a PNG.
    static func pngSize(_ bytes: Data) -> (width: Int, height: Int)? {
        guard bytes.count > 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) else { return nil }
        let start = bytes.startIndex
        let width = bytes[start + 16..<start + 20].reduce(0) { $0 << 8 | Int($1) }
        let height = bytes[start + 20..<start + 24].reduce(0) { $0 << 8 | Int($1) }
        return (width, height)
    }

    /// A page as a browser renders it: `html` written to a temporary folder, a 1200×1600
    /// screenshot and the DOM after rendering. SOCIOSAN_SCREENSHOTS=DIR keeps the screenshot
    /// as DIR/`name`.png, for a person to look at.
    static func shoot(html: String, name: String) throws -> (screenshot: Data, screenshotStatus: Int32, dom: String, domStatus: Int32) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sociosan-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(name).html")
        try html.write(to: file, atomically: true, encoding: .utf8)
        let png = directory.appendingPathComponent("\(name).png")
        let shot = try run(["--screenshot=\(png.path)", "--window-size=1200,1600", file.absoluteString])
        let bytes = (try? Data(contentsOf: png)) ?? Data()
        if let keep = ProcessInfo.processInfo.environment["SOCIOSAN_SCREENSHOTS"] {
            try? FileManager.default.removeItem(atPath: keep + "/\(name).png")
            try? FileManager.default.copyItem(atPath: png.path, toPath: keep + "/\(name).png")
        }
        let dom = try run(["--dump-dom", file.absoluteString])
        return (bytes, shot.status, dom.output, dom.status)
    }
}
