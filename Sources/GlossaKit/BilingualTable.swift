import GlossaAlign
import GlossaCore
import GlossaExchange

/// A bilingual table in a word-processor document (`.docx`, `.odt`): Trados Studio's
/// bilingual review export ("Segment ID | Status | Source | Target | Comment"), an agency's
/// two-column Word table of a finished job. Its German and English columns, told by their
/// words, are the translation units of an import: one per row that has text in both.
extension Glossa {
    /// The units of the document's tables that have a column in each language (in each table
    /// the one with the most words: ``languageColumns(_:sourceLanguage:targetLanguage:)``); a
    /// header row ("Source | Target", "Deutsch | Englisch") and rows with an empty side are
    /// left out, the latter counted in a note.
    /// - Throws: ``BilingualTableError`` when no table has a German and an English column.
    /// - Complexity: O(document), plus a language guess per column.
    public static func bilingualTableUnits(ofFile path: String, sourceLanguage: LanguageTag = .german,
                                           targetLanguage: LanguageTag = .english) throws -> (units: [TranslationUnit], diagnostics: [Diagnostic]) {
        let tables: [[[String]]]
        do { tables = try OfficeDocumentText.tables(ofFile: path) } catch { throw BilingualTableError.document(error) }
        var units: [TranslationUnit] = [], halfEmpty = 0
        for rows in tables {
            guard let (source, target) = languageColumns(rows, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage) else { continue }
            for (index, row) in rows.enumerated() {
                let sourceText = source < row.count ? row[source] : "", targetText = target < row.count ? row[target] : ""
                if index == 0, isHeader(sourceText), isHeader(targetText) { continue }
                guard !sourceText.isEmpty, !targetText.isEmpty else {
                    if !sourceText.isEmpty || !targetText.isEmpty { halfEmpty += 1 }
                    continue
                }
                units.append(TranslationUnit(attributes: [TMXAttribute("srclang", sourceLanguage.identifier)],
                                             variants: [TranslationVariant(language: sourceLanguage, text: sourceText),
                                                        TranslationVariant(language: targetLanguage, text: targetText)]))
            }
        }
        guard !units.isEmpty else { throw BilingualTableError.noBilingualTable(file: path, tables: tables.count) }
        var diagnostics: [Diagnostic] = []
        if halfEmpty > 0 {
            diagnostics.append(Diagnostic(.note, "\(halfEmpty) table row(s) with text on one side only (untranslated) left out", at: SourceLocation(file: path)))
        }
        return (units, diagnostics)
    }

    /// The indexes of a table's column in each language, by the words of its cells (the first
    /// row left out, a header's words being few): of the columns in a language the one with
    /// the most words, so that a status column ("Translated", "Draft") is no translation; nil
    /// unless both are found.
    static func languageColumns(_ rows: [[String]], sourceLanguage: LanguageTag, targetLanguage: LanguageTag) -> (Int, Int)? {
        let width = rows.map(\.count).max() ?? 0
        guard width >= 2, rows.count >= 2 else { return nil }
        var source: (column: Int, words: Int)?, target: (column: Int, words: Int)?
        for column in 0..<width {
            let text = rows.dropFirst().compactMap { column < $0.count ? $0[column] : nil }.joined(separator: " ")
            let words = text.split(separator: " ").count
            // (Two function words suffice: a short table's column has few.)
            guard words >= 3, let language = LanguageGuess.germanOrEnglish(text, minimumEvidence: 2) else { continue }
            if language.sameLanguage(as: sourceLanguage), words > source?.words ?? 0 { source = (column, words) }
            if language.sameLanguage(as: targetLanguage), words > target?.words ?? 0 { target = (column, words) }
        }
        guard let source, let target, source.column != target.column else { return nil }
        return (source.column, target.column)
    }

    /// A header cell: a column's name ("Source segment", "Zieltext", "Deutsch", "EN").
    static func isHeader(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter })
        return !words.isEmpty && words.count <= 3 && words.allSatisfy { headerWords.contains(String($0)) }
    }

    static let headerWords: Set<String> = [
        "source", "target", "segment", "segments", "text", "original", "translation", "de", "en", "german", "english",
        "quelle", "ziel", "quellsegment", "zielsegment", "ausgangstext", "zieltext", "quelltext", "übersetzung", "deutsch",
        "englisch", "sprache", "language", "de-de", "en-gb", "en-us", "gb", "us",
    ]
}

/// Why a document holds no bilingual table to import.
public enum BilingualTableError: Error, CustomStringConvertible {
    case document(DocumentTextError)
    case noBilingualTable(file: String, tables: Int)

    public var description: String {
        switch self {
        case .document(let error):
            error.description
        case .noBilingualTable(let file, let tables):
            "\(file): no table with a German and an English column (\(tables) table\(tables == 1 ? "" : "s") read); "
                + "import takes a bilingual table of a finished job; to pair a German document with its English version use "
                + "glossa align or glossa build"
        }
    }
}
