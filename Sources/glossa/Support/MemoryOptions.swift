import ArgumentParser
import Foundation
import GlossaKit

/// The options every command that uses the memory shares.
struct MemoryOptions: ParsableArguments {
    @Option(help: ArgumentHelp(
        "The memory file (default: $GLOSSA_MEMORY, else $XDG_DATA_HOME/glossa/memory.sqlite, else ~/.local/share/glossa/memory.sqlite).",
        valueName: "path"))
    var memory: String?

    var path: String { MemoryLocation.resolve(option: memory, environment: ProcessInfo.processInfo.environment) }

    /// Opens the memory for a command that reads it (match, lookup, export …): one that does
    /// not exist is an error, not an empty memory created on the way (nor its folder).
    func openExisting() throws -> MemoryStore {
        guard FileManager.default.fileExists(atPath: path) else { throw CLIError.noMemory(path) }
        return try open()
    }

    /// Opens (or creates) the memory; a failure is a CLI error naming the file.
    func open() throws -> MemoryStore {
        do {
            return try MemoryStore(path: path)
        } catch {
            throw CLIError.memory(error.description)
        }
    }
}

/// `--json` on every command that prints results.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON (a stable interface for scripts) instead of a table.")
    var json = false
}
