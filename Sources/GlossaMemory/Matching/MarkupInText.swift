/// HTML or XML tags a tool left in a segment as text: TMX from web content often carries
/// `Der <b>Streik</b> dauert an.` inside CDATA or escaped (`datatype="html"`) instead of as
/// `bpt`/`ept` codes. For matching they are what codes are, formatting: a query typed without
/// them is the same sentence, and "b" is no word of it. The memory keeps the text as it came.
/// - Complexity: O(n); text without a "<" returns at once.
enum MarkupInText {
    /// `text` without its tags (`<b>`, `</a>`, `<a href="…">`, `<br/>`, `<!-- … -->`); a tag
    /// between two words (a line break) leaves a space. A "<" that opens no tag ("x < 5",
    /// "a <= b"), or one whose ">" does not follow within 300 characters, stays.
    static func removed(from text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "<")) else { return text }
        let characters = Array(text)
        var out = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "<", index + 1 < characters.count,
               characters[index + 1].isLetter || characters[index + 1] == "/" || characters[index + 1] == "!",
               let end = characters[(index + 1)...].prefix(300).firstIndex(where: { $0 == ">" || $0 == "<" }), characters[end] == ">" {
                let name = String(characters[(index + 1)..<end].drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
                if Self.breaking.contains(name), out.last.map({ !$0.isWhitespace }) ?? false { out.append(" ") }
                index = end + 1
                continue
            }
            out.append(character)
            index += 1
        }
        return out
    }

    /// Tags that separate words where they stand (a line break, a paragraph, a cell).
    static let breaking: Set<String> = ["br", "p", "div", "li", "td", "th", "tr", "hr", "h1", "h2", "h3", "h4", "h5", "h6"]
}
