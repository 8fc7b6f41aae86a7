import ArgumentParser
import Foundation
import GlossaKit

struct Align: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Align the sentences of a German text with those of its English version.",
        discussion: """
        Segments both files (or takes them as they are with --segmented: one sentence per line, \
        a blank line or <p> between paragraphs) and pairs their sentences: 1-1, 2-1, 1-2, 2-2, \
        3-1, 1-3, and 1-0 / 0-1 for a sentence the other version does not have. Evidence: sentence \
        lengths, numbers read by locale (100.000 = 100,000), names and acronyms, cognates \
        (Deeskalation / de-escalation), exonyms (Brüssel / Brussels), a dictionary learned \
        from a first pass, and one you give with --dictionary (Debian's trans-de-en: \
        /usr/share/trans/de-en), which finds more of the sentences a translator split or \
        merged. Every link has a confidence from 0 to 1.

        --format json is a stable interface for scripts:
          {"source": {"language": "de", "sentences": [...]}, "target": {...},
           "links": [{"source": [0], "target": [0], "confidence": 0.97}, ...],
           "lexicalSupport": 0.27}
        Indices point into the sentence lists; every sentence is in exactly one link; links \
        are in document order.

        Examples:
          glossa align Corpora/nato-russia-2022-01/de.txt Corpora/nato-russia-2022-01/en.txt
          glossa align de.txt en.txt --format tmx > pairs.tmx
          glossa align de.txt en.txt --dictionary /usr/share/trans/de-en
          glossa align de.sentences en.sentences --segmented --format json
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tsv, json, tmx
    }

    @Argument(help: ArgumentHelp("The German (source) text.", valueName: "source-file"))
    var sourceFile: String

    @Argument(help: ArgumentHelp("The English (target) text.", valueName: "target-file"))
    var targetFile: String

    @Flag(help: "The files are already one sentence per line (a blank line or <p> marks a paragraph).")
    var segmented = false

    @Option(help: ArgumentHelp("Output format.", valueName: "tsv|json|tmx"))
    var format: Format = .tsv

    @Flag(help: "Same as --format json (every command takes --json).")
    var json = false

    /// The format asked for, --json winning.
    var outputFormat: Format { json ? .json : format }

    @Option(help: ArgumentHelp("A bilingual dictionary for more word evidence: Ding format (trans-de-en) or German<TAB>English lines.",
                               valueName: "file"))
    var dictionary: String?

    @Option(help: ArgumentHelp("Language of the source file.", valueName: "tag"))
    var sourceLang: LanguageTag = .german

    @Option(help: ArgumentHelp("Language of the target file.", valueName: "tag"))
    var targetLang: LanguageTag = .english

    func run() throws {
        do {
            let source = try InputText.readArticle(sourceFile)
            let target = try InputText.readArticle(targetFile)
            for (input, language) in [(source, sourceLang), (target, targetLang)] {
                guard input.bytes.contains(where: { $0 > 0x20 }) else { throw CLIError.badData("\(input.name) is empty: give glossa a text in \(language)") }
            }
            let sourceText = String(decoding: source.bytes, as: UTF8.self)
            let targetText = String(decoding: target.bytes, as: UTF8.self)
            let words = try dictionary.map { try DictionaryFile.read($0, for: [sourceText]) } ?? BilingualDictionary()
            let result: DocumentAlignment
            do {
                result = segmented
                    ? try Glossa.alignSegmented(sourceText: sourceText, targetText: targetText, sourceLanguage: sourceLang,
                                                targetLanguage: targetLang, dictionary: words)
                    : try Glossa.align(sourceText: sourceText, targetText: targetText, sourceLanguage: sourceLang,
                                       targetLanguage: targetLang, dictionary: words)
            } catch {
                throw CLIError.badData(error.description)
            }
            if let problem = result.problem(sourceName: source.name, targetName: target.name) {
                // Only align takes other language pairs.
                if case .swappedLanguage = problem {
                    throw CLIError.badData(problem.description + " or give the languages with --source-lang / --target-lang")
                }
                throw CLIError.badData(problem.description)
            }
            FileHandle.standardOutput.write(Data(render(result).utf8))
        } catch let error as CLIError {
            throw fail(error)
        }
    }

    private func render(_ result: DocumentAlignment) -> String {
        switch outputFormat {
        case .tsv:
            var out = "bead\tconfidence\tsource\ttarget\n"
            for link in result.links {
                let source = link.source.map { result.source[$0].text }.joined(separator: " ")
                let target = link.target.map { result.target[$0].text }.joined(separator: " ")
                out += "\(link.beadType)\t\(String(format: "%.3f", link.confidence))\t\(source.tsvField)\t\(target.tsvField)\n"
            }
            return out
        case .json:
            return AlignJSON(result).encoded() + "\n"
        case .tmx:
            return TMXWriter.write(pairs: result.pairs, sourceLanguage: result.sourceLanguage, targetLanguage: result.targetLanguage,
                                   creationToolVersion: Glossa.version, date: result.sourceMetadata?.date)
        }
    }
}

/// The stable JSON shape of `glossa align --format json`.
struct AlignJSON: Encodable {
    struct Side: Encodable {
        let language: String
        let sentences: [String]
    }

    let source: Side
    let target: Side
    let links: [AlignmentLink]
    /// The share of the 1-1 links' words that find a partner on the other side by the text
    /// alone (a dictionary's translations not counted): translations 0.18–0.45, unrelated texts
    /// below 0.05. A quality figure like hunalign's, for scripts that sort out bad pairs themselves.
    let lexicalSupport: Double?

    init(_ result: DocumentAlignment) {
        source = Side(language: result.sourceLanguage.identifier, sentences: result.source.map(\.text))
        target = Side(language: result.targetLanguage.identifier, sentences: result.target.map(\.text))
        links = result.links
        lexicalSupport = result.lexicalSupport.map { ($0.matchRate * 1000).rounded() / 1000 }
    }

    func encoded() -> String { JSONOutput.encode(self) }
}

extension String {
    /// A TSV field: tabs and line breaks inside become spaces.
    var tsvField: String {
        String(map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}
