import Foundation
import GlossaCore

/// OmegaT's tab-separated glossary and CSV.
///
/// OmegaT: UTF-8, first line `# Glossary in tab-separated format -*- coding: utf-8 -*-`, then
/// `source<TAB>target<TAB>comment`; lines starting with `#` are comments. glossa writes the
/// note (or, without one, the forms seen in text) as the comment.
///
/// CSV: a header row naming the columns, then one entry per record; fields separated by commas,
/// or by semicolons or tabs when the header row has more of those (Excel in German writes
/// semicolons). Reading needs a source and a target column: `source` and `target`, or the two
/// languages by code (`de`, `de-DE`) or by name in English, German or their own language
/// (`German`, `Deutsch`, `English`, `Englisch`); the others are optional: `source_variants`,
/// `target_variants` (separated by `|`), `status`, `confidence`, `frequency`, `origin`, `note`
/// (or `comment`, `Anmerkung`, `Kommentar`), `part_of_speech`, `example_source`, `example_target`,
/// `source_deprecated`, `target_deprecated` (terms not to use, separated by `|`). OmegaT's
/// comment names the terms not to use after the note ("Do not use: walk-out").
public enum TabularGlossary {
    public static let omegaTHeader = "# Glossary in tab-separated format -*- coding: utf-8 -*-"
    static let csvColumns = ["source", "target", "source_variants", "target_variants", "status", "confidence", "frequency",
                             "origin", "note", "part_of_speech", "example_source", "example_target", "source_deprecated",
                             "target_deprecated"]

    public static func writeOmegaT(_ entries: [GlossaryEntry]) -> String {
        var out = omegaTHeader + "\n"
        for entry in entries {
            var comment = entry.note ?? (entry.sourceVariants.isEmpty ? "" : "seen as: " + entry.sourceVariants.joined(separator: ", "))
            let deprecated = entry.sourceDeprecated + entry.targetDeprecated
            if !deprecated.isEmpty { comment += (comment.isEmpty ? "" : " ") + "Do not use: " + deprecated.joined(separator: ", ") }
            out += [entry.source, entry.target, comment].map(DelimitedText.tsvField).joined(separator: "\t") + "\n"
        }
        return out
    }

    public static func readOmegaT(bytes: [UInt8], file: String, sourceLanguage: LanguageTag = .german,
                                  targetLanguage: LanguageTag = .english) throws(GlossaryFormatError) -> [GlossaryEntry] {
        let text = try DelimitedText.text(bytes, file: file)
        var entries: [GlossaryEntry] = []
        var sawFirstRow = false
        var swapped = false
        for (index, line) in text.lines().enumerated() {
            let trimmed = line
            if trimmed.trimmingCharacters(in: .whitespaces).isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = trimmed.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw .missingColumns(file: file, line: index + 1, expected: "source<TAB>target[<TAB>comment], found \"\(trimmed.prefix(60))\"")
            }
            // A header row as spreadsheets write one ("de<TAB>en", "Deutsch<TAB>Englisch"; the
            // other way round, the columns are the other way round too): no entry.
            if !sawFirstRow {
                sawFirstRow = true
                if names(fields[0], sourceLanguage, "source"), names(fields[1], targetLanguage, "target") { continue }
                if names(fields[0], targetLanguage, "target"), names(fields[1], sourceLanguage, "source") {
                    swapped = true
                    continue
                }
            }
            let comment = fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
            entries.append(GlossaryEntry(sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                         source: fields[swapped ? 1 : 0], target: fields[swapped ? 0 : 1], origin: file, note: comment))
        }
        return entries
    }

    public static func writeCSV(_ entries: [GlossaryEntry]) -> String {
        var out = csvColumns.joined(separator: ",") + "\r\n"
        for entry in entries {
            out += fields(of: entry).map(DelimitedText.csvField).joined(separator: ",") + "\r\n"
        }
        return out
    }

    /// An entry's fields in the order of ``csvColumns`` (the CSV's and the workbook's columns).
    static func fields(of entry: GlossaryEntry) -> [String] {
        [
            entry.source, entry.target, entry.sourceVariants.joined(separator: "|"), entry.targetVariants.joined(separator: "|"),
            entry.status.rawValue, String(format: "%.2f", entry.confidence), String(entry.frequency), entry.origin,
            entry.note ?? "", entry.partOfSpeech ?? "", entry.example?.source ?? "", entry.example?.target ?? "",
            entry.sourceDeprecated.joined(separator: "|"), entry.targetDeprecated.joined(separator: "|"),
        ]
    }

    /// True if a header field names the language's column (its tag, a regional tag, its name) or
    /// the role ("source", "target").
    static func names(_ field: String, _ language: LanguageTag, _ role: String) -> Bool {
        let name = field.lowercased()
        return name == role || columnNames(for: language).contains(name) || LanguageTag(name)?.language == language.language
    }

    /// What a CSV header may call a language's column: its tag (`de`, `de-de`), and its name in
    /// English, in German and in itself (`german`, `deutsch`), lower case.
    static func columnNames(for language: LanguageTag) -> [String] {
        var names = [language.identifier.lowercased(), language.language, language.identifier.lowercased().replacingOccurrences(of: "-", with: "_")]
        for locale in ["en", "de", language.language] {
            if let name = Locale(identifier: locale).localizedString(forLanguageCode: language.language)?.lowercased() { names.append(name) }
        }
        return names
    }

    public static func readCSV(bytes: [UInt8], file: String, sourceLanguage: LanguageTag = .german,
                               targetLanguage: LanguageTag = .english) throws(GlossaryFormatError) -> [GlossaryEntry] {
        let text = try DelimitedText.text(bytes, file: file)
        let records = try DelimitedText.csvRecords(text, file: file, delimiter: DelimitedText.csvDelimiter(text))
        let read = try entries(records: records, file: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        if let line = read.incomplete.first { throw .missingColumns(file: file, line: line, expected: "a source and a target term") }
        return read.entries
    }

    /// Reads every sheet of an Excel workbook with a row naming a source and a target column, as
    /// a CSV header would: its first row, or one of the next nine under a title ("Glossar Q4").
    /// Rows without one of the two terms (a translation not yet found, as working glossaries
    /// have them) are skipped and named in a diagnostic; sheets without such a header (notes, a
    /// cover sheet) are skipped likewise, unless no sheet has one.
    public static func readXLSX(path: String, sourceLanguage: LanguageTag = .german,
                                targetLanguage: LanguageTag = .english) throws(GlossaryFormatError) -> (entries: [GlossaryEntry], diagnostics: [Diagnostic]) {
        let workbook = try XLSXWorkbook(path: path)
        var entries: [GlossaryEntry] = []
        var diagnostics: [Diagnostic] = []
        var firstProblem: GlossaryFormatError?
        var readAny = false
        for sheet in workbook.sheets where !sheet.rows.isEmpty {
            let records = sheet.rows.map { (line: $0.number, fields: $0.cells) }
            var read: (entries: [GlossaryEntry], incomplete: [Int])?
            for start in records.indices.prefix(10) where read == nil {
                do {
                    read = try Self.entries(records: Array(records[start...]), file: path, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                } catch {
                    guard case .missingColumns(_, let line, let expected) = error else { throw error }
                    firstProblem = firstProblem ?? .missingCells(file: path, sheet: sheet.name, row: line, expected: expected)
                }
            }
            guard let read else {
                diagnostics.append(Diagnostic(.note, "sheet \"\(sheet.name)\" skipped: none of its first rows names a source and a target column",
                                              at: SourceLocation(file: path)))
                continue
            }
            readAny = true
            entries += read.entries
            if !read.incomplete.isEmpty {
                let rows = read.incomplete.prefix(10).map(String.init).joined(separator: ", ") + (read.incomplete.count > 10 ? ", …" : "")
                diagnostics.append(Diagnostic(.warning, "sheet \"\(sheet.name)\": \(read.incomplete.count) row(s) without a source or a target term skipped (rows \(rows))",
                                              at: SourceLocation(file: path)))
            }
        }
        if !readAny, let firstProblem { throw firstProblem }
        return (entries, readAny ? diagnostics : [])
    }

    /// Glossary entries from records whose first holds the column names (a CSV header, a
    /// sheet's first row); the lines of records without a source or a target term are returned
    /// apart for the caller to refuse or report.
    static func entries(records: [(line: Int, fields: [String])], file: String, sourceLanguage: LanguageTag,
                        targetLanguage: LanguageTag) throws(GlossaryFormatError) -> (entries: [GlossaryEntry], incomplete: [Int]) {
        guard let header = records.first else { return ([], []) }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).lowercased().replacingOccurrences(of: " ", with: "_") }
        func column(_ options: [String]) -> Int? { options.lazy.compactMap { names.firstIndex(of: $0) }.first }
        func column(_ options: String...) -> Int? { column(options) }
        /// A column named by a regional tag of the language ("en-GB" for en).
        func column(in language: LanguageTag) -> Int? {
            names.firstIndex { LanguageTag($0)?.language == language.language }
        }
        guard let source = column(["source", "source_term", "src", "term"] + columnNames(for: sourceLanguage)) ?? column(in: sourceLanguage),
              let target = column(["target", "target_term", "tgt", "translation"] + columnNames(for: targetLanguage)) ?? column(in: targetLanguage) else {
            throw .missingColumns(file: file, line: header.line,
                                  expected: "a header row with columns source and target (or \(sourceLanguage.language) and \(targetLanguage.language), "
                                      + "or the languages' names), found \"\(header.fields.joined(separator: " | ").prefix(80))\"")
        }
        let noteColumn = column("note", "notes", "comment", "comments", "anmerkung", "kommentar", "bemerkung")
        var entries: [GlossaryEntry] = []
        var incomplete: [Int] = []
        for record in records.dropFirst() {
            func value(_ index: Int?) -> String? {
                guard let index, index < record.fields.count else { return nil }
                let text = record.fields[index].trimmingCharacters(in: .whitespacesAndNewlines)
                return text.isEmpty ? nil : text
            }
            guard let sourceTerm = value(source), let targetTerm = value(target) else {
                incomplete.append(record.line)
                continue
            }
            var example: TermPair.Example?
            if let exampleSource = value(column("example_source")), let exampleTarget = value(column("example_target")) {
                example = TermPair.Example(source: exampleSource, target: exampleTarget)
            }
            entries.append(GlossaryEntry(
                sourceLanguage: sourceLanguage, targetLanguage: targetLanguage, source: sourceTerm, target: targetTerm,
                sourceVariants: value(column("source_variants"))?.split(separator: "|").map(String.init) ?? [],
                targetVariants: value(column("target_variants"))?.split(separator: "|").map(String.init) ?? [],
                confidence: value(column("confidence")).flatMap(Double.init) ?? 1,
                frequency: value(column("frequency")).flatMap { Int($0) } ?? 0,
                origin: value(column("origin")) ?? file,
                status: value(column("status")).flatMap(GlossaryEntry.Status.init(rawValue:)) ?? .candidate,
                note: value(noteColumn), partOfSpeech: value(column("part_of_speech")), example: example,
                sourceDeprecated: value(column("source_deprecated"))?.split(separator: "|").map(String.init) ?? [],
                targetDeprecated: value(column("target_deprecated"))?.split(separator: "|").map(String.init) ?? []))
        }
        return (entries, incomplete)
    }
}
