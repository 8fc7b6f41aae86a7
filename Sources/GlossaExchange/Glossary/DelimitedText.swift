import GlossaCore

/// Splitting and joining lines of delimited text: OmegaT's tab-separated glossaries and RFC 4180
/// CSV (quoted fields may hold commas, quotes written twice, and line breaks).
enum DelimitedText {
    /// The field separator of a CSV text: of comma, semicolon and tab, the one its first line
    /// has most of, outside quotes (a comma when none). Excel writes semicolons where the decimal
    /// separator is a comma, as in German.
    /// - Complexity: O(first line).
    static func csvDelimiter(_ text: String) -> Character {
        var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for character in text {
            if character == "\"" { quoted.toggle() }
            if !quoted && character.isNewline { break }
            if !quoted, counts[character] != nil { counts[character]! += 1 }
        }
        return [",", ";", "\t"].max { counts[$0]! < counts[$1]! } ?? ","
    }

    /// Records of a CSV text, each with the line it starts on.
    /// - Complexity: O(n).
    static func csvRecords(_ text: String, file: String, delimiter: Character = ",") throws(GlossaryFormatError) -> [(line: Int, fields: [String])] {
        var records: [(line: Int, fields: [String])] = []
        var fields: [String] = []
        var field = ""
        var quoted = false
        var atFieldStart = true
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var iterator = text.makeIterator()
        var pending: Character?
        while let character = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if character == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else {
                        quoted = false
                    }
                } else {
                    if character.isNewline { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where atFieldStart:
                quoted = true
                quoteLine = line
                atFieldStart = false
            case delimiter:
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n", "\r\n", "\r":
                fields.append(field)
                if !(fields.count == 1 && fields[0].isEmpty) { records.append((recordLine, fields)) }
                fields = []
                field = ""
                atFieldStart = true
                line += 1
                recordLine = line
            default:
                field.append(character)
                atFieldStart = false
            }
        }
        if quoted { throw .unterminatedQuote(file: file, line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            records.append((recordLine, fields))
        }
        return records
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A field of a tab-separated line: tabs and line breaks become spaces.
    static func tsvField(_ text: String) -> String {
        String(text.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }

    /// The text of a glossary file: UTF-8, UTF-16 with a byte order mark, or Windows-1252 (as
    /// Excel on a German Windows saves CSV).
    static func text(_ bytes: [UInt8], file: String) throws(GlossaryFormatError) -> String {
        do {
            return try TextFileDecoding.decode(bytes).text
        } catch {
            throw .undecodable(file: file, error)
        }
    }
}
