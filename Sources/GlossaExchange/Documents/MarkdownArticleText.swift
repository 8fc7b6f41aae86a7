import Foundation

/// The text of an article written in Markdown (a blog post, a press release or a help page kept
/// in a static site's repository, a README): one paragraph per block (heading, paragraph, list
/// item, table cell, quotation), blank lines between them, the markup gone, so that segments
/// and the memory hold the sentences a translator reads and a CAT tool matches.
///
/// - Front matter (YAML between `---` lines, TOML between `+++`) is left out, but for its
///   `title`, `subtitle`, `description` and `summary`, which are text to translate (a title
///   the first heading repeats is read once); code
///   (fenced, indented) and HTML comments are left out; link and reference definitions too.
/// - Inline: a link keeps its text (`[Website](https://…)` → "Website"), an image goes, inline
///   code keeps its text, emphasis markers go where they pair (`**Version 3.2**`), not inside a
///   word ("Lehrer*innen" keeps its star), backslash escapes give their character.
///
/// CommonMark's grammar is larger; this is what news and documentation texts use. Not a
/// renderer: nothing is nested beyond quotes and lists.
/// - Complexity: O(length of the text).
public enum MarkdownArticleText {
    /// Whether a file's name says it is Markdown (`.md`, `.markdown`).
    public static func hasMarkdownExtension(_ path: String) -> Bool {
        let lower = path.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// The article's text: its paragraphs with a blank line between them.
    public static func text(of markdown: String) -> String {
        paragraphs(of: markdown).joined(separator: "\n\n") + "\n"
    }

    /// The article's paragraphs, as plain text.
    public static func paragraphs(of markdown: String) -> [String] {
        // (A byte order mark before the front matter is no text.)
        let text = markdown.hasPrefix("\u{FEFF}") ? String(markdown.dropFirst()) : markdown
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map { String($0) }
        let frontMatter = frontMatterText(&lines)
        var collector = ParagraphCollector(paragraphs: frontMatter)
        var paragraph: [String] = []
        func flush() {
            collector.current = inlineText(paragraph.joined(separator: " "))
            collector.flush()
            paragraph = []
        }
        var fence: String?
        var inComment = false
        var previousBlank = true
        var inList = false
        for raw in lines {
            let line = raw.replacingOccurrences(of: "\t", with: "    ")
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if inComment {
                if trimmed.contains("-->") { inComment = false }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                flush()
                fence = String(trimmed.prefix(3))
                inList = false
                continue
            }
            if trimmed.hasPrefix("<!--") {
                flush()
                if !trimmed.contains("-->") { inComment = true }
                continue
            }
            if trimmed.isEmpty {
                flush()
                previousBlank = true
                continue
            }
            defer { previousBlank = false }
            // Code indented by four spaces after a blank line (not a list item's continuation).
            if previousBlank, !inList, line.hasPrefix("    ") { continue }
            // A setext heading's underline, a thematic break, a table's separator row.
            if isUnderline(trimmed) || isTableSeparator(trimmed) {
                flush()
                continue
            }
            // A link reference definition: `[name]: https://…`.
            if trimmed.hasPrefix("["), let close = trimmed.range(of: "]:"), !trimmed[..<close.lowerBound].contains("](") {
                flush()
                continue
            }
            var content = Substring(trimmed)
            // Quotations: their markers go, their text stays.
            while content.hasPrefix(">") { content = content.dropFirst().drop(while: { $0 == " " }) }
            if let heading = headingText(content) {
                flush()
                paragraph = [heading]
                flush()
                inList = false
                continue
            }
            if let item = listItemText(content) {
                flush()
                inList = true
                content = item
            } else if previousBlank {
                inList = line.hasPrefix("  ") && inList
            }
            if content.hasPrefix("|") || (content.contains(" | ") && content.hasSuffix("|")) {
                flush()
                for cell in content.split(separator: "|") {
                    paragraph = [String(cell)]
                    flush()
                }
                continue
            }
            paragraph.append(String(content))
        }
        flush()
        // A title the front matter gives and the first heading repeats (static sites' posts
        // often have both) is one sentence of the article, not two.
        var result = collector.paragraphs
        if result.count > frontMatter.count, let repeated = frontMatter.firstIndex(where: { $0 == result[frontMatter.count] }) {
            result.remove(at: repeated)
        }
        return result
    }

    /// Takes front matter off the lines and gives its text fields' values.
    static func frontMatterText(_ lines: inout [String]) -> [String] {
        guard let first = lines.first?.trimmingCharacters(in: .whitespaces), first == "---" || first == "+++" else { return [] }
        let closers: Set<String> = first == "---" ? ["---", "..."] : ["+++"]
        guard let end = lines.dropFirst().firstIndex(where: { closers.contains($0.trimmingCharacters(in: .whitespaces)) }) else { return [] }
        var texts: [String] = []
        for line in lines[1..<end] {
            guard let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { continue }
            let key = line[..<separator].trimmingCharacters(in: .whitespaces).lowercased()
            guard textFields.contains(key) else { continue }
            var value = line[line.index(after: separator)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            if value.contains(where: \.isLetter) { texts.append(value) }
        }
        lines.removeSubrange(0...end)
        return texts
    }

    /// Front matter fields that hold text to translate.
    static let textFields: Set<String> = ["title", "subtitle", "description", "summary"]

    /// `# Heading` (up to six `#`, closing ones dropped) → "Heading"; nil for another line.
    static func headingText(_ line: Substring) -> String? {
        let hashes = line.prefix(while: { $0 == "#" }).count
        guard (1...6).contains(hashes) else { return nil }
        let rest = line.dropFirst(hashes)
        guard rest.isEmpty || rest.first == " " else { return nil }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while text.hasSuffix("#") { text = String(text.dropLast()) }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// A list item's text without its marker ("- ", "* ", "+ ", "1. ", "2) ", a task's "[ ] ").
    static func listItemText(_ line: Substring) -> Substring? {
        var rest: Substring
        if let marker = line.first, "-*+".contains(marker), line.dropFirst().first == " " {
            rest = line.dropFirst(2)
        } else {
            let digits = line.prefix(while: \.isNumber)
            guard (1...9).contains(digits.count) else { return nil }
            let after = line.dropFirst(digits.count)
            guard let marker = after.first, marker == "." || marker == ")", after.dropFirst().first == " " else { return nil }
            rest = after.dropFirst(2)
        }
        rest = rest.drop(while: { $0 == " " })
        for task in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(task) { rest = rest.dropFirst(task.count) }
        return rest
    }

    /// A line of three or more `=`, `-`, `*` or `_` (spaces between allowed).
    static func isUnderline(_ line: String) -> Bool {
        let marks = line.filter { $0 != " " }
        guard marks.count >= 3, let mark = marks.first, "=-*_".contains(mark) else { return false }
        return marks.allSatisfy { $0 == mark }
    }

    /// `|---|:---:|` or `--- | ---`.
    static func isTableSeparator(_ line: String) -> Bool {
        line.contains("-") && line.contains("|") && line.allSatisfy { "|-: ".contains($0) }
    }

    /// The plain text of a paragraph's inline markup (its white space folded by the collector).
    static func inlineText(_ text: String) -> String {
        var characters = Array(text)
        characters = withoutLinksAndImages(characters)
        characters = withoutCodeMarks(characters)
        characters = withoutEmphasis(characters)
        characters = withoutTags(characters)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "\\", index + 1 < characters.count, characters[index + 1].isPunctuation || characters[index + 1].isSymbol {
                result.append(characters[index + 1])
                index += 2
                continue
            }
            result.append(characters[index])
            index += 1
        }
        return result
    }

    /// `[text](url)`, `[text][ref]` and `[text]` → text; `![alt](src)` → nothing; `[^1]` → nothing.
    static func withoutLinksAndImages(_ characters: [Character]) -> [Character] {
        var result: [Character] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            let isImage = character == "!" && index + 1 < characters.count && characters[index + 1] == "["
            guard character == "[" || isImage, !(index > 0 && characters[index - 1] == "\\") else {
                result.append(character)
                index += 1
                continue
            }
            let open = isImage ? index + 1 : index
            guard let close = matching("[", "]", in: characters, from: open) else {
                result.append(character)
                index += 1
                continue
            }
            let label = Array(characters[(open + 1)..<close])
            var next = close + 1
            if next < characters.count, characters[next] == "(", let end = matching("(", ")", in: characters, from: next) {
                next = end + 1
            } else if next < characters.count, characters[next] == "[", let end = matching("[", "]", in: characters, from: next) {
                next = end + 1
            } else if isImage {
                result.append(character)
                index += 1
                continue
            }
            if !isImage, label.first != "^" { result += withoutLinksAndImages(label) }
            index = next
        }
        return result
    }

    /// The index of the bracket that closes the one at `open`, nesting counted, within 1,000
    /// characters (a stray bracket costs no scan of a whole long paragraph).
    private static func matching(_ opener: Character, _ closer: Character, in characters: [Character], from open: Int) -> Int? {
        var depth = 0
        for index in open..<min(characters.count, open + 1_000) {
            if characters[index] == opener { depth += 1 } else if characters[index] == closer {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// Backticks of inline code go, the code stays ("`apt upgrade`" → "apt upgrade").
    static func withoutCodeMarks(_ characters: [Character]) -> [Character] {
        guard characters.filter({ $0 == "`" }).count >= 2 else { return characters }
        return characters.filter { $0 != "`" }
    }

    /// Emphasis markers (`*`, `_`, `~~`, in runs up to three) that open before a word and close
    /// after one; a run inside a word ("Lehrer*innen", "snake_case") or without a partner stays.
    static func withoutEmphasis(_ characters: [Character]) -> [Character] {
        struct Run { var start: Int; var length: Int; var mark: Character; var opens: Bool; var closes: Bool }
        var runs: [Run] = []
        var index = 0
        while index < characters.count {
            let mark = characters[index]
            guard mark == "*" || mark == "_" || mark == "~" else { index += 1; continue }
            var end = index
            while end < characters.count, characters[end] == mark { end += 1 }
            let before = index > 0 ? characters[index - 1] : " "
            let after = end < characters.count ? characters[end] : " "
            let length = end - index
            if length <= 3, mark != "~" || length == 2 {
                let opens = !after.isWhitespace && !(before.isLetter || before.isNumber)
                let closes = !before.isWhitespace && !(after.isLetter || after.isNumber)
                if opens || closes { runs.append(Run(start: index, length: length, mark: mark, opens: opens, closes: closes)) }
            }
            index = end
        }
        var remove = Set<Int>()
        var openers: [Run] = []
        for run in runs {
            if run.closes, let match = openers.lastIndex(where: { $0.mark == run.mark && $0.length == run.length }) {
                let opener = openers[match]
                for offset in 0..<run.length { remove.insert(opener.start + offset); remove.insert(run.start + offset) }
                openers.removeSubrange(match...)
            } else if run.opens {
                openers.append(run)
            }
        }
        return characters.enumerated().filter { !remove.contains($0.offset) }.map(\.element)
    }

    /// Inline HTML tags (`<br>`, `<span …>`, `</sup>`) go; an autolink keeps its address; a
    /// "<" that opens no tag ("a < b", no ">" within 300 characters) stays.
    static func withoutTags(_ characters: [Character]) -> [Character] {
        var result: [Character] = []
        var index = 0
        while index < characters.count {
            guard characters[index] == "<", index + 1 < characters.count,
                  characters[index + 1].isLetter || characters[index + 1] == "/",
                  let close = characters[index..<min(characters.count, index + 300)].firstIndex(of: ">") else {
                result.append(characters[index])
                index += 1
                continue
            }
            let inside = String(characters[(index + 1)..<close])
            if inside.contains("://") || inside.contains("@") { result += Array(inside) }
            index = close + 1
        }
        return result
    }
}
