import Foundation
import GlossaCore
import GlossaText
import Testing

/// The whole seed article against a hand-checked list of its sentences.
/// Re-record after a deliberate change with `GLOSSA_RECORD=1 swift test --filter SeedArticle`,
/// then read the diff of `Fixtures/seed.de.sentences.txt` before committing it.
@Suite struct SeedArticleGoldenTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    @Test func germanSeedMatchesTheGoldenSentenceList() throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("seed.de.txt"), encoding: .utf8)
        let result = try SentenceSegmenter(language: .german).segment(text)
        let produced = result.segments.map(\.text).joined(separator: "\n") + "\n"
        let goldenURL = Self.fixtures.appendingPathComponent("seed.de.sentences.txt")
        if ProcessInfo.processInfo.environment["GLOSSA_RECORD"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seed.de.sentences.txt")
            try produced.write(to: source, atomically: true, encoding: .utf8)
        }
        let golden = try String(contentsOf: goldenURL, encoding: .utf8)
        #expect(produced == golden)
        #expect(result.metadata?.date == "2022-01")
        #expect(result.segments.count == 42)
        #expect(result.segments.first?.text.hasPrefix("Die Differenzen") == true)
        #expect(result.segments.map(\.paragraph).last == 11)
    }
}
