import Foundation
import GlossaCore
import GlossaExchange
import GlossaMemory

/// Why a folder gave nothing to import.
public enum FolderImportError: Error, Hashable, Sendable, CustomStringConvertible {
    case nothingToImport(folder: String, files: [String])
    case unreadable(folder: String, reason: String)

    public var description: String {
        switch self {
        case .nothingToImport(let folder, let files):
            "\(folder): the folder holds no TMX, XLIFF, TBX, TSV, CSV or Excel file (\(files.isEmpty ? "it is empty" : "it has " + files.prefix(5).joined(separator: ", ") + (files.count > 5 ? ", …" : ""))); give the files themselves"
        case .unreadable(let folder, let reason):
            "\(folder): cannot list the folder (\(reason))"
        }
    }
}

extension Glossa {
    /// Imports every TMX, XLIFF, TBX, TSV, CSV and Excel file in a folder and its subfolders
    /// (an OmegaT project's `tm/` and `glossary/`, a client's delivery unpacked) in one
    /// transaction: if one of them fails, the memory stays as it was, and the error names the
    /// file. Files are taken in name order, each an origin of its own. Hidden files and folders,
    /// Office lock files (`~$…`), unfinished exports (`….partial`), XML of other kinds, `.txt`
    /// files without a tab in their first line that is no comment (a readme) and archives
    /// (import each by itself) are skipped with one note.
    /// - Complexity: that of importing the files one by one, less one word count per file.
    static func importFolder(_ path: String, into store: MemoryStore, policy: DuplicatePolicy, sourceLanguage: LanguageTag,
                             targetLanguage: LanguageTag, progress: (_ units: Int, _ bytes: Int) -> Void) throws -> FileImportResult {
        let names: [String]
        do { names = try FileManager.default.subpathsOfDirectory(atPath: path).sorted() } catch {
            throw FolderImportError.unreadable(folder: path, reason: (error as NSError).localizedDescription)
        }
        var plan: [(file: String, kind: ImportKind)] = []
        var skipped: [String] = []
        for name in names {
            let file = (path as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            // Hidden files and whatever lies in hidden folders (.git, .omegat) are no one's delivery.
            if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            let base = (name as NSString).lastPathComponent
            guard !base.hasPrefix("~$"), !base.hasSuffix(".partial"), let kind = folderKind(of: file) else {
                skipped.append(name)
                continue
            }
            plan.append((file, kind))
        }
        guard !plan.isEmpty else { throw FolderImportError.nothingToImport(folder: path, files: names) }
        var result = FileImportResult()
        if !skipped.isEmpty { result.diagnostics.append(skippedNote(skipped, from: " from a folder", at: path)) }
        try store.importBatch { batch in
            for (file, kind) in plan {
                switch kind {
                case .tmx, .xliff, .gettext:
                    let reader = try unitReader(kind, path: file)
                    try importUnits(from: reader, name: file, into: batch, policy: policy, result: &result, progress: progress)
                case .spreadsheet:
                    let read = try TabularGlossary.readXLSX(path: file, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage)
                    result.diagnostics += read.diagnostics
                    try saveRows(read.entries, kind: .spreadsheet, name: file, into: batch, policy: policy, result: &result)
                default:
                    let bytes: [UInt8]
                    do { bytes = try InputFile.contents(of: file) ?? [] } catch let error as InputFileError {
                        throw GlossaryFormatError.malformed(XMLError(file: file, line: nil, column: nil, message: error.description))
                    }
                    try importGlossary(bytes, kind: kind, name: file, into: batch, policy: policy, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                       result: &result)
                }
            }
        }
        return result
    }

    /// What a file in a folder is, by its name and, for XML, its root element; nil for what
    /// glossa does not import from a folder.
    private static func folderKind(of file: String) -> ImportKind? {
        guard let byName = ImportKind(path: file) else { return nil }
        switch byName {
        // (A delivery's Word documents are mostly its source texts, no bilingual tables.)
        case .archive, .folder, .bilingualDocument:
            return nil
        case .tmx, .tbx, .xliff:
            // "terms.xml" may be either; an .xml file of another kind (a project's settings) is
            // not imported; a .tmx that is no TMX is, to fail with its reader's error.
            let kind = ImportKind.rootElement(file).flatMap(ImportKind.xmlKind(root:))
            return kind ?? (file.lowercased().hasSuffix(".xml") ? nil : byName)
        case .omegaTGlossary where file.lowercased().hasSuffix(".txt"):
            return ImportKind.isTabSeparated(head: InputFile.prefix(of: file, count: 1 << 12) ?? []) ? byName : nil
        default:
            return byName
        }
    }
}
