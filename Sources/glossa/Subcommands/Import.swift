import ArgumentParser
import Foundation
import GlossaKit

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a TMX, XLIFF or gettext file or a glossary (TBX, OmegaT TSV, CSV, Excel) into the memory.",
        discussion: """
        .tmx: TMX 1.4b (and older) translation units, streamed, so file size does not matter. \
        Identical units are merged (usage counts added); a source already stored with another \
        translation is kept as an alternative, or replaces it with --overwrite.

        .xlf, .xliff, .sdlxliff, .mqxliff: the translated segments of XLIFF 1.2 or 2 files (what \
        Trados, memoQ, OmegaT and Okapi exchange), one unit per segment; untranslated segments \
        and units marked translate="no" are skipped with a note.

        .po: a gettext catalog's translated messages (software's translations: GNU, Python, \
        WordPress, Weblate, Poedit), one unit per message and per plural; msgid read as English \
        (German where the Language header says English, or X-Source-Language), msgstr as the \
        header's Language (else the file's name: de.po); context, references and flags kept as \
        props; fuzzy, untranslated, obsolete and blank messages skipped with a note.

        .tbx (v2 martif or v3), .tsv/.txt (OmegaT glossary), .csv (header row with source and \
        target, or de and en): glossary entries; an entry already stored keeps its status. A \
        table's rows of sentences (a client's bilingual sheet of a finished job) are translation \
        units instead, which match finds, with a note counting them.

        .docx, .odt: a bilingual table of a finished job (Trados Studio's bilingual review \
        export, an agency's two-column table): the German and English columns, told by their \
        words, one unit per row with text in both; a document with no such table is refused \
        (glossa align and build pair a document with its translation).

        .xlsx (Excel, LibreOffice, Google Sheets): every sheet whose first row names the columns \
        as a CSV header would; rows missing a term are skipped with a warning.

        Each of them also compressed with gzip (de-en.tmx.gz), inflated as it is read. A .zip \
        archive (DGT-TM's volumes, a project package) imports every TMX, XLIFF, PO, TBX, TSV and CSV file in it, all of them \
        in one transaction; so does a folder (an OmegaT project's tm/, a delivery unpacked), with \
        its subfolders and Excel files.

        Each file is one transaction: a file that fails half-way (malformed XML, invalid UTF-8, a \
        bad language code, an external entity) changes nothing, and the error names the line and \
        column. Quirks glossa can read through are reported on standard error.
        """
    )

    @Argument(help: ArgumentHelp("Files to import.", valueName: "file"))
    var files: [String]

    @Flag(help: "Replace stored units that have the same source sentence instead of keeping both.")
    var overwrite = false

    @Option(help: ArgumentHelp("The glossary's source language.", valueName: "tag"))
    var from: LanguageTag = .german

    @Option(help: ArgumentHelp("The glossary's target language.", valueName: "tag"))
    var to: LanguageTag = .english

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        for file in files where Glossa.ImportKind(path: file) == nil && Glossa.ImportKind(sniffing: file) != .folder {
            throw ValidationError("\(file): glossa imports .tmx, .xlf/.xliff/.sdlxliff/.mqxliff, .po, .tbx, .tsv (OmegaT glossary), .csv and .xlsx files, also compressed (.tmx.gz), in a .zip archive or a folder, and bilingual tables in .docx and .odt files.")
        }
    }

    struct Report: Encodable {
        var file: String
        var units: ImportSummary
        var glossary: GlossarySummary
        var diagnostics: [String]
    }

    func run() throws {
        try reportingErrors {
            // A memory this command creates and fills with nothing (the first file was refused)
            // is not left behind: the memory is as it was, absent.
            let existed = FileManager.default.fileExists(atPath: memory.path)
            var importedAny = false
            do {
                try importFiles(importedAny: &importedAny)
            } catch {
                if !existed, !importedAny {
                    for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: memory.path + suffix) }
                }
                throw error
            }
        }
    }

    /// Imports every file in its own transaction; `importedAny` tells whether one got in.
    private func importFiles(importedAny: inout Bool) throws {
        let store = try memory.open()
        var reports: [Report] = []
        for file in files {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw CLIError.unreadable(file: file, reason: FileManager.default.fileExists(atPath: file) ? "permission denied" : "no such file")
            }
            let started = Date()
            let kind = Glossa.ImportKind(sniffing: file) ?? Glossa.ImportKind(path: file)!
            if kind != .folder, kind != Glossa.ImportKind(path: file) {
                StandardError.print("glossa: \(file): note: read as \(kind == .tmx ? "TMX" : kind == .xliff ? "XLIFF" : "TBX"), as its root element says")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            let result: FileImportResult
            let whole = kind == .archive ? "archive" : kind == .folder ? "folder" : "file"
            do {
                result = try Glossa.importFile(file, kind: kind, into: store,
                                               policy: overwrite ? .overwrite : .merge, sourceLanguage: from, targetLanguage: to) { count, bytes in
                    // A folder's files are read one after another: no bar for the whole.
                    Terminal.progress("\(file) " + (kind == .folder ? "" : Terminal.bar(done: bytes, of: size)) + " \(count.formatted()) units")
                }
            } catch where error is TMXError || error is XLIFFError || error is POError || error is BilingualTableError
                        || error is GlossaryFormatError || error is ArchiveImportError
                        || error is FolderImportError {
                // A file or archive that could not be read: its transaction was rolled back.
                Terminal.endProgress()
                throw CLIError.badData("\(error) (nothing was imported from this \(whole))")
            } catch let error as MemoryError {
                throw CLIError.memory(error.description)
            }
            Terminal.endProgress()
            for diagnostic in result.diagnostics { StandardError.print("glossa: \(diagnostic)") }
            let seconds = Date().timeIntervalSince(started)
            if !output.json {
                let units = result.units, glossary = result.glossary
                var parts: [String] = []
                if units.added + units.merged + units.replaced > 0 || [.tmx, .xliff, .gettext, .bilingualDocument, .archive, .folder].contains(kind) {
                    parts.append("\(counted(units.added, "unit")) added, \(units.merged) merged, \(counted(units.alternatives, "alternative translation")), \(units.replaced) replaced")
                }
                if glossary.added + glossary.updated > 0 {
                    parts.append("\(counted(glossary.added, "glossary entry", "glossary entries")) added, \(glossary.updated) updated")
                }
                Terminal.write("\(file): \(parts.joined(separator: "; ")) (\(String(format: "%.2f", seconds)) s)\n")
            }
            importedAny = true
            reports.append(Report(file: file, units: result.units, glossary: result.glossary, diagnostics: result.diagnostics.map(\.description)))
        }
        if output.json { Terminal.write(JSONOutput.encode(["imports": reports]) + "\n") }
        if !output.json { StandardError.print("glossa: memory \(store.path)") }
    }
}
