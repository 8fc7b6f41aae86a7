import ArgumentParser
import Foundation
import GlossaKit

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the memory and glossary from folders of German articles and their English versions.",
        discussion: """
        Finds article pairs (de.txt + en.txt in a folder, NAME.de.txt + NAME.en.txt or \
        NAME_de.txt + NAME_en.txt side by side, de/NAME.txt + en/NAME.txt; web pages saved as \
        .html or .htm, Word (.docx), OpenDocument (.odt) and Markdown (.md) files wherever .txt \
        is, read as the text of their article), reads \
        their meta file and `date YYYY-MM` header, segments and aligns each, links term pairs \
        over the whole collection, and stores sentence pairs as translation units and term pairs \
        as glossary entries, all in one transaction. An article whose sentence pairs come out \
        as before is not rewritten; approved and rejected glossary entries keep their status.

        Uses Debian's trans-de-en dictionary (/usr/share/trans/de-en) when it is installed, \
        unless --no-dictionary; --dictionary names another Ding file or a German<TAB>English one.

        A file that cannot be used (unreadable, binary, empty, wrong language, no partner) is \
        reported and skipped; the rest is built; the exit code is then 65.

        Example:
          glossa build Corpora --glossary-out Glossaries --tmx-out memory.tmx
        """
    )

    static let debianDictionary = "/usr/share/trans/de-en"

    @Argument(help: ArgumentHelp("Folders or German files (default: Corpora).", valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("Also write the glossary here as glossary.tbx (TBX v3), glossary-v2.tbx (TBX v2, for OmegaT) and glossary.tsv (OmegaT).", valueName: "dir"))
    var glossaryOut: String?

    @Option(help: ArgumentHelp("Also write the whole memory as TMX 1.4b.", valueName: "file"))
    var tmxOut: String?

    @Option(help: ArgumentHelp("A Ding dictionary or German<TAB>English lines (default: /usr/share/trans/de-en when installed).",
                               valueName: "file"))
    var dictionary: String?

    @Flag(help: "Do not use a dictionary even if one is installed.")
    var noDictionary = false

    @Flag(help: "Collect the term candidates of German files without an English partner (listed in the summary and, with --glossary-out, in candidates.de.tsv) instead of counting those files as problems.")
    var monolingual = false

    @Option(help: ArgumentHelp("How many glossary entries the summary shows.", valueName: "n"))
    var top: Int = 10

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    /// The stable JSON shape of `glossa build --json`.
    struct Report: Encodable {
        struct Article: Encodable {
            var name: String
            var state: String
            var sentencePairs: Int
            var withoutPartner: Int
            var problem: String?
        }
        var articles: [Article]
        var problems: [String]
        var units: ImportSummary
        var glossary: GlossarySummary
        var termPairs: Int
        var seconds: Double
        var memory: String
    }

    func run() throws {
        let started = Date()
        let roots = paths.isEmpty ? ["Corpora"] : paths
        try reportingErrors {
            // Nothing to build is said before the memory is opened, so no empty memory is left behind.
            let found = ArticleDiscovery.find(in: roots)
            if found.pairs.isEmpty && found.problems.isEmpty && found.unpaired.isEmpty {
                StandardError.print("glossa: no articles found in \(roots.joined(separator: ", ")). glossa looks for a German text "
                    + "and its English version as de.txt + en.txt in a folder, NAME.de.txt + NAME.en.txt (or NAME_de.txt, "
                    + "NAME-de.txt, NAME_DE.txt, DE_NAME.txt, NAME (de).txt, NAME.deu.txt, NAME_German.txt, NAME.de-DE.txt with the English "
                    + "named alike) side by side, or de/NAME.txt + en/NAME.txt (or German/ + English/) (web pages as .html or .htm, Word and "
                    + "OpenDocument files as .docx or .odt, Markdown as .md wherever .txt is); "
                    + "name the files one of these ways.")
                throw ExitCode(66)
            }
            let store = try memory.open()
            var words = BilingualDictionary()
            // Without Ding installed, the summary says how to get the pairs it would have given.
            var dictionaryNote = noDictionary || dictionary != nil ? "no dictionary" : "no dictionary: apt-get install trans-de-en finds more term pairs"
            if !noDictionary, let path = dictionary ?? (FileManager.default.fileExists(atPath: Self.debianDictionary) ? Self.debianDictionary : nil) {
                words = try DictionaryFile.read(path, for: found.pairs.compactMap { try? CorpusBuild.readText($0.sourcePath) })
                dictionaryNote = "dictionary \(path)"
            }
            let build = CorpusBuild(options: .init(dictionary: words, monolingual: monolingual))
            let summary = try build.run(paths: roots, into: store) { report in
                var line = "glossa: \(report.name): "
                switch report.state {
                case .built: line += counted(report.sentencePairs, "sentence pair") + ", " + counted(report.dropped, "sentence") + " without a partner"
                case .unchanged: line += "unchanged (\(report.sentencePairs) sentence pairs)"
                case .skipped: line += "skipped: \(report.problem ?? "")"
                }
                StandardError.print(line)
            }
            for problem in summary.problems { StandardError.print("glossa: problem: \(problem)") }
            if monolingual && !summary.unpaired.isEmpty {
                StandardError.print("glossa: note: \(summary.unpaired.count) German files without an English partner; their terms are listed below")
            }
            if let glossaryOut {
                try writeGlossaries(store: store, folder: glossaryOut)
                if monolingual {
                    let sink = try OutputSink(path: glossaryOut + "/candidates.de.tsv")
                    try sink.write("term\tsentences\n" + summary.monolingualCandidates.map { "\($0.term)\t\($0.sentences)\n" }.joined())
                    try sink.close()
                }
            }
            if let tmxOut { try writeTMX(store: store, path: tmxOut) }
            let seconds = Date().timeIntervalSince(started)
            if output.json {
                let report = Report(
                    articles: summary.articles.map {
                        .init(name: $0.name, state: $0.state.rawValue, sentencePairs: $0.sentencePairs, withoutPartner: $0.dropped, problem: $0.problem)
                    },
                    problems: summary.problems, units: summary.units, glossary: summary.glossary, termPairs: summary.termPairs.count,
                    seconds: (seconds * 100).rounded() / 100, memory: store.path)
                Terminal.write(JSONOutput.encode(report) + "\n")
            } else {
                print(summaryText(summary, store: store, seconds: seconds, dictionaryNote: dictionaryNote))
            }
            let skipped = summary.articles.filter { $0.state == .skipped }.count + summary.problems.count
            if skipped > 0 { throw ExitCode(65) }
        }
    }

    private func summaryText(_ summary: CorpusBuild.Summary, store: MemoryStore, seconds: Double, dictionaryNote: String) -> String {
        let built = summary.articles.filter { $0.state == .built }.count
        let unchanged = summary.articles.filter { $0.state == .unchanged }.count
        let skipped = summary.articles.filter { $0.state == .skipped }.count + summary.problems.count
        var rows: [[String]] = [
            ["articles", "\(summary.articles.count) (\(built) built, \(unchanged) unchanged, \(skipped) skipped)"],
            ["sentence pairs", "\(summary.sentencePairs) (" + counted(summary.units.added, "unit") + " added, \(summary.units.replaced) replaced)"],
            ["without a partner", counted(summary.dropped, "sentence")],
            ["term pairs", "\(summary.termPairs.count) (\(summary.glossary.added) new, \(summary.glossary.updated) updated, \(summary.glossary.unchanged) unchanged, \(summary.glossary.withdrawn) withdrawn)"],
            ["time", String(format: "%.2f s", seconds) + " (\(dictionaryNote))"],
            ["memory", store.path],
        ]
        if monolingual { rows.append(["German-only terms", counted(summary.monolingualCandidates.count, "candidate") + " from files without a partner"]) }
        if let glossaryOut { rows.append(["glossary", glossaryOut + "/glossary.{tbx,tsv}, glossary-v2.tbx"]) }
        if let tmxOut { rows.append(["tmx", tmxOut]) }
        var text = Columns.render(rows)
        // What a translator looks for first: compounds and phrases ("Einflusssphäre → sphere of
        // influence"), then other terms; terms spelled alike in both languages (NATO, Format)
        // are right but tell little, so they come last. Within each group, glossa's order.
        func rank(_ entry: GlossaryEntry) -> Int {
            if entry.source.lowercased() == entry.target.lowercased() { return 2 }
            return entry.target.contains(" ") || entry.source.count >= 12 ? 0 : 1
        }
        let entries = ((try? store.glossaryEntries(statuses: [.approved, .candidate])) ?? [])
            .enumerated().sorted { lhs, rhs in
                let left = rank(lhs.element), right = rank(rhs.element)
                return left != right ? left < right : lhs.offset < rhs.offset
            }.map(\.element)
        if !entries.isEmpty {
            text += "\nTop glossary entries:\n"
            text += Columns.render(entries.prefix(top).map { [$0.source, "→ " + $0.target, String(format: "%.2f", $0.confidence)] })
        }
        if !summary.monolingualCandidates.isEmpty {
            text += "\nTop German terms still without a translation:\n"
            text += Columns.render(summary.monolingualCandidates.prefix(top).map { [$0.term, counted($0.sentences, "sentence")] })
        }
        return text
    }

    private func writeGlossaries(store: MemoryStore, folder: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CLIError.writeFailed(file: folder, reason: "cannot create the folder")
        }
        let entries = try store.glossaryEntries(statuses: [.approved, .candidate])
        let files = [
            ("glossary.tbx", TBXWriter.write(entries, version: .v3, toolVersion: Glossa.version)),
            ("glossary-v2.tbx", TBXWriter.write(entries, version: .v2, toolVersion: Glossa.version)),
            ("glossary.tsv", TabularGlossary.writeOmegaT(entries)),
        ]
        for (name, text) in files {
            let sink = try OutputSink(path: folder + "/" + name)
            try sink.write(text)
            try sink.close()
        }
    }

    private func writeTMX(store: MemoryStore, path: String) throws {
        let sink = try OutputSink(path: path)
        let writer = TMXWriter(level: .markup)
        let header = TMXWriter.glossaHeader(sourceLanguage: try store.mostCommonLanguage(coveredBy: .german) ?? .german, toolVersion: Glossa.version)
        try sink.write(writer.prolog(header: header, toolVersion: Glossa.version))
        try store.forEachUnit { unit in try sink.write { writer.write(unit, to: &$0) } }
        try sink.write(TMXWriter.epilog)
        try sink.close()
    }
}
