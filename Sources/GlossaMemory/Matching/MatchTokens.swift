/// A sentence cut into the words fuzzy matching compares: runs of letters and digits; a number
/// keeps its inner separators ("100.000", "3,5"); hyphens and punctuation separate words and
/// are not tokens. Keys are lower case, so case alone never costs a token.
public struct MatchTokens: Sendable {
    public struct Token: Hashable, Sendable {
        public var key: String
        public var isNumber: Bool
        /// Where the token is in the text.
        public var range: Range<String.Index>
    }

    public let text: String
    public let tokens: [Token]

    /// - Complexity: O(n) in the text's length.
    public init(_ text: String) {
        self.text = text
        var tokens: [Token] = []
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character.isLetter || character.isNumber else {
                index = text.index(after: index)
                continue
            }
            let start = index
            var allDigits = true
            while index < text.endIndex {
                let current = text[index]
                if current.isLetter || current.isNumber {
                    if !current.isNumber { allDigits = false }
                    index = text.index(after: index)
                    continue
                }
                // "100.000", "3,5", "12:30": a separator between digits stays inside a number.
                if allDigits, ".,:".contains(current), text[start..<index].last?.isNumber == true {
                    let next = text.index(after: index)
                    if next < text.endIndex, text[next].isNumber {
                        index = next
                        continue
                    }
                }
                break
            }
            tokens.append(Token(key: text[start..<index].lowercased(), isNumber: allDigits, range: start..<index))
        }
        self.tokens = tokens
    }

    public var keys: [String] { tokens.map(\.key) }
}
