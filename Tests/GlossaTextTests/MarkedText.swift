/// Test text with the expected sentence boundaries marked by `|`:
/// `"Er kam um 9 Uhr.|Er sagte nichts."` is the text "Er kam um 9 Uhr. Er sagte nichts."
/// expected as two sentences. A `|` stands where a space would (or right after the sentence
/// when the text has a line break or nothing there).
struct MarkedText {
    let text: String
    let sentences: [String]

    init(_ marked: String) {
        let parts = marked.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
        sentences = parts.map { $0.trimmingSpaces() }
        var text = ""
        for (index, part) in parts.enumerated() {
            text += part
            if index + 1 < parts.count, !(part.last?.isWhitespace ?? false), !(parts[index + 1].first?.isWhitespace ?? false) {
                text += " "
            }
        }
        self.text = text
    }
}

extension String {
    func trimmingSpaces() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice = slice.dropFirst() }
        while slice.last?.isWhitespace == true { slice = slice.dropLast() }
        return String(slice)
    }
}
