/// Normal forms of text: NFC for storage, a match key for comparing.
///
/// The match key is what fuzzy matching, lookup and de-duplication compare: two strings a
/// translator would call "the same text" get the same key. It is built as follows:
/// 1. typographic variants unified: quotes („“”«»‚‘’ and friends) → `"` or `'`, apostrophes and
///    primes → `'`, dashes and the minus sign → `-`, every kind of space → ` `;
/// 2. ICU's NFKC_Casefold: compatibility forms unified, case folded (`ß` → `ss`, so "daß" and
///    "dass" already share a key), default-ignorable characters (soft hyphen, zero-width
///    space and joiners, byte-order mark) removed;
/// 3. white space collapsed to single spaces and trimmed;
/// 4. optionally, German spelling-reform folding (``SpellingReform``).
///
/// Cost: O(n) with one ICU pass; ASCII-only text skips the NFC pass.
public enum TextNormalizer {
    /// The storage form (NFC): what glossa keeps and exports.
    public static func nfc(_ text: String) -> String {
        ICUNormalizer.normalize(text, .nfc)
    }

    public struct MatchKeyOptions: OptionSet, Sendable, Hashable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// Fold German spelling before the 1996 reform to today's ("Schiffahrt" ~ "Schifffahrt").
        public static let germanSpellingReform = MatchKeyOptions(rawValue: 1)
    }

    /// The key two texts share when a translator would call them the same.
    public static func matchKey(_ text: String, options: MatchKeyOptions = []) -> String {
        let key = String(decoding: matchKeyUnits(text), as: UTF16.self)
        return options.contains(.germanSpellingReform) ? SpellingReform.fold(key) : key
    }

    /// The match key as UTF-16 code units, for hashing without building a String (Swift's
    /// UTF-16 decoding is the slow part of ``matchKey(_:options:)``).
    public static func matchKeyUnits(_ text: String) -> [UInt16] {
        var text = text
        if let key = text.withUTF8(latin1MatchKeyUnits) { return key }
        return foldedMatchKeyUnits(text)
    }

    /// The match key of Latin-1 text (ASCII and the letters of German, French, Spanish …: every
    /// character below U+0100) without ICU: there NFKC_Casefold works character by character
    /// (no character below U+0100 composes with another), so each maps through a table that ICU
    /// itself filled once. Nil when the text has a character from further up. Measured on a
    /// 100,000-unit import: ICU's normalizer and Swift's UTF-16 view took 0.2 s of the parsing
    /// thread. A test compares both ways on every such character and on random text.
    static func latin1MatchKeyUnits(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt16]? {
        var key = CollapsedKey(capacity: bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                switch byte {
                case 0x41...0x5A: key.append(UInt16(byte | 0x20))
                case 0x60: key.append(0x27)
                default: key.append(UInt16(byte))
                }
                continue
            }
            // Two-byte UTF-8 for U+0080–U+00FF starts with 0xC2 or 0xC3.
            guard byte == 0xC2 || byte == 0xC3, index + 1 < bytes.count else { return nil }
            let scalar = Int(byte & 0x03) << 6 | Int(bytes[index + 1] & 0x3F)
            index += 2
            for unit in latin1Table[scalar - 0x80] { key.append(unit) }
        }
        return key.units
    }

    /// Key units with runs of white space collapsed to one space and none at either end, as
    /// after ICU. (A struct, not a closure over local variables: Swift checks every access to
    /// a captured variable at run time, a tenth of the parsing thread's time.)
    private struct CollapsedKey {
        var units: [UInt16] = []
        var pendingSpace = false

        init(capacity: Int) { units.reserveCapacity(capacity) }

        @inline(__always)
        mutating func append(_ unit: UInt16) {
            if unit == 0x20 || (unit >= 0x09 && unit <= 0x0D) || unit == 0x85 {
                pendingSpace = !units.isEmpty
                return
            }
            if pendingSpace {
                units.append(0x20)
                pendingSpace = false
            }
            units.append(unit)
        }
    }

    /// U+0080–U+00FF, each folded and normalized by ICU alone (white space not yet collapsed).
    private static let latin1Table: [[UInt16]] = (0x80...0xFF).map {
        ICUNormalizer.normalize([typographicFold(UInt16($0))], .nfkcCasefold)
    }

    /// The match key through ICU, for any text.
    static func foldedMatchKeyUnits(_ text: String) -> [UInt16] {
        var units: [UInt16] = []
        units.reserveCapacity(text.utf16.count)
        for unit in text.utf16 { units.append(typographicFold(unit)) }
        let folded = ICUNormalizer.normalize(units, .nfkcCasefold)
        var key = CollapsedKey(capacity: folded.count)
        for unit in folded { key.append(unit) }
        return key.units
    }

    /// One code unit's typographic variant, unified; characters to drop become U+00AD, which
    /// NFKC_Casefold removes.
    @inline(__always)
    static func typographicFold(_ unit: UInt16) -> UInt16 {
        switch unit {
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0x301D, 0x301E, 0xFF02: return 0x22 // "
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2039, 0x203A, 0x2032, 0x02BC, 0x02B9, 0x0060, 0x00B4, 0xFF07: return 0x27 // '
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D: return 0x2D // -
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return 0x20 // spaces
        case 0x200B, 0x2060: return 0x00AD // zero-width space, word joiner: removed by NFKC_CF
        case 0x2028, 0x2029: return 0x20
        default: return unit
        }
    }

    /// The key lookup and concordance compare: the match key with diacritics removed, so
    /// "Einflusssphären", "EINFLUSSSPHAREN" and "einflussspharen" share one ("einflussspharen"),
    /// as do "Deeskalation" and "déescalation". ß is already "ss" in the match key.
    /// - Complexity: O(n), two ICU passes (one for ASCII-only text).
    public static func searchKey(_ text: String) -> String {
        removingDiacritics(matchKey(text))
    }

    /// The text with combining diacritical marks removed (ä → a, é → e); nothing else changes.
    public static func removingDiacritics(_ key: String) -> String {
        if key.utf8.allSatisfy({ $0 < 0x80 }) { return key }
        let decomposed = ICUNormalizer.normalize(Array(key.utf16), .nfd)
        var kept: [UInt16] = []
        kept.reserveCapacity(decomposed.count)
        for unit in decomposed where !(0x0300...0x036F).contains(unit) { kept.append(unit) }
        return String(decoding: kept, as: UTF16.self)
    }
}
