import ArgumentParser
import Foundation
import GlossaKit

struct Match: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Fuzzy-match a sentence against the memory.",
        discussion: """
        The match percentage is OmegaT's: Levenshtein distance over word tokens, \
        100 · (max(len) − distance) / max(len). Identical words with different punctuation, \
        case or spacing score 99, so 100 means the very same sentence. A difference only in \
        numbers (and months' names: a date) is marked, and when each of the stored numbers is found \
        once in the translation, the translation is given with the query's numbers and months and \
        the match loses one point per number instead (as CAT tools treat numbers and dates). On a terminal the words that differ are highlighted.

        --json: {"query": "…", "matches": [{"score": 87, "source": "…", "target": "…", \
        "tuid": "…", "origin": "…", "numbersOnly": false, "adaptedTarget": "…", "sourceWithCodes": "…", \
        "targetWithCodes": "…"}, …]} best first; tuid and target null where the unit has none; adaptedTarget only when the numbers were carried \
        over, sourceWithCodes and targetWithCodes only for segments with inline codes (a TMX \
        segment's <bpt>, <ph>, …: "Click <b>Save</b> and close {0}."), which the translation \
        line on a terminal shows too. A query of several sentences (a pasted paragraph) is \
        matched whole and sentence by sentence: "sentences": [{"query": "…", "matches": […]}, …].

        Example:
          glossa match "Russland habe der NATO Schritte zur Deeskalation angeboten."
        """
    )

    @Argument(help: "The sentence to match.")
    var sentence: String

    @Option(help: ArgumentHelp("Lowest match percentage to show.", valueName: "0-100"))
    var threshold: Int = 70

    @Option(help: ArgumentHelp("At most this many matches.", valueName: "n"))
    var limit: Int = 5

    @Option(help: ArgumentHelp("The sentence's language (default: any; a stored sentence in any language can match).", valueName: "tag"))
    var from: LanguageTag?

    @Option(help: ArgumentHelp("The translation's language (default: any other).", valueName: "tag"))
    var to: LanguageTag?

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard sentence.contains(where: { $0.isLetter || $0.isNumber }) else { throw ValidationError("Give a sentence to match.") }
        guard (0...100).contains(threshold) else { throw ValidationError("--threshold is between 0 and 100.") }
        guard limit > 0 else { throw ValidationError("--limit is at least 1.") }
    }

    struct Item: Encodable {
        var score: Int
        var source: String
        /// The keys the interface names are always there, null where a unit has no tuid or no
        /// translation; the optional extras below only where they apply.
        @NullWhenAbsent var target: String?
        @NullWhenAbsent var tuid: String?
        var origin: String
        var numbersOnly: Bool
        var adaptedTarget: String?
        var sourceWithCodes: String?
        var targetWithCodes: String?
    }

    func run() throws {
        try reportingErrors {
            let store = try memory.openExisting()
            let matches = try store.match(sentence, from: from, to: to, threshold: threshold, limit: limit)
            // A paragraph is matched whole (a unit may hold several sentences) and sentence by
            // sentence, as a CAT tool pre-translates it.
            let sentences = try Glossa.querySentences(sentence, language: from)
            let perSentence = sentences.count > 1
                ? try sentences.map { ($0, try store.match($0, from: from, to: to, threshold: threshold, limit: limit)) }
                : []
            if output.json {
                func items(_ matches: [FuzzyMatch]) -> [Item] {
                    matches.map {
                        Item(score: $0.score.percent, source: $0.source, target: $0.target, tuid: $0.tuid, origin: $0.origin,
                             numbersOnly: $0.score.differsOnlyInNumbers, adaptedTarget: $0.adaptedTarget,
                             sourceWithCodes: $0.sourceWithCodes, targetWithCodes: $0.targetWithCodes)
                    }
                }
                let document = MatchJSON(query: sentence, matches: items(matches),
                                         sentences: perSentence.isEmpty ? nil : perSentence.map { SentenceJSON(query: $0.0, matches: items($0.1)) })
                Terminal.write(JSONOutput.encode(document) + "\n")
                return
            }
            if !perSentence.isEmpty {
                if !matches.isEmpty {
                    Terminal.write(Terminal.bold("The whole text:") + "\n")
                    write(matches)
                }
                for (index, (query, found)) in perSentence.enumerated() {
                    Terminal.write(Terminal.bold("Sentence \(index + 1) of \(perSentence.count):") + " \(query)\n")
                    if found.isEmpty { Terminal.write("      no match at or above \(threshold)%\n") } else { write(found) }
                }
                return
            }
            if matches.isEmpty {
                Terminal.write("No match at or above \(threshold)%.\n")
                return
            }
            write(matches)
        }
    }

    /// The matches, best first: score, stored sentence with its differences highlighted,
    /// translation, origin.
    private func write(_ matches: [FuzzyMatch]) {
        for match in matches {
            var label = "\(match.score.percent)%"
            if match.adaptedTarget != nil { label += " (numbers carried over)" } else if match.score.differsOnlyInNumbers { label += " (only numbers differ)" }
            Terminal.write("\(Terminal.bold(label))  \(Self.highlighted(match))\n")
            if let adapted = match.adaptedTarget {
                Terminal.write("      \(adapted)\n")
                Terminal.write(Terminal.dim("      stored: \(match.target ?? "")") + "\n")
            } else {
                Terminal.write("      \(match.targetWithCodes ?? match.target ?? "")\n")
            }
            Terminal.write(Terminal.dim("      \(match.origin)\(match.tuid.map { " #\($0)" } ?? "")") + "\n")
        }
    }

    /// The stored sentence with the words that differ from the query highlighted.
    static func highlighted(_ match: FuzzyMatch) -> String {
        var out = ""
        var position = match.source.startIndex
        for range in match.differingRanges.sorted(by: { $0.lowerBound < $1.lowerBound }) where range.lowerBound >= position {
            out += match.source[position..<range.lowerBound]
            out += Terminal.highlight(String(match.source[range]))
            position = range.upperBound
        }
        return out + match.source[position...]
    }
}

/// The stable JSON shape of `glossa match --json`; `sentences` only for a query of several
/// sentences.
struct MatchJSON: Encodable {
    var query: String
    var matches: [Match.Item]
    var sentences: [SentenceJSON]?
}

/// One sentence of a query of several, with its own matches.
struct SentenceJSON: Encodable {
    var query: String
    var matches: [Match.Item]
}
