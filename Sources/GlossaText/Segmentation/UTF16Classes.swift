/// Character classes over UTF-16 code units, with ASCII fast paths: the segmenter asks them at
/// every candidate boundary, so they must not build Strings.
enum UTF16Classes {
    /// White space, including no-break spaces and the byte-order mark, which glossa trims.
    @inline(__always)
    static func isSpace(_ unit: UInt16) -> Bool {
        if unit < 0x80 { return unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) }
        // Unicode's White_Space characters above ASCII, listed: no property lookup on the hot path.
        switch unit {
        case 0x85, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// A word character as ICU's `\b` sees it (letters, marks, digits, connector punctuation).
    @inline(__always)
    static func isWord(_ unit: UInt16) -> Bool {
        if unit < 0x80 {
            return (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || (unit >= 0x61 && unit <= 0x7A) || unit == 0x5F
        }
        // Latin-1 and Latin Extended letters (German umlauts and ß among them) without a lookup.
        if unit >= 0xC0 && unit <= 0x24F { return unit != 0xD7 && unit != 0xF7 }
        guard let scalar = Unicode.Scalar(unit) else { return true } // surrogate: a supplementary letter
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber, .connectorPunctuation: return true
        default: return unit == 0x200C || unit == 0x200D
        }
    }

    @inline(__always)
    static func isLineBreak(_ unit: UInt16) -> Bool {
        unit == 0x0A || unit == 0x0D || unit == 0x2028 || unit == 0x2029 || unit == 0x85 || unit == 0x0B || unit == 0x0C
    }
}
