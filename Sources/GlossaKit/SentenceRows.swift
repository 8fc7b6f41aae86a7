import GlossaCore
import GlossaExchange
import GlossaMemory

/// A bilingual table (CSV, tab-separated, an Excel sheet) holds terms or sentences: the
/// "source | target" sheet a client sends with a finished job is a translation memory, not a
/// glossary, and its rows belong where `match` and `analyze` find them. Rows whose source or
/// translation is a sentence become translation units; the rest stay glossary entries.
extension Glossa {
    /// Whether a table's cell holds a sentence rather than a term: three words or more ending
    /// as a sentence ends (".", "!", "?", "…", also before a closing quote or bracket), or
    /// eight words or more that are no name (a name capitalises every word of four letters or
    /// more). "z. B.", "Art. 5 GG" and "Federal Office for the Protection of the Constitution"
    /// are terms.
    /// - Complexity: O(length).
    static func isSentence(_ text: String) -> Bool {
        let words = text.split(whereSeparator: \.isWhitespace).filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        if words.count >= 8, words.contains(where: { $0.count >= 4 && $0.first?.isLowercase == true }) { return true }
        guard words.count >= 3 else { return false }
        let end = text.reversed().drop { $0.isWhitespace || "\"'“”„«»‘’)]".contains($0) }.first
        return end.map { ".!?…".contains($0) } ?? false
    }

    /// The table's rows split: sentence pairs as translation units (the entry's note a unit
    /// note), terms as they are.
    static func sentenceRows(_ entries: [GlossaryEntry]) -> (units: [TranslationUnit], terms: [GlossaryEntry]) {
        var units: [TranslationUnit] = [], terms: [GlossaryEntry] = []
        for entry in entries {
            guard isSentence(entry.source) || isSentence(entry.target) else {
                terms.append(entry)
                continue
            }
            units.append(TranslationUnit(attributes: [TMXAttribute("srclang", entry.sourceLanguage.identifier)],
                                         notes: entry.note.map { [TMXNote(text: $0)] } ?? [],
                                         variants: [TranslationVariant(language: entry.sourceLanguage, text: entry.source),
                                                    TranslationVariant(language: entry.targetLanguage, text: entry.target)]))
        }
        return (units, terms)
    }

    /// Saves a glossary file's rows into `batch`: a termbase's (TBX) as entries; a table's
    /// sentence pairs as the units of an origin named `name`, its terms as entries, with a note
    /// that counts what went where.
    static func saveRows(_ entries: [GlossaryEntry], kind: ImportKind, name: String, into batch: ImportBatch, policy: DuplicatePolicy,
                         result: inout FileImportResult) throws {
        guard kind != .tbx else {
            result.glossary += try batch.saveGlossary(entries, searchForms: searchForms)
            return
        }
        let (units, terms) = sentenceRows(entries)
        if let first = units.first {
            let format = switch kind {
            case .spreadsheet: "XLSX"
            case .csv: "CSV"
            default: "TSV"
            }
            let header = tableHeader(format: format, sourceLanguage: first.variants[0].language)
            result.units += try batch.importUnits(origin: Origin(name: name, kind: .file, header: header), policy: policy) { sink in
                for unit in units { try sink.add(unit) }
            }
            result.diagnostics.append(Diagnostic(.note, "\(units.count) row(s) of sentences imported as translation units (the memory's "
                + "sentence pairs, which match finds), \(terms.count) as glossary entries", at: SourceLocation(file: name)))
        }
        if !terms.isEmpty || units.isEmpty { result.glossary += try batch.saveGlossary(terms, searchForms: searchForms) }
    }

    /// The header a table's units are stored under (what a TMX export of them says of their origin).
    static func tableHeader(format: String, sourceLanguage: LanguageTag) -> TMXHeader {
        TMXHeader(attributes: [TMXAttribute("creationtool", "glossa"), TMXAttribute("o-tmf", format), TMXAttribute("segtype", "sentence"),
                               TMXAttribute("srclang", sourceLanguage.identifier), TMXAttribute("datatype", "plaintext")])
    }
}
