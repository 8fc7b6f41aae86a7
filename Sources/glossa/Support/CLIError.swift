import ArgumentParser
import Foundation
import GlossaKit

/// A failure the user can act on: the message names the file, the place and what to do.
/// Printed on standard error as `glossa: error: …`; the process exits with `exitCode`.
enum CLIError: Error, CustomStringConvertible {
    case unreadable(file: String, reason: String)
    /// Bytes that are no text in any encoding glossa reads (binary, damaged UTF-8 or UTF-16).
    case undecodable(file: String, TextFileDecodingError)
    case badData(String)
    case unsupportedLanguage(String)
    case writeFailed(file: String, reason: String)
    /// The memory cannot be opened or written; the message names the file and what to do.
    case memory(String)
    /// A command that reads the memory was given one that does not exist yet.
    case noMemory(String)

    var description: String {
        switch self {
        case let .unreadable(file, reason):
            return "cannot read \(file): \(reason); check the path and its permissions"
        case let .undecodable(file, error):
            switch error {
            case .damagedUTF8:
                return "\(file):\(error); mend the character there (or re-save the file as UTF-8)"
            case .binary:
                return "\(file): \(error); give glossa a text file (UTF-8, UTF-16 with a byte order mark, or Windows-1252)"
            case .brokenUTF16:
                return "\(file): \(error); re-save it as UTF-8 (iconv -f utf-16 -t utf-8 \(file) > out.txt)"
            }
        case let .badData(message):
            return message
        case let .unsupportedLanguage(code):
            return "unsupported language '\(code)': glossa's rules are for German (de) and English (en); for another language give your own SRX rules with --rules FILE.srx"
        case let .writeFailed(file, reason):
            return "cannot write \(file): \(reason)"
        case let .memory(message):
            return message
        case let .noMemory(path):
            return "there is no memory at \(path) yet: glossa build or glossa import creates it; or name another with --memory or GLOSSA_MEMORY"
        }
    }

    var exitCode: ExitCode {
        switch self {
        case .unreadable, .noMemory: return ExitCode(66)
        case .undecodable, .badData: return ExitCode(65)
        case .unsupportedLanguage: return ExitCode(64)
        case .writeFailed: return ExitCode(73)
        case .memory: return ExitCode(74)
        }
    }
}

/// Standard error, for messages and diagnostics (standard output is for results).
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

extension ParsableCommand {
    /// Runs a command's work, turning the errors a user can act on into a message on standard
    /// error and their exit code.
    func reportingErrors(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as CLIError {
            throw fail(error)
        } catch let error as MemoryError {
            throw fail(.memory(error.description))
        }
    }

    /// Prints the error on standard error and ends the command with its exit code.
    func fail(_ error: CLIError) -> ExitCode {
        StandardError.print("glossa: error: \(error)")
        return error.exitCode
    }
}
