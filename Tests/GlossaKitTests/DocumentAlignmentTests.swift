import Foundation
import GlossaCore
@testable import GlossaKit
import Testing

@Suite struct DocumentAlignmentTests {
    /// Text copied from a web page: soft hyphens and zero-width spaces inside words are dropped
    /// before aligning, so the memory stores (and matches) the words as they read.
    @Test func softHyphensAndZeroWidthSpacesAreGoneFromTheSentencePairs() throws {
        let german = "Die NATO verlangt ein Ende des Truppen\u{AD}aufmarsches. Moskau lehnt Einfluss\u{200B}sphären ab."
        let english = "NATO demands an end to the troop build-up. Moscow rejects spheres of influence."
        let pairs = try Glossa.align(sourceText: german, targetText: english).pairs
        #expect(pairs.map(\.source) == ["Die NATO verlangt ein Ende des Truppenaufmarsches.", "Moskau lehnt Einflusssphären ab."])
    }

    /// Wire copy: dpa's dateline and credit line on the German side, Reuters' on the English;
    /// neither is a sentence of the article, so none reaches the sentence pairs.
    @Test func agencyDatelinesAndCreditLinesStayOutOfTheSentencePairs() throws {
        let german = """
            Berlin (dpa) - Die Bundesregierung will den Ausbau der Windkraft an Land beschleunigen. Das Kabinett beschloss am Mittwoch einen Gesetzentwurf.

            Künftig sollen neue Windräder innerhalb von sechs Monaten genehmigt werden.

            © dpa-infocom, dpa:240112-99-123456/3
            """
        let english = """
            BERLIN, Jan 10 (Reuters) - The German government wants to speed up the expansion of onshore wind power. On Wednesday the cabinet approved a draft law.

            In future, new wind turbines are to be approved within six months.

            (Reporting by Markus Wacket; Editing by Rachel More)
            """
        let pairs = try Glossa.align(sourceText: german, targetText: english).pairs
        #expect(pairs.map(\.source) == ["Die Bundesregierung will den Ausbau der Windkraft an Land beschleunigen.",
                                        "Das Kabinett beschloss am Mittwoch einen Gesetzentwurf.",
                                        "Künftig sollen neue Windräder innerhalb von sechs Monaten genehmigt werden."])
        #expect(pairs.first?.target == "The German government wants to speed up the expansion of onshore wind power.")
    }

    static let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()

    static func text(_ path: String) throws -> String {
        try String(contentsOf: tests.appendingPathComponent(path), encoding: .utf8)
    }

    /// The wrong English article beside a German one aligns by sentence length all the same;
    /// its words tell: they hardly ever match. A translation's do, with or without a dictionary.
    @Test func twoArticlesThatAreNoTranslationsAreTold() throws {
        let seedGerman = try Self.text("../Corpora/nato-russia-2022-01/de.txt"), seedEnglish = try Self.text("../Corpora/nato-russia-2022-01/en.txt")
        let strikeGerman = try Self.text("GlossaAlignTests/Articles/rail-strike.de.txt")
        let strikeEnglish = try Self.text("GlossaAlignTests/Articles/rail-strike.en.txt")
        for (german, english) in [(seedGerman, seedEnglish), (strikeGerman, strikeEnglish)] {
            let alignment = try Glossa.align(sourceText: german, targetText: english)
            #expect((alignment.lexicalSupport?.matchRate ?? 0) > 0.2)
            #expect(alignment.problem(sourceName: "de.txt", targetName: "en.txt") == nil)
        }
        // A dictionary that knows the common words of both does not make them translations.
        var dictionary = BilingualDictionary()
        for (word, translation) in [("nato", "nato"), ("mittwoch", "wednesday"), ("gesprach", "talks"), ("regierung", "government"),
                                    ("streik", "strike"), ("bahn", "railway"), ("deutschland", "germany"), ("prozent", "percent")] {
            dictionary.add(word, translation)
        }
        for (german, english) in [(seedGerman, strikeEnglish), (strikeGerman, seedEnglish)] {
            let alignment = try Glossa.align(sourceText: german, targetText: english)
            #expect((alignment.lexicalSupport?.matchRate ?? 1) < 0.05)
            let withDictionary = try Glossa.align(sourceText: german, targetText: english, dictionary: dictionary)
            #expect((withDictionary.lexicalSupport?.matchRate ?? 1) < 0.05)
            let problem = alignment.problem(sourceName: "de.txt", targetName: "en.txt")
            #expect(problem?.description.hasPrefix("en.txt does not look like a translation of de.txt") == true, "\(problem?.description ?? "none")")
        }
        // A recipe's translation has hardly a name, number or cognate to match (4%), but its
        // sentences' lengths follow each other as a translation's do: no verdict against it.
        let soup = try Glossa.align(sourceText: Self.text("GlossaAlignTests/Articles/potato-soup.de.txt"),
                                    targetText: Self.text("GlossaAlignTests/Articles/potato-soup.en.txt"))
        #expect((soup.lexicalSupport?.matchRate ?? 1) < TranslationCheck.minimumMatchRate)
        #expect(soup.problem(sourceName: "de.txt", targetName: "en.txt") == nil)
        #expect(soup.pairs.first?.target == "Grandma's potato soup")
        // Too short to tell: no verdict.
        let short = try Glossa.align(sourceText: "Die NATO tagt. Moskau schweigt.", targetText: "It rained. The match was cancelled.")
        #expect(short.problem(sourceName: "a", targetName: "b") == nil)
    }

    @Test func textWithoutInvisibleCharactersIsLeftAsItIs() {
        let text = "Zugleich bekräftigte er aber, die NATO werde nicht zulassen …"
        #expect(InvisibleCharacters.removed(from: text) == text)
        #expect(InvisibleCharacters.removed(from: "a\u{AD}b\u{2060}c\u{FEFF}") == "abc")
    }
}
