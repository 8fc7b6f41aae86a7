import Foundation
import GlossaCore
import GlossaExchange
import GlossaMemory

/// Why an archive gave nothing to import.
public enum ArchiveImportError: Error, Hashable, Sendable, CustomStringConvertible {
    case archive(ZipError)
    case nothingToImport(file: String, members: [String])

    public var description: String {
        switch self {
        case .archive(let error):
            error.description
        case .nothingToImport(let file, let members):
            "\(file): the archive holds no TMX, XLIFF, TBX, TSV or CSV file (it has \(members.isEmpty ? "no files" : members.prefix(5).joined(separator: ", ") + (members.count > 5 ? ", …" : ""))); unpack it and import the files themselves"
        }
    }
}

extension Glossa {
    /// Imports every TMX, XLIFF, TBX, TSV and CSV file of a ZIP archive (DGT-TM's volumes, a client's
    /// package of memories and glossaries) in one transaction: if one of them fails, the memory
    /// stays as it was. Each member streams from the archive as it is inflated, and becomes an
    /// origin of its own (`Vol_2019_1.zip/DE-EN/0001.tmx`), as if imported by itself. Files of
    /// other kinds and macOS's `__MACOSX` copies are skipped with a note, so are XML files that
    /// are no TMX, XLIFF or TBX (by their root element) and `.txt` files without a tab in their
    /// first line that is no comment (a readme, not an OmegaT glossary).
    /// - Complexity: that of importing the members one by one, less one word count per member.
    static func importArchive(_ path: String, into store: MemoryStore, policy: DuplicatePolicy, sourceLanguage: LanguageTag,
                              targetLanguage: LanguageTag, progress: (_ units: Int, _ bytes: Int) -> Void) throws -> FileImportResult {
        let archive: ZipArchive
        do { archive = try ZipArchive(path: path) } catch { throw ArchiveImportError.archive(error) }
        let files = archive.members.filter { !$0.isDirectory && !$0.isSystemFile }
        var plan: [(member: ZipArchive.Member, kind: ImportKind)] = []
        var skipped: [String] = []
        for member in files {
            guard let kind = try kind(of: member, in: archive) else {
                skipped.append(member.name)
                continue
            }
            plan.append((member, kind))
        }
        guard !plan.isEmpty else { throw ArchiveImportError.nothingToImport(file: path, members: files.map(\.name)) }
        var result = FileImportResult()
        if !skipped.isEmpty { result.diagnostics.append(skippedNote(skipped, from: "", at: path)) }
        try store.importBatch { batch in
            for (member, kind) in plan {
                let name = "\(path)/\(member.name)"
                switch kind {
                case .tmx, .xliff, .gettext:
                    let input: InputFile
                    do { input = try InputFile(member: member, of: archive) } catch let error as ZipError { throw ArchiveImportError.archive(error) }
                    let reader = try unitReader(kind, path: name, input: input)
                    try importUnits(from: reader, name: name, into: batch, policy: policy, result: &result, progress: progress)
                default:
                    // A glossary is read whole; the archive refuses a member too large for that.
                    let bytes: [UInt8]
                    do { bytes = try archive.contents(of: member.name) ?? [] } catch let error as ZipError { throw ArchiveImportError.archive(error) }
                    try importGlossary(bytes, kind: kind, name: name, into: batch, policy: policy, sourceLanguage: sourceLanguage, targetLanguage: targetLanguage,
                                       result: &result)
                }
            }
        }
        return result
    }

    /// What a member is, by its name and, for XML, its root element; nil for what glossa does
    /// not import from an archive (other files, compressed or nested files, workbooks).
    private static func kind(of member: ZipArchive.Member, in archive: ZipArchive) throws -> ImportKind? {
        guard !InputFile.compressedName(member.name), let byName = ImportKind(path: member.name) else { return nil }
        switch byName {
        // (A package's Word documents are mostly its source texts, no bilingual tables.)
        case .archive, .spreadsheet, .folder, .bilingualDocument:
            return nil
        case .tmx, .tbx, .xliff:
            // "terms.xml" may be either; a TMX saved as .tbx is imported as the TMX it is. An .xml
            // file of another kind (a project's settings) is not imported; a .tmx that is no
            // TMX is, to fail with its reader's error.
            let kind = ImportKind.rootElement(bytes: try head(of: member, in: archive)).flatMap(ImportKind.xmlKind(root:))
            return kind ?? (member.name.lowercased().hasSuffix(".xml") ? nil : byName)
        case .omegaTGlossary where member.name.lowercased().hasSuffix(".txt"):
            // A package's "readme.txt" is no glossary.
            return ImportKind.isTabSeparated(head: try head(of: member, in: archive)) ? byName : nil
        default:
            return byName
        }
    }

    /// A member's first 64 KB, for telling its kind.
    private static func head(of member: ZipArchive.Member, in archive: ZipArchive) throws -> [UInt8] {
        do { return try InputFile(member: member, of: archive).read(upTo: 1 << 16) } catch let error as ZipError {
            throw ArchiveImportError.archive(error)
        } catch {
            throw ArchiveImportError.archive(.memberDamaged(file: archive.path, member: member.name, detail: "\(error)"))
        }
    }
}
