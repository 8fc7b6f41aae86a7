import Foundation
import GlossaCore
import GlossaText
import Testing

/// The seed article and the project's English translation of it against hand-checked lists of
/// their sentences. Re-record after a deliberate change with
/// `GLOSSA_RECORD=1 swift test --filter SeedArticle`, then read the diff of
/// `Fixtures/seed.*.sentences.txt` before committing it.
@Suite struct SeedArticleGoldenTests {
    static let fixtures = Bundle.module.resourceURL!.appendingPathComponent("Fixtures")

    @Test(arguments: ["de", "en"])
    func seedMatchesTheGoldenSentenceList(_ code: String) throws {
        let text = try String(contentsOf: Self.fixtures.appendingPathComponent("seed.\(code).txt"), encoding: .utf8)
        let result = try SentenceSegmenter(language: LanguageTag(code)!).segment(text)
        let produced = result.segments.map(\.text).joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["GLOSSA_RECORD"] == "1" {
            let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seed.\(code).sentences.txt")
            try produced.write(to: source, atomically: false, encoding: .utf8)
        }
        let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("seed.\(code).sentences.txt"), encoding: .utf8)
        #expect(produced == golden)
        #expect(result.metadata?.date == "2022-01")
        #expect(result.segments.count == 42)
        #expect(result.segments.map(\.paragraph).last == 11)
    }

    /// The two versions are translations paragraph for paragraph: same paragraph count, and the
    /// sentences per paragraph agree (the aligner's gold standard leans on this).
    @Test func germanAndEnglishSeedsHaveTheSameParagraphShape() throws {
        func shape(_ code: String) throws -> [Int] {
            let text = try String(contentsOf: Self.fixtures.appendingPathComponent("seed.\(code).txt"), encoding: .utf8)
            let segments = try SentenceSegmenter(language: LanguageTag(code)!).segment(text).segments
            return Dictionary(grouping: segments, by: \.paragraph).sorted { $0.key < $1.key }.map(\.value.count)
        }
        #expect(try shape("de") == shape("en"))
    }
}
