import ArgumentParser
import Foundation
import GlossaKit

struct Terms: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Find the term pairs of a German text and its English version (a glossary).",
        discussion: """
        Aligns the two texts, then links German terms (nouns, compounds, acronyms, adjective + \
        noun) with English ones (noun phrases) by: the same word (NATO), exonyms (Brüssel / \
        Brussels, OSZE / OSCE), cognates (Deeskalation / de-escalation), compounds whose parts \
        all translate (Sicherheit + Garantie / security guarantee), a dictionary, and repeated \
        co-occurrence. Competitive linking gives every term one partner (two for a word the \
        dictionary translates two ways, each used in other sentences). A title both texts \
        quote is a pair of its own (Die Stimme des Windes / The Voice of the Wind). Base forms \
        come first, the variants seen after them.

        --dictionary takes Debian's Ding file (apt-get install trans-de-en; /usr/share/trans/de-en) \
        or a tab-separated glossary (German<TAB>English per line).

        --format json is a stable interface:
          {"sourceLanguage": "de", "targetLanguage": "en", "pairs": [{"source": "...", "target": "...",
           "sourceVariants": [...], "targetVariants": [...], "confidence": 0.93, "frequency": 2,
           "example": {"source": "...", "target": "..."}}, ...]}   sorted by confidence

        Example:
          glossa terms Corpora/nato-russia-2022-01/de.txt Corpora/nato-russia-2022-01/en.txt --dictionary /usr/share/trans/de-en
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, json
    }

    @Argument(help: ArgumentHelp("The German (source) text.", valueName: "source-file"))
    var sourceFile: String

    @Argument(help: ArgumentHelp("The English (target) text.", valueName: "target-file"))
    var targetFile: String

    @Option(help: ArgumentHelp("A bilingual dictionary: Ding format (trans-de-en) or German<TAB>English lines.", valueName: "file"))
    var dictionary: String?

    @Flag(help: "The files are already aligned: line n of one is the translation of line n of the other.")
    var aligned = false

    @Option(help: ArgumentHelp("Report pairs at or above this confidence (0–1).", valueName: "x"))
    var minConfidence: Double = 0.7

    @Option(help: ArgumentHelp("Output format.", valueName: "tsv|json"))
    var format: Format = .tsv

    @Flag(help: "Same as --format json (every command takes --json).")
    var json = false

    /// The format asked for, --json winning.
    var outputFormat: Format { json ? .json : format }

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence is between 0 and 1.") }
    }

    func run() throws {
        do {
            let source = try InputText.readArticle(sourceFile), target = try InputText.readArticle(targetFile)
            for input in [source, target] where !input.bytes.contains(where: { $0 > 0x20 }) {
                throw CLIError.badData("\(input.name) is empty: give glossa the text of both articles")
            }
            let sourceText = String(decoding: source.bytes, as: UTF8.self), targetText = String(decoding: target.bytes, as: UTF8.self)
            let words = try dictionary.map { try DictionaryFile.read($0, for: [sourceText]) } ?? BilingualDictionary()
            let alignment: DocumentAlignment
            let pairs: [TermPair]
            do {
                alignment = aligned
                    ? try Self.lineAligned(sourceText, targetText, source: source.name, target: target.name)
                    : try Glossa.align(sourceText: sourceText, targetText: targetText, dictionary: words)
                if let problem = alignment.problem(sourceName: source.name, targetName: target.name) {
                    throw CLIError.badData(problem.description)
                }
                pairs = try Glossa.terms(of: alignment, dictionary: words, threshold: minConfidence)
            } catch let error as SegmentationError {
                throw CLIError.badData(error.description)
            }
            FileHandle.standardOutput.write(Data(render(pairs, alignment).utf8))
        } catch let error as CLIError {
            throw fail(error)
        }
    }

    private func render(_ pairs: [TermPair], _ alignment: DocumentAlignment) -> String {
        switch outputFormat {
        case .tsv:
            var out = "source\ttarget\tconfidence\tfrequency\tevidence\tsource variants\ttarget variants\n"
            for pair in pairs {
                out += "\(pair.source)\t\(pair.target)\t\(String(format: "%.3f", pair.confidence))\t\(pair.frequency)\t\(pair.evidence)\t"
                out += pair.sourceVariants.joined(separator: "; ") + "\t" + pair.targetVariants.joined(separator: "; ") + "\n"
            }
            return out
        case .json:
            let document = TermsJSON(sourceLanguage: alignment.sourceLanguage.identifier, targetLanguage: alignment.targetLanguage.identifier,
                                     pairs: pairs)
            return JSONOutput.encode(document) + "\n"
        }
    }

    /// Line n with line n: both files must have the same number of lines.
    static func lineAligned(_ sourceText: String, _ targetText: String, source: String, target: String) throws -> DocumentAlignment {
        let sourceLines = sourceText.lines().map(String.init)
        let targetLines = targetText.lines().map(String.init)
        let trimmedSource = sourceLines.last == "" ? Array(sourceLines.dropLast()) : sourceLines
        let trimmedTarget = targetLines.last == "" ? Array(targetLines.dropLast()) : targetLines
        guard trimmedSource.count == trimmedTarget.count else {
            throw CLIError.badData("--aligned needs line-aligned files, but \(source) has \(trimmedSource.count) lines and \(target) \(trimmedTarget.count); use glossa align first")
        }
        let links = trimmedSource.indices.map { AlignmentLink(source: [$0], target: [$0], confidence: 1) }
        return DocumentAlignment(source: trimmedSource.map { .init(text: $0) }, target: trimmedTarget.map { .init(text: $0) },
                                 sourceLanguage: .german, targetLanguage: .english, links: links, sourceMetadata: nil, targetMetadata: nil)
    }
}

/// The stable JSON shape of `glossa terms --format json`.
struct TermsJSON: Encodable {
    let sourceLanguage: String
    let targetLanguage: String
    let pairs: [TermPair]
}
