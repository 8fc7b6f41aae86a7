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

@Suite struct TailSignatureTests {
    func admits(_ pattern: String, _ text: String) -> Bool {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { TailSignature(pattern: pattern).admits($0, at: $0.count) }
    }

    @Test func signaturesReadThePatternsTail() {
        #expect(TailSignature(pattern: "\\b\\d{1,2}\\.").classes == [.set([0x2E])!, .digit])
        #expect(TailSignature(pattern: "\\p{Ll}str\\.").classes.count == 4)
        #expect(TailSignature(pattern: "[?!][\"'“”]").classes.count == 2)
        #expect(TailSignature(pattern: "a|b").classes.isEmpty)
        #expect(TailSignature(pattern: "(?i)x\\.").classes.isEmpty)
        #expect(TailSignature(pattern: "\\.?").classes.isEmpty)
        #expect(TailSignature(pattern: "\\s(?:\\.\\.\\.|…)").classes == [.set([0x2E, 0x2026])!])
        #expect(TailSignature(pattern: "^(?:\\d{1,3}\\.){1,4}").classes == [.set([0x2E])!])
        #expect(TailSignature(pattern: "(?:a|\\d)").classes.isEmpty)
        #expect(TailSignature(pattern: "\\b(?:usw|etc)\\.").classes == [.set([0x2E])!, .set([0x77, 0x63])!, .set([0x73, 0x74])!, .set([0x75, 0x65])!])
    }

    /// A signature may only say no where the pattern cannot match.
    @Test(arguments: [
        ("\\b\\d{1,2}\\.", "am 12.", true), ("\\b\\d{1,2}\\.", "Brüssel.", false),
        ("\\p{Ll}str\\.", "Hauptstr.", true), ("\\p{Ll}str\\.", "Brüssel.", false),
        ("\\b\\p{Lu}\\.", "J.", true), ("\\b\\p{Lu}\\.", "Europa.", false),
        ("[?!][\"“”]", "du?“", true), ("[?!][\"“”]", "du.“", false),
        ("[\\.\\?!]+", "Ja!", true), ("[\\.\\?!]+", "Ja“", false),
        ("\\s(?:\\.\\.\\.|…)", "Was ...", true), ("\\s(?:\\.\\.\\.|…)", "Was …", true), ("\\s(?:\\.\\.\\.|…)", "Was“", false),
    ])
    func admitsExactlyWhatCanMatch(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(admits(pattern, text) == expected)
    }
}

@Suite struct TailSignatureAnchorTests {
    func admits(_ pattern: String, _ text: String) -> Bool {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { TailSignature(pattern: pattern).admits($0, at: $0.count) }
    }

    @Test(arguments: [
        ("\\b\\p{Ll}\\.", "z.", true), ("\\b\\p{Ll}\\.", "gilt z.", true), ("\\b\\p{Ll}\\.", "Europa.", false),
        ("^\\p{L}[.)]", "a)", true), ("^\\p{L}[.)]", "x\na.", true), ("^\\p{L}[.)]", "Europa.", false),
        ("^(?:\\d{1,3}\\.){0,3}\\d{1,3}\\.", "1.2.", true), ("^(?:\\d{1,3}\\.){0,3}\\d{1,3}\\.", "Jahr 2.", true),
        ("^(?:\\d{1,3}\\.){0,3}\\d{1,3}\\.", "Europa.", false),
    ])
    func anchorsNarrowTheSignatureWithoutLosingMatches(_ pattern: String, _ text: String, _ expected: Bool) {
        #expect(admits(pattern, text) == expected)
    }
}
