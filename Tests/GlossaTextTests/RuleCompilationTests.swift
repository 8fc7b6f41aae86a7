import GlossaCore
@testable import GlossaText
import Testing

@Suite struct RuleCompilationTests {
    @Test func unboundedQuantifiersAreBoundedForLookbehind() {
        #expect(LookbehindBounds.bounded("[\\.\\?!]+", limit: 8) == "[\\.\\?!]{1,8}")
        #expect(LookbehindBounds.bounded("\\s*x", limit: 8) == "\\s{0,8}x")
        #expect(LookbehindBounds.bounded("a{2,}", limit: 8) == "a{2,8}")
        #expect(LookbehindBounds.bounded("a++b*?", limit: 8) == "a{1,8}+b{0,8}?")
        #expect(LookbehindBounds.bounded("[*+]\\+(?:x)", limit: 8) == "[*+]\\+(?:x)")
        #expect(LookbehindBounds.bounded("\\p{Lu}+", limit: 8) == "\\p{Lu}{1,8}")
    }

    @Test func literalListsAreRecognised() {
        let list = LiteralPattern("\\b(?:Dr|Prof|z\\.B)\\.")
        #expect(list?.words == ["Dr.", "Prof.", "z.B."])
        #expect(list?.wordBoundary == true)
        #expect(LiteralPattern("(?i)\\b[Aa]bb\\.")?.words == ["abb."])
        #expect(LiteralPattern("\\bDr\\.")?.words == ["Dr."])
        #expect(LiteralPattern("\\b\\p{Lu}\\.") == nil)
        #expect(LiteralPattern("[\\.\\?!]+") == nil)
        #expect(LiteralPattern("\\b(?:Dr|Prof)s?\\.") == nil)
    }

    /// OmegaT-style files write one rule per abbreviation; they must behave like one list.
    @Test func oneRulePerAbbreviationBehavesLikeAList() throws {
        let rules = SegmentationRules(
            languageRules: [.init(name: "X", rules: [
                .init(isBreak: false, beforeBreak: "\\bDr\\.", afterBreak: "\\s"),
                .init(isBreak: false, beforeBreak: "\\bProf\\.", afterBreak: "\\s"),
                .init(isBreak: true, beforeBreak: "[\\.\\?!]+", afterBreak: "\\s+\\p{Lu}"),
            ])],
            languageMaps: [.init(languagePattern: ".*", languageRuleName: "X")],
            cascade: false
        )
        let segmenter = try SentenceSegmenter(language: .german, ruleSets: [rules])
        let result = segmenter.segment("Prof. Dr. Schmidt kam. Er blieb.").segments.map(\.text)
        #expect(result == ["Prof. Dr. Schmidt kam.", "Er blieb."])
    }

    @Test func breakRulesAddBoundariesICUDoesNotPropose() throws {
        let rules = SegmentationRules(
            languageRules: [.init(name: "X", rules: [.init(isBreak: true, beforeBreak: ";", afterBreak: "\\s")])],
            languageMaps: [.init(languagePattern: "de.*", languageRuleName: "X")],
            cascade: false
        )
        let result = try SentenceSegmenter(language: .german, ruleSets: [rules]).segment("Erstens; zweitens. Drittens").segments.map(\.text)
        #expect(result == ["Erstens;", "zweitens.", "Drittens"])
    }

    @Test func aBrokenPatternNamesTheRule() {
        let location = SourceLocation(file: "mine.srx", line: 7, column: 9)
        let rules = SegmentationRules(
            languageRules: [.init(name: "X", rules: [.init(isBreak: false, beforeBreak: "(unclosed", afterBreak: "\\s", location: location)])],
            languageMaps: [.init(languagePattern: ".*", languageRuleName: "X")],
            cascade: false
        )
        #expect {
            _ = try SentenceSegmenter(language: .german, ruleSets: [rules])
        } throws: { error in
            guard case let .invalidRule(where_, pattern, _) = error as? SegmentationError else { return false }
            return where_ == location && pattern == "(unclosed" && "\(error)".contains("mine.srx:7:9")
        }
    }
}
