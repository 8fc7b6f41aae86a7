import ArgumentParser
import Foundation
import GlossaKit

struct Concordance: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show a word in context in the memory's sentences, with their translations.",
        discussion: """
        Finds the word in both languages, also inside compounds ("Aufmarsch" finds \
        "Truppenaufmarsch"), ignoring case.

        --json: {"word": "…", "total": 12, "lines": [{"language": "de", "left": "…", "keyword": "…", \
        "right": "…", "translation": "…", "translationLanguage": "en", "origin": "…"}, …]}
        """
    )

    @Argument(help: "The word or phrase.")
    var word: String

    @Option(help: ArgumentHelp("Only sentences in this language.", valueName: "tag"))
    var language: LanguageTag?

    @Option(help: ArgumentHelp("At most this many lines.", valueName: "n"))
    var limit: Int = 20

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        guard !word.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("Give a word to look for.") }
        // A word copied out of a sentence, with its comma or quotes, is looked for without them
        // (a query of punctuation only, "%", stays as it is).
        let trimmed = CopiedWord.trimmed(word)
        if !trimmed.isEmpty { word = trimmed }
        guard limit > 0 else { throw ValidationError("--limit is at least 1.") }
    }

    struct Document: Encodable {
        var word: String
        var total: Int
        var lines: [ConcordanceLine]
    }

    func run() throws {
        try reportingErrors {
            let store = try memory.openExisting()
            let (lines, total) = try store.concordance(word, language: language, limit: limit)
            if output.json {
                Terminal.write(JSONOutput.encode(Document(word: word, total: total, lines: lines)) + "\n")
                return
            }
            let width = 40
            for line in lines {
                let left = line.left.count > width ? "…" + line.left.suffix(width - 1) : String(repeating: " ", count: width - line.left.count) + line.left
                let right = line.right.count > width ? line.right.prefix(width - 1) + "…" : line.right
                Terminal.write("\(line.language.identifier)  \(left)\(Terminal.highlight(line.keyword))\(right)\n")
                if let translation = line.translation, let other = line.translationLanguage {
                    Terminal.write(Terminal.dim("\(other.identifier)  \(translation)") + "\n")
                }
            }
            Terminal.write("\(total) sentence\(total == 1 ? " contains" : "s contain") \"\(word)\"\(lines.count < total ? " (\(lines.count) shown)" : "").\n")
        }
    }
}
