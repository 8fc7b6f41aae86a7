import GlossaCore

/// Reads TBX v2 (`martif`) and v3 (`tbx`, any dialect) glossaries into entries for one language
/// pair, on the same safe streaming XML reader as TMX.
///
/// Per entry (`termEntry` / `conceptEntry`): the first term of each language is the base form,
/// further terms are variants; `termNote` gives part of speech and each term's status (a term
/// marked deprecated or superseded is no base form while another is not, and is kept as a term
/// not to use rather than as a variant: IATE lists "walk-out" beside "strike" that way); `descrip
/// type="context"` the example; `admin type="source"` the origin; `note` the note, with the
/// subject field and a definition (`descrip type="subjectField"`, `"definition"`: the entry's,
/// else the target language's) added to it, as terminology exports from MultiTerm and IATE
/// carry them. An entry without a term in both languages is skipped with a diagnostic.
///
/// MultiTerm XML (`mtf`, what Trados' MultiTerm exports a termbase as) is read the same way:
/// `conceptGrp` is the entry, `languageGrp` with its `<language lang="DE"/>` the language,
/// `termGrp/term` a term, and `descrip` fields by the names termbases usually give them
/// (Definition, Context or Example, Subject or Domain, Part of Speech, Note, Source; a Status
/// or Usage of "deprecated", "forbidden" or "do not use" marks the term not to use).
public enum TBXReader {
    public static func read(bytes: [UInt8], file: String, sourceLanguage: LanguageTag = .german,
                            targetLanguage: LanguageTag = .english) throws(GlossaryFormatError) -> (entries: [GlossaryEntry], diagnostics: [Diagnostic]) {
        let xml: XMLStreamReader
        do { xml = try XMLStreamReader(bytes: bytes, file: file) } catch { throw .malformed(error) }
        var entries: [GlossaryEntry] = []
        var diagnostics: [Diagnostic] = []
        var current: EntryBuilder?
        var language: LanguageTag?
        var sawRoot = false
        do {
            while try xml.read() {
                switch xml.nodeType {
                case .element:
                    let name = xml.localName
                    if !sawRoot {
                        guard name == "martif" || name == "tbx" || name == "mtf" else { throw GlossaryFormatError.notTBX(file: file, root: name) }
                        sawRoot = true
                        continue
                    }
                    switch name {
                    case "termEntry", "conceptEntry", "conceptGrp":
                        current = EntryBuilder(location: xml.location)
                    case "language":
                        // MultiTerm: <languageGrp><language type="German" lang="DE"/> …
                        language = xml.attribute("lang").flatMap(LanguageTag.init)
                        if language == nil {
                            diagnostics.append(Diagnostic(.warning, "a language without a valid lang attribute was skipped", at: xml.location))
                        }
                    case "langSet", "langSec":
                        language = xml.attribute("xml:lang").flatMap(LanguageTag.init)
                        if language == nil {
                            diagnostics.append(Diagnostic(.warning, "a \(name) without a valid xml:lang was skipped", at: xml.location))
                        }
                    case "term":
                        let text = try xml.readElementText().trimmingCharacters(in: .whitespacesAndNewlines)
                        if let language, !text.isEmpty { current?.terms.append(Term(language: language, text: text)) }
                    case "termNote":
                        let type = xml.attribute("type") ?? ""
                        let text = try xml.readElementText()
                        switch type {
                        case "partOfSpeech" where current?.partOfSpeech == nil: current?.partOfSpeech = text
                        case "administrativeStatus":
                            if let last = current?.terms.indices.last, current?.terms[last].status == nil {
                                current?.terms[last].status = TBXWriter.status(fromTBX: text)
                            }
                        case "termType" where ["variant", "acronym", "abbreviation", "shortForm"].contains(text):
                            if let last = current?.terms.indices.last { current?.terms[last].isVariant = true }
                        default: break
                        }
                    case "descrip":
                        let type = Self.fieldName(xml.attribute("type") ?? "")
                        let text = Self.collapsingWhiteSpace(try xml.readElementText())
                        switch type {
                        case "partOfSpeech" where current?.partOfSpeech == nil:
                            current?.partOfSpeech = text
                        case "note":
                            if current != nil, current?.note == nil, !text.isEmpty { current?.note = text }
                        case "source":
                            if !text.isEmpty, current?.origin == nil { current?.origin = text }
                        case "status":
                            if let last = current?.terms.indices.last, current?.terms[last].status == nil, Self.isDeprecation(text) {
                                current?.terms[last].status = .rejected
                            }
                        case "context":
                            if let language, current?.examples[language] == nil { current?.examples[language] = text }
                        case "definition":
                            if !text.isEmpty { current?.definitions.append((language, text)) }
                        case "subjectField":
                            if !text.isEmpty, current?.subjectField == nil { current?.subjectField = text }
                        default: break
                        }
                    case "admin":
                        let type = xml.attribute("type") ?? ""
                        let text = try xml.readElementText()
                        switch type {
                        case "source": current?.origin = text
                        case "x-glossa-confidence": current?.confidence = Double(text)
                        case "x-glossa-frequency": current?.frequency = Int(text)
                        default: break
                        }
                    case "note":
                        let text = Self.collapsingWhiteSpace(try xml.readElementText())
                        if current != nil, current?.note == nil, language == nil || current?.terms.isEmpty == true { current?.note = text }
                    default: continue
                    }
                case .endElement:
                    let name = xml.localName
                    if name == "langSet" || name == "langSec" || name == "languageGrp" { language = nil }
                    if name == "termEntry" || name == "conceptEntry" || name == "conceptGrp", let builder = current {
                        if let entry = builder.entry(source: sourceLanguage, target: targetLanguage, file: file) {
                            entries.append(entry)
                        } else {
                            diagnostics.append(Diagnostic(.warning, "entry without terms in both \(sourceLanguage) and \(targetLanguage) skipped",
                                                          at: builder.location))
                        }
                        current = nil
                    }
                default: continue
                }
            }
        } catch let error as XMLError {
            throw .malformed(error)
        } catch let error as GlossaryFormatError {
            throw error
        } catch {
            throw .malformed(XMLError(file: file, line: nil, column: nil, message: "\(error)"))
        }
        if !sawRoot { throw .notTBX(file: file, root: "") }
        return (entries, diagnostics + xml.readThroughDiagnostics)
    }

    /// A `descrip` type as TBX names it: TBX's own names as they are, MultiTerm's field names
    /// (which each termbase chooses: "Definition", "Part of Speech", "Subject") mapped onto them.
    static func fieldName(_ type: String) -> String {
        switch type.lowercased().filter({ $0.isLetter }) {
        case "definition", "definitions": "definition"
        case "context", "example", "examples", "kontext", "beispiel": "context"
        case "subjectfield", "subject", "domain", "fachgebiet", "sachgebiet": "subjectField"
        case "partofspeech", "pos", "wortart", "grammar": "partOfSpeech"
        case "note", "notes", "comment", "comments", "remark", "anmerkung", "kommentar": "note"
        case "source", "quelle": "source"
        case "status", "usage", "termstatus", "usagestatus", "verwendung": "status"
        default: type
        }
    }

    /// A status or usage field's value that marks a term not to use.
    static func isDeprecation(_ value: String) -> Bool {
        let lower = value.lowercased()
        return ["deprecated", "forbidden", "do not use", "don't use", "not to be used", "obsolete", "rejected",
                "nicht verwenden", "verboten", "veraltet", "abgelehnt"].contains { lower.contains($0) }
    }

    /// Notes and contexts as one line: TBX files indent and wrap them like the XML around them.
    static func collapsingWhiteSpace(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private struct EntryBuilder {
        var location: SourceLocation
        var terms: [Term] = []
        var examples: [LanguageTag: String] = [:]
        var partOfSpeech: String?
        var origin: String?
        var note: String?
        var subjectField: String?
        /// Definitions with the language of their `langSet` (nil: the entry's).
        var definitions: [(language: LanguageTag?, text: String)] = []
        var confidence: Double?
        var frequency: Int?

        func entry(source: LanguageTag, target: LanguageTag, file: String) -> GlossaryEntry? {
            let sourceTerms = terms.filter { source.covers($0.language) || $0.language.covers(source) }
            let targetTerms = terms.filter { target.covers($0.language) || $0.language.covers(target) }
            /// The base form: a term that is neither a variant nor deprecated, else one that is
            /// no variant, else the first.
            func main(_ terms: [Term]) -> Term? {
                terms.first { !$0.isVariant && $0.status != .rejected } ?? terms.first { !$0.isVariant } ?? terms.first
            }
            guard let sourceMain = main(sourceTerms), let targetMain = main(targetTerms) else { return nil }
            var example: TermPair.Example?
            if let sourceExample = examples[sourceMain.language], let targetExample = examples[targetMain.language] {
                example = TermPair.Example(source: sourceExample, target: targetExample)
            }
            /// Other terms of the language: variants, unless deprecated beside a base form that is not.
            func others(_ terms: [Term], _ main: Term) -> (variants: [String], deprecated: [String]) {
                let rest = terms.filter { $0.text != main.text }
                let deprecated = main.status == .rejected ? [] : rest.filter { $0.status == .rejected }.map(\.text)
                return (rest.map(\.text).filter { !deprecated.contains($0) }, deprecated)
            }
            let sourceOthers = others(sourceTerms, sourceMain), targetOthers = others(targetTerms, targetMain)
            // The one definition a translator reads: the entry's, else the target language's,
            // else the source's (a glossary entry has one note to carry it).
            let definition = definitions.first { $0.language == nil } ?? definitions.first { $0.language.map(target.covers) ?? false }
                ?? definitions.first { $0.language.map(source.covers) ?? false }
            let notes = [note, subjectField.map { "Subject field: \($0)." }, definition.map { "Definition: \($0.text)" }].compactMap { $0 }
            return GlossaryEntry(
                sourceLanguage: sourceMain.language, targetLanguage: targetMain.language, source: sourceMain.text, target: targetMain.text,
                sourceVariants: sourceOthers.variants, targetVariants: targetOthers.variants,
                confidence: confidence ?? 1, frequency: frequency ?? 0, origin: origin ?? file,
                status: targetMain.status ?? sourceMain.status ?? .candidate,
                note: notes.isEmpty ? nil : notes.joined(separator: " "), partOfSpeech: partOfSpeech, example: example,
                sourceDeprecated: sourceOthers.deprecated, targetDeprecated: targetOthers.deprecated)
        }
    }

    private struct Term {
        var language: LanguageTag
        var text: String
        var isVariant = false
        var status: GlossaryEntry.Status?
    }
}

