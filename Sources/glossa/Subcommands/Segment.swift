import ArgumentParser
import Foundation
import GlossaKit

struct Segment: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Split German or English text into sentences.",
        discussion: """
        Reads a text file (or standard input with -), one paragraph per line or hard-wrapped \
        (told apart by the lines: see --line-breaks), or a web page (.html), Word (.docx), \
        OpenDocument (.odt) or Markdown (.md) file as the text of its paragraphs, and \
        prints one sentence per line. ICU's sentence break iterator proposes boundaries and \
        glossa's SRX rules correct it for abbreviations (z. B., Dr., Mr., U.S.), German ordinals \
        and dates (am 12. Januar), initials, ellipses and URLs. A paragraph boundary always \
        breaks. A metadata header such as `date 2022-01` at the start is reported, not \
        segmented.

        --format json is a stable interface for scripts:
          {"language": "de", "metadata": {...}, "sentences": [{"text": "...", "start": 0, "end": 57}, ...]}
        start and end are UTF-8 byte offsets into the input (half-open); the sentences' ranges \
        (and the metadata's) tile the input with nothing lost; text is trimmed, a hard-wrapped \
        sentence on one line.

        Examples:
          glossa segment Corpora/nato-russia-2022-01/de.txt --lang de
          echo "Dr. Müller kam am 12. Januar. Er blieb." | glossa segment - --lang de
          glossa segment --export-rules > glossa.srx    # edit, then: --rules glossa.srx
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, tsv
    }

    @Argument(help: ArgumentHelp("The text file to segment, or - for standard input.", valueName: "file"))
    var file: String?

    @Option(name: [.customLong("lang"), .customShort("l")], help: ArgumentHelp("The text's language: de or en (a BCP 47 tag such as de-AT works).", valueName: "de|en"))
    var language: LanguageTag?

    @Option(help: ArgumentHelp("Output format.", valueName: "text|json|tsv"))
    var format: Format = .text

    @Flag(help: "Same as --format json (every command takes --json).")
    var json = false

    /// The format asked for, --json winning.
    var outputFormat: Format { json ? .json : format }

    @Option(help: ArgumentHelp("An SRX 2.0 rules file used instead of glossa's rules (ICU still proposes boundaries).", valueName: "file.srx"))
    var rules: String?

    @Option(help: ArgumentHelp("An SRX 2.0 rules file whose rules come before glossa's (they win where both match).", valueName: "file.srx"))
    var addRules: String?

    @Option(help: ArgumentHelp("How line breaks are read: paragraph (each line is a paragraph), wrapped (only blank lines and list items separate paragraphs) or automatic (wrapped when most lines run on into the next, as in text saved at 72 columns).", valueName: "automatic|paragraph|wrapped"))
    var lineBreaks: LineBreakMode = .automatic

    @Flag(help: "Do not look for a metadata header (date 2022-01) at the start.")
    var noMetadata = false

    @Flag(help: "Print glossa's sentence rules as an SRX 2.0 file and exit.")
    var exportRules = false

    func validate() throws {
        if exportRules { return }
        guard file != nil else { throw ValidationError("Give a file to segment (or - for standard input).") }
        guard language != nil else { throw ValidationError("Give the text's language with --lang de or --lang en.") }
        if rules != nil && addRules != nil { throw ValidationError("--rules replaces glossa's rules and --add-rules extends them: give one of the two.") }
    }

    func run() throws {
        if exportRules {
            print(Glossa.defaultRulesSRX(), terminator: "")
            return
        }
        guard let file, let language else { return }
        do {
            let choice = try ruleChoice()
            if case .defaults = choice, !["de", "en"].contains(language.language) {
                throw CLIError.unsupportedLanguage(language.identifier)
            }
            let input = try InputText.readArticle(file)
            let segmenter: SentenceSegmenter
            do {
                segmenter = try Glossa.segmenter(language: language, rules: choice,
                                                 options: .init(lineBreaks: lineBreaks, detectsMetadata: !noMetadata))
            } catch {
                throw CLIError.badData(error.description)
            }
            let result = input.bytes.withUnsafeBufferPointer { segmenter.segment(utf8: $0) }
            write(result)
        } catch let error as CLIError {
            throw fail(error)
        }
    }

    private func ruleChoice() throws(CLIError) -> RuleChoice {
        guard let path = rules ?? addRules else { return .defaults }
        let input = try InputText.read(path)
        do {
            let result = try Glossa.readRules(bytes: input.fileBytes, file: input.name)
            for diagnostic in result.diagnostics { StandardError.print("glossa: \(diagnostic)") }
            return rules != nil ? .replace(result.rules) : .extend(result.rules)
        } catch {
            throw .badData(error.description)
        }
    }

    private func write(_ result: SegmentedText) {
        var out = ""
        switch outputFormat {
        case .text:
            for segment in result.segments { out += segment.text.singleLine + "\n" }
        case .tsv:
            out += "index\tparagraph\tstart\tend\ttext\n"
            for (index, segment) in result.segments.enumerated() {
                out += "\(index)\t\(segment.paragraph)\t\(segment.range.start)\t\(segment.range.end)\t\(segment.text.singleLine.replacingOccurrences(of: "\t", with: " "))\n"
            }
        case .json:
            out = SegmentJSON(result).encoded() + "\n"
        }
        FileHandle.standardOutput.write(Data(out.utf8))
    }
}

extension LineBreakMode: ExpressibleByArgument {}

/// The stable JSON shape of `glossa segment --format json`.
struct SegmentJSON: Encodable {
    struct Sentence: Encodable {
        let text: String
        let start: Int
        let end: Int
    }

    struct Metadata: Encodable {
        let fields: [String: String]
        let start: Int
        let end: Int
    }

    let language: String
    let metadata: Metadata?
    let sentences: [Sentence]

    init(_ result: SegmentedText) {
        language = result.language.identifier
        metadata = result.metadata.map { metadata in
            Metadata(fields: Dictionary(metadata.fields.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first }),
                     start: metadata.range.start, end: metadata.range.end)
        }
        sentences = result.segments.map { Sentence(text: $0.text, start: $0.range.start, end: $0.range.end) }
    }

    func encoded() -> String { JSONOutput.encode(self) }
}

extension String {
    /// Line breaks inside a sentence (wrapped input) shown as spaces, for one-line-per-sentence output.
    var singleLine: String {
        // Fast path on bytes: most sentences have no line break at all.
        guard utf8.contains(where: { $0 == 0x0A || $0 == 0x0D || $0 == 0xE2 || $0 == 0xC2 }) else { return self }
        return String(map { $0.isNewline ? " " : $0 })
    }
}
