import ArgumentParser
import Foundation
import GlossaKit

struct Analyze: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Analyse a document against the memory: its sentences and words per match band.",
        discussion: """
        What a CAT tool's analysis reports before a job is quoted: the document is split into \
        sentences (a text file, a web page, a Word or OpenDocument file, or - for standard \
        input; a gettext catalog or template, .po or .pot, into its messages; an XLIFF file, \
        .xlf, .xliff, .sdlxliff or .mqxliff, into its segments to translate), each is matched against the memory as `glossa match` does, and the sentences \
        and words are counted per band: repetitions (a sentence met earlier in the document), \
        100%, 95–99%, 85–94%, 75–84%, 50–74%, no match. Words are counted as CAT tools count \
        them: runs between spaces that hold a letter or digit. --details lists every sentence \
        with its best match.

        --json is a stable interface:
          {"file": "…", "language": "de", "sentences": 42, "words": 812,
           "bands": [{"band": "repetition", "sentences": 2, "words": 18},
                     {"band": "100", …}, …, {"band": "no match", …}],
           "segments": [{"text": "…", "words": 12, "band": "85-94",
                         "score": 87, "source": "…", "target": "…",
                         "tuid": "…", "origin": "…"}, …]}
        score, source, target, tuid and origin only where a match was found.

        Example:
          glossa analyze new-article.de.txt --details
        """
    )

    @Argument(help: ArgumentHelp("The document to analyse, or - for standard input.", valueName: "file"))
    var file: String

    @Option(help: ArgumentHelp("The document's language (default: German or English, as its words suggest).", valueName: "de|en"))
    var from: LanguageTag?

    @Option(help: ArgumentHelp("The translation's language (default: any other).", valueName: "tag"))
    var to: LanguageTag?

    @Flag(help: "List every sentence with its best match.")
    var details = false

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let from, !["de", "en"].contains(from.language) {
            throw ValidationError("--from takes de or en: glossa segments German and English.")
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try memory.openExisting()
            let (name, document) = try readDocument()
            // An empty document is a wrong file more often than a job of no words.
            guard !document.sentences.isEmpty else {
                throw CLIError.badData("\(name) holds no sentences to analyse: give glossa the document's text (a text file, web page, Word or OpenDocument file, a gettext catalog or an XLIFF file)")
            }
            // A long document takes a while (a few milliseconds a sentence): progress on a terminal.
            var asked = 0
            let analysis = try MatchAnalysis(sentences: document.sentences) { sentence in
                asked += 1
                if asked % 50 == 0 {
                    Terminal.progress("\(name) " + Terminal.bar(done: asked, of: document.sentences.count) + " \(asked.formatted()) sentences")
                }
                return try store.match(sentence, from: document.language, to: to, threshold: MatchAnalysis.lowestMatch, limit: 1).first
            }
            Terminal.endProgress()
            if output.json {
                Terminal.write(JSONOutput.encode(AnalysisJSON(file: name, language: document.language.identifier, analysis)) + "\n")
                return
            }
            if details { writeDetails(analysis) }
            Terminal.write("\(name) (\(document.language.identifier)): \(counted(analysis.sentences.count, "sentence")), "
                + "\(counted(analysis.words, "word")), against \(memory.path)\n\n")
            Terminal.write(Self.table(analysis))
        }
    }

    /// The document's name for messages, its language and its segments: a CAT tool's bilingual
    /// file its segments to translate and a software catalog its messages, as their tools count
    /// them; any other document its sentences.
    private func readDocument() throws -> (name: String, document: (language: LanguageTag, sentences: [String])) {
        /// Segments with their white space folded, those with no letter or digit left out.
        func segments(_ texts: [String]) -> [String] {
            texts.map { $0.split(whereSeparator: \.isWhitespace).joined(separator: " ") }.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        }
        // The kinds `import` tells by name: XLIFF, a gettext catalog (also gzipped: "de.po.gz").
        let kind = Glossa.ImportKind(path: file)
        if kind == .xliff {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw CLIError.unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")
            }
            let units: [TranslationUnit]
            do {
                let reader = try XLIFFReader(path: file)
                reader.sourcesOnly = true
                units = try reader.readAll()
            } catch {
                throw CLIError.badData(error.description)
            }
            // "de-DE" of the file matches the memory's "de" and "de-AT" too: the language alone.
            let language = from ?? units.first.map { $0.variants[0].language.primary } ?? .german
            return (file, (language, segments(units.map { $0.variants[0].text })))
        }
        if kind == .gettext {
            let catalog: (language: LanguageTag, messages: [String])
            do {
                guard let bytes = try InputFile.contents(of: file) else {
                    throw CLIError.unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")
                }
                catalog = try POReader.sourceMessages(bytes: bytes, file: file)
            } catch let error as POError {
                throw CLIError.badData(error.description)
            } catch let error as InputFileError {
                throw CLIError.unreadable(file: file, reason: error.description)
            }
            return (file, (from ?? catalog.language, segments(catalog.messages)))
        }
        let input = try InputText.readArticle(file)
        let sentences: (language: LanguageTag, sentences: [String])
        do {
            sentences = try Glossa.documentSentences(utf8: input.bytes, language: from)
        } catch {
            throw CLIError.badData(error.description)
        }
        return (input.name, sentences)
    }

    private func writeDetails(_ analysis: MatchAnalysis) {
        for sentence in analysis.sentences {
            let label = sentence.band == .repetition ? "rep" : sentence.best.map { "\($0.score.percent)%" } ?? "—"
            Terminal.write(Terminal.bold(label.padding(toLength: 5, withPad: " ", startingAt: 0)) + " \(sentence.text)\n")
            if sentence.band != .repetition, let best = sentence.best {
                Terminal.write("      \(best.adaptedTarget ?? best.targetWithCodes ?? best.target ?? "")\n")
                Terminal.write(Terminal.dim("      \(best.source)") + "\n")
            }
        }
        Terminal.write("\n")
    }

    /// The bands, best first, with their sentences, words and share of the words; a total row.
    static func table(_ analysis: MatchAnalysis) -> String {
        func right(_ value: String, _ width: Int) -> String { String(repeating: " ", count: max(0, width - value.count)) + value }
        func share(_ words: Int) -> String {
            analysis.words == 0 ? "–" : String(format: "%.1f%%", 100 * Double(words) / Double(analysis.words))
        }
        var rows = [["Match", right("Sentences", 9), right("Words", 7), right("Share", 6)]]
        for total in analysis.totals {
            rows.append([total.band.label, right("\(total.sentences)", 9), right("\(total.words)", 7), right(share(total.words), 6)])
        }
        rows.append(["Total", right("\(analysis.sentences.count)", 9), right("\(analysis.words)", 7), right(share(analysis.words), 6)])
        return Columns.render(rows)
    }
}

/// The stable JSON shape of `glossa analyze --json`.
struct AnalysisJSON: Encodable {
    struct Total: Encodable {
        var band: MatchAnalysis.Band
        var sentences: Int
        var words: Int
    }

    struct Segment: Encodable {
        var text: String
        var words: Int
        var band: MatchAnalysis.Band
        var score: Int?
        var source: String?
        var target: String?
        var tuid: String?
        var origin: String?
    }

    var file: String
    var language: String
    var sentences: Int
    var words: Int
    var bands: [Total]
    var segments: [Segment]

    init(file: String, language: String, _ analysis: MatchAnalysis) {
        self.file = file
        self.language = language
        sentences = analysis.sentences.count
        words = analysis.words
        bands = analysis.totals.map { Total(band: $0.band, sentences: $0.sentences, words: $0.words) }
        segments = analysis.sentences.map { sentence in
            Segment(text: sentence.text, words: sentence.words, band: sentence.band, score: sentence.best?.score.percent,
                    source: sentence.best?.source, target: sentence.best?.adaptedTarget ?? sentence.best?.target,
                    tuid: sentence.best?.tuid, origin: sentence.best?.origin)
        }
    }
}
