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
