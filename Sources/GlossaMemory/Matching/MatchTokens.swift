import GlossaCore
/// A sentence cut into the words fuzzy matching compares: runs of letters and digits; a number
/// keeps its inner separators ("100.000", "3,5", "2'000"); hyphens and punctuation separate words and
/// are not tokens; soft hyphens and zero-width characters inside a word are not there. Keys are
/// lower case with "ß" as "ss", so case alone never costs a token, nor does the spelling of
/// "dass" / "daß".
public struct MatchTokens: Sendable {
    public struct Token: Hashable, Sendable {
        public var key: String
        public var isNumber: Bool
        /// Where the token is in the text.
        public var range: Range<String.Index>
    }

    public let text: String
    public let tokens: [Token]

    /// - Complexity: O(n) in the text's length; ASCII letters and digits take a fast path.
    public init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            guard Self.isWordScalar(scalars[index]) else {
                index = scalars.index(after: index)
                continue
            }
            let start = index
            var allDigits = true
            var ascii = true
            var invisible = false
            while index < scalars.endIndex {
                let current = scalars[index]
                if Self.isWordScalar(current) {
                    if !Self.isDigit(current) { allDigits = false }
                    if current.value >= 0x80 { ascii = false }
                    index = scalars.index(after: index)
                    continue
                }
                // A soft hyphen or zero-width character inside a word ("Truppen\u{AD}aufmarsch",
                // as text copied from web pages has them) is invisible: the word goes on.
                if InvisibleCharacters.contains(current) {
                    let next = scalars.index(after: index)
                    if next < scalars.endIndex, Self.isWordScalar(scalars[next]) {
                        invisible = true
                        ascii = false
                        index = next
                        continue
                    }
                }
                // "100.000", "3,5", "12:30", Swiss "2'000": a separator between digits stays
                // inside a number.
                if allDigits, current == "." || current == "," || current == ":" || current == "'" || current == "\u{2019}" {
                    let next = scalars.index(after: index)
                    if next < scalars.endIndex, Self.isDigit(scalars[next]) {
                        index = next
                        continue
                    }
                }
                break
            }
            var word = Substring(scalars[start..<index])
            if invisible { word = Substring(InvisibleCharacters.removed(from: String(word))) }
            tokens.append(Token(key: ascii ? Self.asciiLowercased(word) : Self.sharpSFolded(word.lowercased()), isNumber: allDigits, range: start..<index))
        }
        self.tokens = tokens
    }

    @inline(__always)
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (0x30...0x39).contains(scalar.value) : scalar.properties.numericType != nil
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value)
        }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark
    }

    /// "ß" as "ss": the spelling before 1996 ("daß", "muß") and Swiss German ("Strasse")
    /// write the same words as today's German, which a match must not count as different.
    static func sharpSFolded(_ word: String) -> String {
        guard word.unicodeScalars.contains("ß") else { return word }
        var folded = ""
        for character in word { if character == "ß" { folded += "ss" } else { folded.append(character) } }
        return folded
    }

    static func asciiLowercased(_ word: Substring) -> String {
        String(decoding: word.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    public var keys: [String] { tokens.map(\.key) }
}
