/// How the bytes of a text file were read.
public enum TextFileEncoding: String, Sendable, Equatable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16 (little-endian)"
    case utf16BigEndian = "UTF-16 (big-endian)"
    /// Western European text as Windows and older German tools save it ("ANSI").
    case windows1252 = "Windows-1252"
}

/// A text file's text and the encoding it was read in.
public struct DecodedTextFile: Sendable, Equatable {
    public let text: String
    public let encoding: TextFileEncoding

    public init(text: String, encoding: TextFileEncoding) {
        self.text = text
        self.encoding = encoding
    }
}

/// Why a file's bytes are no text glossa can read.
public enum TextFileDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A NUL byte: a binary file (a PDF, a .docx), or UTF-16 without a byte order mark.
    case binary(byteOffset: Int)
    /// UTF-8 with a broken sequence: the file holds correct UTF-8 letters elsewhere, so reading
    /// it as Windows-1252 would garble them. Line and column (in characters) of the first bad byte.
    case damagedUTF8(byteOffset: Int, line: Int, column: Int)
    /// A UTF-16 byte order mark followed by an odd number of bytes or a lone surrogate.
    case brokenUTF16

    /// Whether the message starts with a line and column ("3:14: …").
    public var hasPosition: Bool {
        if case .damagedUTF8 = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .binary(let offset):
            return "a NUL byte at byte \(offset): this looks like a binary file (or UTF-16 without a byte order mark), not text"
        case let .damagedUTF8(offset, line, column):
            return "\(line):\(column): invalid UTF-8 at byte \(offset) in a file that is otherwise UTF-8"
        case .brokenUTF16:
            return "broken UTF-16 text (it starts with a UTF-16 byte order mark)"
        }
    }
}

/// Reads a text file's bytes the way translators' files come: UTF-8 (a byte order mark is
/// dropped), UTF-16 with a byte order mark (Windows editors' "Unicode"), or Windows-1252 (what
/// German Windows and Excel save as "ANSI" text and CSV).
///
/// Windows-1252 is chosen only when the bytes are not UTF-8 and hold no UTF-8 sequence that
/// Windows-1252 text practically never holds (`holdsUTF8Sequence`): a German text in
/// Windows-1252 has its umlauts as single bytes that do not form such sequences, while a UTF-8
/// file with one broken byte also holds correct multibyte letters and is reported as damaged
/// (reading it as Windows-1252 would turn every "ü" into "Ã¼"). The five bytes Windows-1252 leaves undefined read as the C1 controls of
/// ISO 8859-1, as Windows itself does.
public enum TextFileDecoding {
    /// - Complexity: O(n), one pass over the bytes for UTF-8; a second to convert otherwise.
    public static func decode(_ bytes: [UInt8]) throws(TextFileDecodingError) -> DecodedTextFile {
        let encoding = try encoding(of: bytes)
        let text = switch encoding {
        case .utf8: String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...], as: UTF8.self)
        case .utf16LittleEndian, .utf16BigEndian: try utf16(bytes, littleEndian: encoding == .utf16LittleEndian)
        case .windows1252: windows1252(bytes)
        }
        return DecodedTextFile(text: text, encoding: encoding)
    }

    /// The encoding `decode` reads the bytes in, or why it cannot; for callers that use UTF-8
    /// bytes as they are and decode only other encodings.
    /// - Complexity: O(n), one pass for UTF-8 and Windows-1252; O(1) for UTF-16 (checked by `decode`).
    public static func encoding(of bytes: [UInt8]) throws(TextFileDecodingError) -> TextFileEncoding {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
        }
        let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        switch scanUTF8(bytes, from: start) {
        case .valid:
            return .utf8
        case .nul(let offset):
            throw .binary(byteOffset: offset)
        case let .invalid(offset, line, column):
            if start == 3 || holdsUTF8Sequence(bytes, from: start) {
                throw .damagedUTF8(byteOffset: offset, line: line, column: column)
            }
            if let nul = bytes[offset...].firstIndex(of: 0) { throw .binary(byteOffset: nul) }
            return .windows1252
        }
    }

    private enum Scan {
        case valid
        case nul(Int)
        case invalid(byteOffset: Int, line: Int, column: Int)
    }

    /// Checks UTF-8 up to the first NUL or bad byte; for a bad byte, its line and column.
    private static func scanUTF8(_ bytes: [UInt8], from start: Int) -> Scan {
        var index = start
        var line = 1
        var lineStart = start
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0 { return .nul(index) }
                if byte == 0x0A {
                    line += 1
                    lineStart = index + 1
                }
                index += 1
                continue
            }
            let length: Int
            var minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: length = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: length = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: length = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: length = 0; scalar = 0; minimum = 0
            }
            var valid = length > 0 && index + length <= count
            if valid {
                for offset in 1..<length {
                    let continuation = bytes[index + offset]
                    if continuation & 0xC0 != 0x80 {
                        valid = false
                        break
                    }
                    scalar = scalar << 6 | UInt32(continuation & 0x3F)
                }
            }
            if valid, scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { valid = false }
            guard valid else {
                let column = String(decoding: bytes[lineStart..<index], as: UTF8.self).count + 1
                return .invalid(byteOffset: index, line: line, column: column)
            }
            index += length
        }
        return .valid
    }

    /// Whether the bytes hold a UTF-8 sequence Windows-1252 text practically never does: two
    /// bytes for a Latin, Greek or Cyrillic letter (lead byte 0xC2–0xD3: in Windows-1252 "Â"…"Ó"
    /// followed by a symbol, as in "Ã¼"), or three or four bytes (three letters or symbols from
    /// the high half in a row). Leads 0xD4–0xDF are left out: "ß“" is 0xDF 0x93 in Windows-1252.
    private static func holdsUTF8Sequence(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        let count = bytes.count
        while index + 1 < count {
            let byte = bytes[index]
            let following: Int
            switch byte {
            case 0xC2...0xD3: following = 1
            case 0xE0...0xEF: following = 2
            case 0xF0...0xF4: following = 3
            default: following = 0
            }
            if following > 0, index + following < count,
               bytes[(index + 1)...(index + following)].allSatisfy({ $0 & 0xC0 == 0x80 }) { return true }
            index += 1
        }
        return false
    }

    private static func utf16(_ bytes: [UInt8], littleEndian: Bool) throws(TextFileDecodingError) -> String {
        guard bytes.count % 2 == 0 else { throw .brokenUTF16 }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index < bytes.count {
            let low = UInt16(bytes[littleEndian ? index : index + 1])
            let high = UInt16(bytes[littleEndian ? index + 1 : index])
            units.append(high << 8 | low)
            index += 2
        }
        guard let text = String(validating: units, as: UTF16.self) else { throw .brokenUTF16 }
        return text
    }

    /// Windows-1252's characters for 0x80–0x9F; the rest of the high half is ISO 8859-1.
    private static let high: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]

    private static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(high[Int(byte - 0x80)])
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return String(scalars)
    }
}
