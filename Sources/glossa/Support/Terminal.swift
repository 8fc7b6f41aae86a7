import Foundation

/// What the terminal can do: colours and progress lines only when a person is watching.
enum Terminal {
    static var standardOutputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil }
    static var standardErrorIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func bold(_ text: String) -> String { standardOutputIsTerminal ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func highlight(_ text: String) -> String { standardOutputIsTerminal ? "\u{1B}[1;33m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { standardOutputIsTerminal ? "\u{1B}[2m\(text)\u{1B}[0m" : text }

    /// Writes to standard output.
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// A progress line on standard error, redrawn in place; nothing when not on a terminal.
    static func progress(_ text: String) {
        guard standardErrorIsTerminal else { return }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
    }

    /// A progress bar: `[########------------]  40%`.
    static func bar(done: Int, of total: Int, width: Int = 20) -> String {
        guard total > 0 else { return "" }
        let fraction = min(1, max(0, Double(done) / Double(total)))
        let filled = Int(fraction * Double(width))
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] "
            + String(format: "%3d%%", Int(fraction * 100))
    }

    static func endProgress() {
        guard standardErrorIsTerminal else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}

/// Text laid out in columns for people.
enum Columns {
    /// Pads each column to its widest cell; the last column is not padded.
    static func render(_ rows: [[String]]) -> String {
        guard let first = rows.first else { return "" }
        var widths = [Int](repeating: 0, count: first.count)
        for row in rows {
            for (index, cell) in row.enumerated().dropLast() { widths[index] = max(widths[index], cell.count) }
        }
        return rows.map { row in
            row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }
}
