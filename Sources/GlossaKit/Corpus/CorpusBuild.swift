import Foundation
import GlossaAlign
import GlossaCore
import GlossaExchange
import GlossaMemory
import GlossaText

/// The main job: article pairs → aligned sentence pairs (translation units) and term pairs
/// (glossary entries) in the memory.
///
/// Stages: read and check each article (UTF-8 text, not empty, the right languages) → segment
/// and align it → link terms over all articles' sentence pairs together (more articles give
/// better statistics) → write, in one transaction, the units of the articles whose sentence
/// pairs changed (a hash per article) and the glossary. Running it twice changes nothing; the
/// translator's approved and rejected entries keep their status.
public struct CorpusBuild {
    public struct Options: Sendable {
        public var dictionary: BilingualDictionary
        public var threshold: Double
        /// Collect term candidates of German files without an English partner (reported only).
        public var monolingual: Bool

        public init(dictionary: BilingualDictionary = .init(), threshold: Double = TermLinker.defaultThreshold, monolingual: Bool = false) {
            self.dictionary = dictionary
            self.threshold = threshold
            self.monolingual = monolingual
        }
    }

    /// What happened to one article.
    public struct ArticleReport: Sendable {
        public enum State: String, Sendable { case built, unchanged, skipped }
        public var name: String
        public var state: State
        public var sentencePairs: Int
        public var dropped: Int
        public var problem: String?
    }

    public struct Summary: Sendable {
        public var articles: [ArticleReport] = []
        /// Files and folders that could not be used (each message names the path).
        public var problems: [String] = []
        /// German files without an English partner (also among `problems` unless `monolingual`).
        public var unpaired: [String] = []
        public var units = ImportSummary()
        public var glossary = GlossarySummary()
        public var termPairs: [TermPair] = []
        /// With `monolingual`: German term candidates of files without an English partner,
        /// base form and how many sentences hold it, most frequent first.
        public var monolingualCandidates: [(term: String, sentences: Int)] = []
        public var sentencePairs: Int { articles.reduce(0) { $0 + $1.sentencePairs } }
        public var dropped: Int { articles.reduce(0) { $0 + $1.dropped } }
    }

    public var options: Options

    public init(options: Options = .init()) {
        self.options = options
    }

    /// Builds `paths` into `store`. `progress` is called once per article.
    public func run(paths: [String], into store: MemoryStore, progress: (ArticleReport) -> Void = { _ in }) throws -> Summary {
        var summary = Summary()
        let found = ArticleDiscovery.find(in: paths)
        summary.unpaired = found.unpaired
        summary.problems = found.problems.filter { !(options.monolingual && found.unpaired.contains($0.path)) }.map(\.description)
        var changed: [ArticleUnits] = []
        var allPairs: [AlignedPair] = []
        var articleOfSentence: [String: String] = [:]
        var builtOrigins = Set<String>()
        for article in found.pairs {
            let report: ArticleReport
            do {
                let (alignment, hash, meta) = try align(article)
                let pairs = alignment.pairs
                let date = alignment.sourceMetadata?.date ?? meta.date
                let dropped = alignment.links.filter { $0.source.isEmpty || $0.target.isEmpty }.count
                allPairs += pairs
                for pair in pairs where articleOfSentence[pair.source] == nil { articleOfSentence[pair.source] = article.name }
                builtOrigins.insert(article.name)
                let unchanged = try store.contentHash(ofOrigin: article.name) == hash
                if !unchanged {
                    let units = pairs.map {
                        TranslationUnit(pair: $0, sourceLanguage: alignment.sourceLanguage, targetLanguage: alignment.targetLanguage,
                                        origin: article.name, date: date)
                    }
                    changed.append(ArticleUnits(origin: Origin(name: article.name, kind: .article, contentHash: hash, date: date), units: units))
                }
                report = ArticleReport(name: article.name, state: unchanged ? .unchanged : .built, sentencePairs: pairs.count, dropped: dropped)
            } catch {
                report = ArticleReport(name: article.name, state: .skipped, sentencePairs: 0, dropped: 0, problem: "\(error)")
            }
            summary.articles.append(report)
            progress(report)
        }
        if options.monolingual {
            summary.monolingualCandidates = try monolingualCandidates(found.unpaired)
        }
        let terms = try TermLinker(dictionary: options.dictionary).link(allPairs, threshold: options.threshold)
        summary.termPairs = terms
        let entries = terms.map { pair in
            GlossaryEntry(source: pair.source, target: pair.target, sourceVariants: pair.sourceVariants.filter { $0 != pair.source },
                          targetVariants: pair.targetVariants.filter { $0 != pair.target }, confidence: (pair.confidence * 1000).rounded() / 1000,
                          frequency: pair.frequency, origin: articleOfSentence[pair.example.source] ?? paths.joined(separator: " "),
                          partOfSpeech: "noun", example: pair.example)
        }
        let written = try store.applyBuild(articles: changed, glossary: entries, withdrawingCandidatesOf: builtOrigins)
        summary.units = written.units
        summary.glossary = written.glossary
        return summary
    }

    /// German term candidates of articles that have no English version yet: counted per
    /// sentence over all such files, so a translator sees the terms coming before the
    /// translations do. Unreadable files are skipped (they are reported as unpaired already).
    func monolingualCandidates(_ paths: [String]) throws -> [(term: String, sentences: Int)] {
        let extractor = try GermanTermCandidates()
        let segmenter = try Glossa.segmenter(language: .german)
        var counts: [String: Int] = [:]
        for path in paths {
            guard let text = try? Self.readText(path) else { continue }
            for segment in segmenter.segment(text).segments {
                for base in Set(extractor.candidates(in: segment.text).map(\.base)) { counts[base, default: 0] += 1 }
            }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Reads, checks, segments and aligns one article. Throws a message naming the file.
    func align(_ article: ArticlePair) throws -> (DocumentAlignment, String, ArticleMeta) {
        let source = try Self.readText(article.sourcePath)
        let target = try Self.readText(article.targetPath)
        // The meta file is read like the articles (an "ANSI" one too); a missing one is no meta.
        let metaText = article.metaPath.flatMap { path in FileManager.default.contents(atPath: path) }
            .flatMap { try? TextFileDecoding.decode([UInt8]($0)).text }
        let meta = metaText.map(ArticleMeta.init) ?? ArticleMeta(text: "")
        let alignment = try Glossa.align(sourceText: source, targetText: target, dictionary: options.dictionary)
        if let problem = alignment.problem(sourceName: article.sourcePath, targetName: article.targetPath) {
            throw BuildProblem(message: problem.description)
        }
        // The hash is over what the memory would hold, the sentence pairs and the meta, not the
        // files: a glossa that segments or aligns an unchanged article differently rewrites its
        // units (with the files' hash, an older build's pairs stayed, "des VIII." cut off its
        // noun), and a file saved again with other line endings rewrites nothing.
        var hash = StableHash()
        for pair in alignment.pairs {
            hash.combine(pair.source)
            hash.combine(pair.target)
        }
        hash.combine(metaText ?? "")
        hash.combine(Glossa.version)
        return (alignment, hash.hex, meta)
    }

    /// The file's text, or a problem naming it: unreadable, binary, damaged UTF-8, empty.
    /// UTF-8, UTF-16 with a byte order mark, or Windows-1252 (see `TextFileDecoding`).
    public static func readText(_ path: String) throws -> String {
        // A Word or OpenDocument file: the text of its paragraphs.
        if OfficeDocumentText.kind(ofPath: path) != nil {
            let text: String
            do { text = try OfficeDocumentText.text(ofFile: path) } catch { throw BuildProblem(message: error.description) }
            guard text.contains(where: { $0.isLetter }) else { throw BuildProblem(message: "\(path): the article is empty") }
            return text
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BuildProblem(message: "\(path): cannot read the file")
        }
        var text: String
        do {
            text = try TextFileDecoding.decode([UInt8](data)).text
        } catch {
            throw BuildProblem(message: "\(path)\(error.hasPosition ? ":" : ": ")\(error); save it as UTF-8")
        }
        // A page saved from the web, or Markdown: the text of its article.
        if MarkdownArticleText.hasMarkdownExtension(path) {
            text = MarkdownArticleText.text(of: text)
        } else if HTMLArticleText.isPage(text, path: path) {
            text = HTMLArticleText.text(ofPage: text)
        }
        guard text.contains(where: { $0.isLetter }) else { throw BuildProblem(message: "\(path): the article is empty") }
        return text
    }
}

/// Why one article was skipped.
public struct BuildProblem: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
