import GlossaCore

/// One entry of a gettext catalog, as written: its keywords' strings (unescaped) and comments.
struct POMessage: Equatable {
    var context: String?
    var id = ""
    var idPlural: String?
    /// `msgstr` is 0; `msgstr[n]` is n.
    var strings: [Int: String] = [:]
    var translatorComments: [String] = []
    var extractedComments: [String] = []
    var references: [String] = []
    var flags: [String] = []
    /// Commented out with `#~`: kept by tools for reuse, no longer in the program.
    var isObsolete = false
    /// The line of its first keyword.
    var line = 0
}

/// Splits a catalog's text into messages: comments (`#`, `#.`, `#:`, `#,`, `#|`, `#~`),
/// keywords (`msgctxt`, `msgid`, `msgid_plural`, `msgstr`, `msgstr[n]`) each with a quoted
/// string that goes on in the quoted strings of the lines after it. An entry ends at a blank
/// line, or where a comment or a `msgctxt`/`msgid` follows its `msgstr`.
/// - Complexity: O(n) in the text's length.
struct POParser {
    let file: String

    private enum Field { case context, id, idPlural, string(Int) }

    func messages(in text: String) throws(POError) -> [POMessage] {
        var messages: [POMessage] = []
        var current = POMessage()
        var field: Field?
        var hasKeyword = false
        func finish() {
            if hasKeyword { messages.append(current) }
            current = POMessage()
            field = nil
            hasKeyword = false
        }
        var lineNumber = 0
        // ("\r\n" is one Character: Windows line ends are told apart from "\n" by themselves.)
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            lineNumber += 1
            var line = rawLine
            while line.first == " " || line.first == "\t" { line = line.dropFirst() }
            if line.isEmpty {
                finish()
                continue
            }
            // An obsolete entry's lines are the entry's lines behind "#~ " (and "#~|" for its
            // previous msgid): read as such, then left out.
            var obsolete = false
            if line.hasPrefix("#~") {
                obsolete = true
                line = line.dropFirst(2)
                if line.hasPrefix("|") { continue }
                while line.first == " " { line = line.dropFirst() }
                if line.isEmpty { continue }
            }
            if line.hasPrefix("#") {
                if hasKeyword, current.strings.isEmpty == false { finish() }
                let kind = line.dropFirst().first
                let body = String(line.dropFirst(2).drop { $0 == " " })
                switch kind {
                case ".": current.extractedComments.append(body)
                case ":": current.references += body.split(separator: " ").map(String.init)
                case ",": current.flags += body.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
                case "|": break
                default: current.translatorComments.append(String(line.dropFirst().drop { $0 == " " }))
                }
                continue
            }
            let column = rawLine.count - line.count + 1
            if line.first == "\"" {
                guard let field else {
                    throw .malformed(SourceLocation(file: file, line: lineNumber, column: column),
                                     problem: "a quoted string with no keyword before it; it goes on a msgid's or msgstr's string")
                }
                let value = try unquoted(line, line: lineNumber, column: column)
                append(value, to: field, in: &current)
                continue
            }
            guard let space = line.firstIndex(where: { $0 == " " || $0 == "\t" || $0 == "\"" }) else {
                throw unexpected(line, line: lineNumber, column: column)
            }
            let keyword = line[..<space]
            let newField: Field
            switch keyword {
            case "msgctxt": newField = .context
            case "msgid": newField = .id
            case "msgid_plural": newField = .idPlural
            case "msgstr": newField = .string(0)
            default:
                guard keyword.hasPrefix("msgstr["), keyword.hasSuffix("]"), let index = Int(keyword.dropFirst(7).dropLast()), index >= 0 else {
                    throw unexpected(line, line: lineNumber, column: column)
                }
                newField = .string(index)
            }
            // "msgctxt" or "msgid" after a msgstr opens the next entry (a blank line between
            // them is customary, not required).
            if case .context = newField, !current.strings.isEmpty { finish() }
            if case .id = newField, !current.strings.isEmpty || field.map({ if case .id = $0 { true } else { false } }) == true { finish() }
            if !hasKeyword { current.line = lineNumber }
            hasKeyword = true
            current.isObsolete = current.isObsolete || obsolete
            var rest = line[space...]
            while rest.first == " " || rest.first == "\t" { rest = rest.dropFirst() }
            let value = try unquoted(rest, line: lineNumber, column: column + (line.count - rest.count))
            field = newField
            switch newField {
            case .context: current.context = value
            case .id: current.id = value
            case .idPlural: current.idPlural = value
            case .string(let index): current.strings[index] = value
            }
        }
        finish()
        return messages
    }

    private func append(_ value: String, to field: Field, in message: inout POMessage) {
        switch field {
        case .context: message.context = (message.context ?? "") + value
        case .id: message.id += value
        case .idPlural: message.idPlural = (message.idPlural ?? "") + value
        case .string(let index): message.strings[index, default: ""] += value
        }
    }

    private func unexpected(_ line: Substring, line number: Int, column: Int) -> POError {
        .malformed(SourceLocation(file: file, line: number, column: column),
                   problem: "\"\(line.prefix(30))\" is no line of a PO file (a comment after #, a keyword such as msgid or msgstr, "
                       + "or a quoted string); is this a gettext catalog?")
    }

    /// The text of a quoted string with C's escapes undone ("\n", "\t", "\"", "\\", and octal
    /// and hexadecimal codes, which are bytes of the catalog's UTF-8: "Caf\303\251"); an error
    /// where the quotes do not close or text follows them.
    func unquoted(_ text: Substring, line: Int, column: Int) throws(POError) -> String {
        var trimmed = text
        while trimmed.last == " " || trimmed.last == "\t" { trimmed = trimmed.dropLast() }
        guard trimmed.first == "\"" else {
            throw .malformed(SourceLocation(file: file, line: line, column: column), problem: "a keyword's text goes in double quotes")
        }
        var result = ""
        var bytes: [UInt8] = []
        func flush() {
            if !bytes.isEmpty { result += String(decoding: bytes, as: UTF8.self) }
            bytes = []
        }
        var characters = trimmed.dropFirst().makeIterator()
        var closed = false
        var offset = 1
        while let character = characters.next() {
            offset += 1
            if closed, character == " " || character == "\t" { continue }
            if closed {
                throw .malformed(SourceLocation(file: file, line: line, column: column + offset - 1),
                                 problem: "text after the closing quote; a string that goes on is written on the next line in quotes of its own")
            }
            if character != "\\" { flush() }
            switch character {
            case "\"":
                closed = true
            case "\\":
                guard let escaped = characters.next() else { continue }
                offset += 1
                if !("0"..."7").contains(escaped), escaped != "x" { flush() }
                switch escaped {
                case "n": result.append("\n")
                case "t": result.append("\t")
                case "r": result.append("\r")
                case "a", "b", "f", "v": break
                case "0"..."7":
                    var digits = String(escaped)
                    var lookahead = characters
                    while digits.count < 3, let digit = lookahead.next(), ("0"..."7").contains(digit) {
                        digits.append(digit)
                        characters = lookahead
                    }
                    if let value = UInt8(digits, radix: 8), value != 0 { bytes.append(value) }
                case "x":
                    var digits = ""
                    var lookahead = characters
                    while digits.count < 2, let digit = lookahead.next(), digit.isHexDigit {
                        digits.append(digit)
                        characters = lookahead
                    }
                    if let value = UInt8(digits, radix: 16), value != 0 { bytes.append(value) }
                default: result.append(escaped)
                }
            default:
                result.append(character)
            }
        }
        flush()
        guard closed else {
            throw .malformed(SourceLocation(file: file, line: line, column: column),
                             problem: "the string's closing quote is missing (a quote inside it is written \\\")")
        }
        return result
    }
}

extension Substring {
    fileprivate func trimmingSpaces() -> String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
