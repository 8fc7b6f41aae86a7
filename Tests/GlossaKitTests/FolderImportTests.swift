import Foundation
import GlossaKit
import Testing

/// A folder of memories and glossaries (an OmegaT project's `tm/` and `glossary/`, a client's
/// delivery unpacked) is imported whole in one transaction, or not at all.
@Suite struct FolderImportTests {
    /// A fresh folder holding `files` (relative path → contents).
    static func folder(_ files: [(String, String)]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-folder-\(UUID().uuidString)")
        for (name, contents) in files {
            let url = root.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try contents.write(to: url, atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        return root.path
    }

    @Test func importsEveryMemoryAndGlossaryOfAFolder() throws {
        let path = try Self.folder([
            ("tm/DE-EN-0001.tmx", ArchiveImportTests.volume1),
            ("tm/auto/DE-EN-0002.xml", ArchiveImportTests.volume2),
            // OmegaT opens its glossaries with a comment line.
            ("glossary/glossary.txt", "# Glossary in tab-separated format -*- coding: utf-8 -*-\nKommission\tCommission\n"),
            ("Begriffe.csv", "de,en\nVerordnung,regulation\n"),
            ("readme.txt", "Dieses Paket enthält die Übersetzungen.\n"),
            ("omegat/project.xml", "<omegat><project version=\"1.0\"/></omegat>"),
            (".git/objects.tmx", "not a memory"),
            ("tm/~$Entwurf.tmx", "lock"),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(Glossa.ImportKind(sniffing: path) == .folder)
        let store = try MemoryStore()
        let result = try Glossa.importFile(path, kind: .folder, into: store)
        #expect(result.units.added == 3)
        #expect(result.glossary.added == 2)
        #expect(result.diagnostics.first?.message
            == "3 file(s) of kinds glossa does not import from a folder were skipped: omegat/project.xml, readme.txt, tm/~$Entwurf.tmx")
        let match = try store.match("Die Mitgliedstaaten setzen die Richtlinie bis 2027 um.", from: .german).first
        #expect(match?.origin == "\(path)/tm/auto/DE-EN-0002.xml")
        #expect(try store.statistics().origins == 2)
        #expect(try store.concordance("Beschluss", language: .german).total == 1)
    }

    /// The last file in name order is malformed: the files before it are not kept either.
    @Test func keepsNothingWhenOneFileFails() throws {
        let path = try Self.folder([
            ("a.tmx", ArchiveImportTests.volume2), ("b.tsv", "Rat\tCouncil\n"), ("c.tmx", String(ArchiveImportTests.volume1.dropLast(30))),
        ])
        defer { try? FileManager.default.removeItem(atPath: path) }
        let store = try MemoryStore()
        #expect {
            _ = try Glossa.importFile(path, kind: .folder, into: store)
        } throws: { error in
            "\(error)".hasPrefix("\(path)/c.tmx:")
        }
        let after = try store.statistics()
        #expect(after.units == 0 && after.origins == 0 && after.glossary.values.reduce(0, +) == 0)
    }

    @Test func refusesAFolderWithNothingToImport() throws {
        let path = try Self.folder([("Artikel.docx", "PK"), ("notes.md", "# Notes")])
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: FolderImportError.nothingToImport(folder: path, files: ["Artikel.docx", "notes.md"])) {
            try Glossa.importFile(path, kind: .folder, into: MemoryStore())
        }
    }
}
