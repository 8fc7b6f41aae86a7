import GlossaCore
import GlossaExchange
import GlossaMemory

/// What the imports of several files in one transaction (an archive's members, a folder's
/// files) do alike for each file: its units streamed from its reader, or its glossary read
/// whole, and one note for what was passed over.
extension Glossa {
    /// Streams one file's units into `batch` as an origin of its own, adding to `result`.
    static func importUnits(from reader: any TranslationUnitReader, name: String, into batch: ImportBatch, policy: DuplicatePolicy,
                            result: inout FileImportResult, progress: (_ units: Int, _ bytes: Int) -> Void) throws {
        let before = result.units.added + result.units.merged + result.units.alternatives
        var diagnostics: [Diagnostic] = []
        result.units += try batch.importUnits(origin: Origin(name: name, kind: .file, header: reader.header), policy: policy) { sink in
            diagnostics = try pour(reader, into: sink, unitsBefore: before, progress: progress)
        }
        result.diagnostics += diagnostics
    }

    /// Saves one glossary file's entries (TBX, TSV, CSV bytes) into `batch`, a table's sentence
    /// pairs as units (``saveRows(_:kind:name:into:policy:result:)``), adding to `result`.
    static func importGlossary(_ bytes: [UInt8], kind: ImportKind, name: String, into batch: ImportBatch, policy: DuplicatePolicy,
                               sourceLanguage: LanguageTag, targetLanguage: LanguageTag, result: inout FileImportResult) throws {
        let read = try readGlossary(bytes, kind: kind, file: name, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
        result.diagnostics += read.diagnostics
        try saveRows(read.entries, kind: kind, name: name, into: batch, policy: policy, result: &result)
    }

    /// The one note for the files of an archive or folder that were passed over, naming the first five.
    static func skippedNote(_ skipped: [String], from place: String, at path: String) -> Diagnostic {
        let shown = skipped.prefix(5).joined(separator: ", ") + (skipped.count > 5 ? ", …" : "")
        return Diagnostic(.note, "\(skipped.count) file(s) of kinds glossa does not import\(place) were skipped: \(shown)", at: SourceLocation(file: path))
    }
}
