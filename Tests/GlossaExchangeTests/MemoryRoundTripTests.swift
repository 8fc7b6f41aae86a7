import Foundation
import GlossaKit
import Testing

/// TMX → memory → TMX → memory: the units that come back are the units that went in, for the
/// hand-made file with every element and attribute and for OmegaT's own files.
@Suite struct MemoryRoundTripTests {
    static func unitsInMemory(_ store: MemoryStore) throws -> [TranslationUnit] {
        var units: [TranslationUnit] = []
        try store.forEachUnit { units.append($0) }
        return units
    }

    @Test(arguments: ["every-element.tmx", "omegat-3.6-tmx11.tmx", "omegat-3.6-level2.tmx"])
    func importExportImportKeepsEveryUnit(file: String) throws {
        let path = TMXReaderTests.fixture(file)
        let original = try TMXReader(path: path).readAll()
        let first = try MemoryStore()
        _ = try Glossa.importFile(path, kind: .tmx, into: first)
        let stored = try Self.unitsInMemory(first)
        #expect(stored == original)

        let exported = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-roundtrip-\(UUID().uuidString).tmx")
        defer { try? FileManager.default.removeItem(at: exported) }
        let writer = TMXWriter(level: .markup)
        var text = writer.prolog(header: TMXWriter.glossaHeader(sourceLanguage: try first.mostCommonLanguage(coveredBy: .german) ?? .german,
                                                                 toolVersion: Glossa.version))
        try first.forEachUnit { text += writer.unit($0) }
        text += TMXWriter.epilog
        try text.write(to: exported, atomically: false, encoding: .utf8)
        #expect(SchemaValidation.violations(of: text, against: "tmx14.xsd") == [])

        let second = try MemoryStore()
        _ = try Glossa.importFile(exported.path, kind: .tmx, into: second)
        #expect(try Self.unitsInMemory(second) == original)
    }
}
