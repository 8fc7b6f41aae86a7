/// Gathers the text of a document into paragraphs as its reader walks it: text is added to
/// `current`, and each block's end flushes it, white space folded, an empty one (no letter)
/// left out. Shared by the readers of web pages and word-processor documents.
struct ParagraphCollector {
    var paragraphs: [String] = []
    var current = ""

    mutating func flush() {
        let folded = current.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        if folded.contains(where: \.isLetter) { paragraphs.append(folded) }
        current = ""
    }
}
