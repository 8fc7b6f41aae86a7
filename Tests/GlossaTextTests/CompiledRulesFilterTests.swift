import GlossaCore
import GlossaTestSupport
@testable import GlossaText
import Testing

/// The shortcuts of the compiled rules (the step filter, native `\s` after a break) must never
/// change a decision.
@Suite struct CompiledRulesFilterTests {
    static let pieces = SegmentationPropertyTests.pieces + [
        "u. ä.", "o.Ä.", "v. Chr.", "3. Oktober 1990", "im 19.", "Jahrhundert", "Hauptstr.", "1.", "IV.", "No.", "5",
        "Ä.", "ä", "ü.", "Str.", "Nr.", "ca.", "Prof.", "A.M.", "p.m.", "St.", "?“", "!«", "Yahoo!Mail", "(...)", "[…]",
    ]

    @Test(arguments: ["de", "en"])
    func theFilterAsksTheSameFirstRule(_ code: String) throws {
        let language = LanguageTag(code)!
        let rules = try CompiledRules(DefaultSegmentationRules.rules.rules(for: language) { pattern, code in
            (try? ICURegex("(?:\(pattern))$"))?.matchesWhole(code) ?? false
        }, language: language)
        var generator = SplitMix64(state: 7)
        var decided = 0
        for _ in 0..<300 {
            let count = Int.random(in: 1...30, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator)! }.joined(separator: Bool.random(using: &generator) ? " " : "")
            let units = Array(text.utf16)
            units.withUnsafeBufferPointer { buffer in
                rules.setText(buffer)
                for position in 1..<max(buffer.count, 1) {
                    let filtered = rules.decision(at: position, in: buffer)
                    let reference = rules.decisionAskingEveryStep(at: position, in: buffer)
                    #expect(filtered == reference, "at \(position) in \(text.debugDescription)")
                    if reference != nil { decided += 1 }
                }
            }
        }
        #expect(decided > 500, "the texts must reach the rules")
    }

    @Test func aSpaceAfterTheBreakIsICUsWhiteSpace() throws {
        let regex = try ICURegex("\\s")
        let native = try AfterBreak("\\s")
        let units: [UInt16] = Array(0x00...0x30) + [0x85, 0xA0, 0x1680, 0x180E, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF, 0xE4]
            + Array(0x2000...0x200F)
        for unit in units {
            [unit].withUnsafeBufferPointer { buffer in
                regex.setText(buffer)
                #expect(native.matches(at: 0, in: buffer) == regex.matches(at: 0), "U+\(String(unit, radix: 16))")
            }
        }
        if case .space = native {} else { Issue.record("\\s must be read natively") }
        if case .anything = try AfterBreak("\\s*") {} else { Issue.record("\\s* matches anything") }
    }

    /// The native look at an afterbreak's start may only say no where ICU says no.
    @Test(arguments: ["\\s+\\d[\\d.,:]*\\s+\\p{Ll}", "\\s\\p{Lu}", "\\s*\\p{Ll}", "\\d", "\\s+[0-9]+"])
    func theHeadSignatureNeverRejectsWhatICUMatches(_ pattern: String) throws {
        let head = try #require(HeadSignature(afterBreak: pattern))
        let regex = try ICURegex("(?=\(pattern))", options: .multiline)
        let pieces = [" ", "  ", "\n", "\u{A0}", "5", "12", "٣", "a", "z", "Ä", "ä", "A", ".", ",", "x1", "é", "\u{2003}"]
        var generator = SplitMix64(state: 11)
        var rejected = 0
        for _ in 0..<400 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let units = Array(text.utf16)
            units.withUnsafeBufferPointer { buffer in
                regex.setText(buffer)
                for position in 0..<buffer.count where !head.admits(buffer, at: position) {
                    rejected += 1
                    #expect(!regex.matches(at: position), "\(pattern) at \(position) in \(text.debugDescription)")
                }
            }
        }
        #expect(rejected > 100, "the texts must reach the rejections")
        #expect(HeadSignature(afterBreak: "\\s+\\d?x") == nil && HeadSignature(afterBreak: "\\s+[\"“(]?\\p{Lu}") == nil)
    }
}
