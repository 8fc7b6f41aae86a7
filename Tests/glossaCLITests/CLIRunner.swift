import Foundation

/// Runs the built `glossa` executable, as a user would, and captures what it prints.
struct CLIRunner {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The glossa binary next to the test bundle (swift test builds it first: the test target
    /// depends on the executable target).
    static var executable: URL {
        var directory = Bundle.main.bundleURL
        for _ in 0..<3 {
            let candidate = directory.appendingPathComponent("glossa")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("glossa")
    }

    /// The package's root folder (where Corpora/ and Glossaries/ are).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: [String], stdin: String? = nil, in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        if let directory { process.currentDirectoryURL = directory }
        process.arguments = arguments
        let output = Pipe(), errors = Pipe(), input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        // Standard error is read on another thread while standard output is read here: read one
        // after the other, a child that fills the other pipe (64 KB) waits for a reader forever.
        nonisolated(unsafe) var err = Data()
        let readErrors = DispatchGroup()
        DispatchQueue.global().async(group: readErrors) { err = errors.fileHandleForReading.readDataToEndOfFile() }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        readErrors.wait()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// A temporary file with these bytes; removed by the caller.
    static func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-test-\(UUID().uuidString)\(suffix)")
        try Data(bytes).write(to: url)
        return url
    }
}
