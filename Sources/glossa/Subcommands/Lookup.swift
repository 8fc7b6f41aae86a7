import ArgumentParser
import Foundation
import GlossaKit

struct Lookup: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Look a term up in the glossary and the memory.",
        discussion: """
        Finds base forms from inflected ones ("Einflusssphären" finds Einflusssphäre → sphere of \
        influence) and the reverse, ignores case, diacritics and hyphens ("troop build up"), \
        falls back to terms that start \
        with the query, then to near misses ("did you mean"), then to the terms on the query's \
        parts: its first part and the compounds on its last ("Glasfasernetz": Glasfaser → fibre; \
        Kupfernetz → copper network). Also counts the memory's \
        sentences that contain the term's words, or those of a form its entries were seen in.

        --json: {"query": "…", "entries": [{"source": "…", "target": "…", "status": "…", \
        "confidence": 0.9, "match": "form|prefix|compound|suggestion|sameHead|part", "example": {"source": "…", \
        "target": "…"}, "variants": ["forms seen"], "alternatives": ["other translations"], \
        "note": "…", "deprecated": ["terms not to use"], "deprecatedTranslations": […]}, …], \
        "memorySentences": 3}; "example" null and "note" left out where there is none. A deprecated term \
        finds the entry that replaces it.

        Examples:
          glossa lookup Einflusssphären
          glossa lookup de-escalation --from en
        """
    )

    @Argument(help: "The term, in German or English.")
    var term: String

    @Option(help: ArgumentHelp("The term's language (default: both).", valueName: "de|en"))
    var from: LanguageTag?

    @Option(help: ArgumentHelp("At most this many entries.", valueName: "n"))
    var limit: Int = 10

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    mutating func validate() throws {
        // A word copied out of a sentence brings its punctuation and quotes along
        // ("Sicherheitsgarantien,", „Einflusssphären“); a hyphen or a dot inside stays.
        let trimmed = CopiedWord.trimmed(term)
        guard !trimmed.isEmpty else { throw ValidationError("Give a term to look up.") }
        term = trimmed
        guard limit > 0 else { throw ValidationError("--limit is at least 1.") }
    }

    struct Entry: Encodable {
        var source: String
        var target: String
        var status: String
        var confidence: Double
        var match: String
        /// Always there, null for an entry without one (an imported term), as the interface names it.
        @NullWhenAbsent var example: TermPair.Example?
        var variants: [String]
        /// Other translations the glossary gives ("gas price cap" beside "gas price brake").
        var alternatives: [String]
        /// The entry's note: a definition, a subject field, a remark.
        var note: String?
        /// Terms not to use, in the query's language and in the translation's.
        var deprecated: [String]
        var deprecatedTranslations: [String]
        /// For a compound on the query: its head, as the term writes it ("Zins" of "Leitzins").
        var endsIn: String?
    }

    struct Document: Encodable {
        var query: String
        var entries: [Entry]
        var memorySentences: Int
    }

    /// The entry's other translations: its target variants that are not just inflected forms
    /// of the target ("gas price cap" beside "gas price brake", not "shortages" beside "shortage").
    static func alternatives(_ entry: GlossaryEntry) -> [String] {
        func same(_ a: String, _ b: String) -> Bool { a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
        return entry.targetVariants.filter { variant in
            !same(variant, entry.target) && !Glossa.lookupForms(variant, language: entry.targetLanguage).contains { same($0, entry.target) }
        }
    }

    func run() throws {
        try reportingErrors {
            let store = try memory.openExisting()
            let lemmas = Glossa.lookupForms(term, language: from)
            let hits = try store.lookup(term, from: from, alsoForms: lemmas, limit: limit)
            // The term as asked and the forms its entries were seen in on the term's side
            // ("Sicherheitsgarantie" also counts "Sicherheitsgarantien", not "security guarantees").
            var forms = [term]
            let asked = [term] + lemmas
            func same(_ a: String, _ b: String) -> Bool { a.compare(b, options: [.caseInsensitive, .diacriticInsensitive]) == .orderedSame }
            for hit in hits where hit.kind == .form {
                let sourceSide = [hit.entry.source] + hit.entry.sourceVariants
                let side = sourceSide.contains { form in asked.contains { same($0, form) } }
                    ? sourceSide : [hit.entry.target] + hit.entry.targetVariants
                for form in side where !forms.contains(form) { forms.append(form) }
            }
            let inMemory = try store.sentenceCount(containingAnyOf: forms)
            let entries = hits.map { hit in
                Entry(source: hit.entry.source, target: hit.entry.target, status: hit.entry.status.rawValue,
                      confidence: (hit.entry.confidence * 100).rounded() / 100, match: hit.kind.rawValue,
                      example: hit.entry.example, variants: hit.entry.sourceVariants,
                      alternatives: Self.alternatives(hit.entry), note: hit.entry.note,
                      deprecated: hit.entry.sourceDeprecated, deprecatedTranslations: hit.entry.targetDeprecated, endsIn: hit.head)
            }
            if output.json {
                Terminal.write(JSONOutput.encode(Document(query: term, entries: entries, memorySentences: inMemory)) + "\n")
                return
            }
            if entries.isEmpty {
                Terminal.write("No glossary entry for \"\(term)\".\n")
                // The memory may still show how the term was translated: two sentence pairs.
                if inMemory > 0 {
                    for line in try store.concordance(term, language: from, limit: 2).lines {
                        Terminal.write("    \(line.left)\(Terminal.highlight(line.keyword))\(line.right)\n")
                        if let translation = line.translation { Terminal.write("    \(Terminal.dim(translation))\n") }
                    }
                }
            } else {
                if entries.allSatisfy({ $0.match == "suggestion" }) { Terminal.write("No entry for \"\(term)\". Did you mean:\n") }
                if entries.allSatisfy({ $0.match == "sameHead" || $0.match == "part" }) {
                    // "its parts, "Glasfaser" and "Netz"", "its last part, "Netz"", "its first part, "Wolf"".
                    let first = entries.first { $0.match == "part" }.map { "\"\($0.source)\"" }
                    let last = entries.first { $0.match == "sameHead" }?.endsIn.map { "\"\($0)\"" }
                    let parts = switch (first, last) {
                    case let (first?, last?): "its parts, \(first) and \(last)"
                    case let (first?, nil): "its first part, \(first)"
                    default: "its last part, \(last ?? "")"
                    }
                    Terminal.write("No entry for \"\(term)\". Entries on \(parts):\n")
                }
                for entry in entries {
                    var line = "\(Terminal.bold(entry.source)) → \(Terminal.bold(entry.target))  [\(entry.status), \(String(format: "%.2f", entry.confidence))"
                    if entry.match == "prefix" { line += ", starts with \"\(term)\"" }
                    if entry.match == "compound" || entry.match == "sameHead" { line += ", ends in \"\(entry.endsIn ?? term)\"" }
                    if entry.match == "part" { line += ", first part of \"\(term)\"" }
                    line += "]"
                    Terminal.write(line + "\n")
                    // A compound on the term is a pointer: its own lookup shows the rest.
                    if entry.match == "compound" || entry.match == "sameHead" { continue }
                    if let asked = entry.deprecated.first(where: { form in ([term] + lemmas).contains { same(form, $0) } }) {
                        Terminal.write("    \"\(asked)\" is deprecated: use \"\(entry.source)\"\n")
                    }
                    if !entry.alternatives.isEmpty { Terminal.write("    also: \(entry.alternatives.joined(separator: ", "))\n") }
                    if !entry.deprecatedTranslations.isEmpty {
                        Terminal.write("    do not use: \(entry.deprecatedTranslations.joined(separator: ", "))\n")
                    }
                    if !entry.variants.isEmpty { Terminal.write(Terminal.dim("    seen as: \(entry.variants.joined(separator: ", "))") + "\n") }
                    if let note = entry.note { Terminal.write("    note: \(note)\n") }
                    if let example = entry.example {
                        Terminal.write("    \(example.source)\n    \(Terminal.dim(example.target))\n")
                    }
                }
            }
            if inMemory > 0 {
                let which = forms.count > 1 ? "\"\(term)\" or a form of it" : "\"\(term)\""
                Terminal.write("In the memory: \(inMemory) sentence\(inMemory == 1 ? "" : "s") with \(which) (glossa concordance \"\(term)\" shows them).\n")
            }
        }
    }
}
