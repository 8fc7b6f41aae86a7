import CICU
import GlossaCore

/// Splits a sentence into tokens with ICU's word break iterator, then joins what ICU splits
/// but a translator reads as one: hyphenated compounds ("NATO-Generalsekretär",
/// "Corona-konform", "NATO-Russland-Rat"), a suspended compound's hyphen ("Vize-"), and
/// abbreviations with their period ("z.", "Dr.", "U.S.").
///
/// Not thread-safe: one per task. Cost: O(n), one ICU pass.
public final class Tokenizer {
    public let language: LanguageTag
    private let breaker: ICUBreaker
    private let numbers: NumberReader
    private let abbreviations: Set<String>

    public init(language: LanguageTag) throws(SegmentationError) {
        self.language = language
        do {
            breaker = try ICUBreaker(.word, locale: language.identifier.replacingHyphens())
        } catch {
            throw .icu(error.description)
        }
        numbers = try NumberReader(language: language)
        switch language.language {
        case "de": abbreviations = Set(DefaultSegmentationRules.germanAbbreviations + ["usw", "etc", "usf", "Chr", "v", "n"])
        case "en": abbreviations = Set(DefaultSegmentationRules.englishAbbreviations + DefaultSegmentationRules.englishFinalAbbreviations)
        default: abbreviations = []
        }
    }

    private struct Piece {
        var start: Int
        var end: Int
        var status: GlossaWordStatus
    }

    public func tokens(_ text: String) -> [Token] {
        let units = Array(text.utf16)
        let utf8 = Array(text.utf8)
        var pieces: [Piece] = []
        units.withUnsafeBufferPointer { buffer in
            breaker.setText(buffer)
            var previous = 0
            var cursor = UTF8OffsetCursor()
            var start8 = 0
            _ = breaker.next()
            while let boundary = breaker.next() {
                let end8 = cursor.utf8Offset(of: boundary, in: buffer)
                let isSpace = (previous..<boundary).allSatisfy { UTF16Classes.isSpace(buffer[$0]) }
                if !isSpace { pieces.append(Piece(start: start8, end: end8, status: breaker.wordStatus)) }
                previous = boundary
                start8 = end8
            }
        }
        func string(_ start: Int, _ end: Int) -> String {
            String(decoding: utf8[start..<end], as: UTF8.self)
        }
        var tokens: [Token] = []
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            let isWordLike = piece.status == GLOSSA_WORD_LETTER || piece.status == GLOSSA_WORD_NUMBER
            if isWordLike {
                // Join word-hyphen-word chains without spaces in between (parts are built only
                // for such a chain: most words are alone).
                var end = piece.end
                var parts: [String] = []
                var next = index + 1
                while next + 1 < pieces.count, pieces[next].start == end, isHyphen(utf8, pieces[next]),
                      pieces[next + 1].start == pieces[next].end,
                      pieces[next + 1].status == GLOSSA_WORD_LETTER || pieces[next + 1].status == GLOSSA_WORD_NUMBER {
                    if parts.isEmpty { parts.append(string(piece.start, piece.end)) }
                    parts.append(string(pieces[next + 1].start, pieces[next + 1].end))
                    end = pieces[next + 1].end
                    next += 2
                }
                // A suspended compound: "Vize- und Außenminister".
                var suspended = false
                if next < pieces.count, pieces[next].start == end, isHyphen(utf8, pieces[next]),
                   next + 1 >= pieces.count || pieces[next + 1].start > pieces[next].end {
                    end = pieces[next].end
                    next += 1
                    suspended = true
                }
                let text = string(piece.start, end)
                let range = TextRange(start: piece.start, end: end)
                if parts.count > 1 {
                    tokens.append(Token(text: text, kind: .word, range: range, parts: parts))
                } else if piece.status == GLOSSA_WORD_NUMBER && !suspended {
                    tokens.append(Token(text: text, kind: .number, range: range, number: numbers.value(of: text)))
                } else if !suspended, next < pieces.count, pieces[next].start == end, pieces[next].end == end + 1, utf8[end] == 0x2E,
                          isAbbreviation(text) {
                    let withPeriod = TextRange(start: piece.start, end: pieces[next].end)
                    tokens.append(Token(text: text + ".", kind: .abbreviation, range: withPeriod))
                    next += 1
                } else {
                    tokens.append(Token(text: text, kind: .word, range: range))
                }
                index = next
                continue
            }
            let text = string(piece.start, piece.end)
            let isPunctuation = text.unicodeScalars.allSatisfy { scalar in
                switch scalar.properties.generalCategory {
                case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
                     .finalPunctuation, .otherPunctuation: return true
                default: return false
                }
            }
            tokens.append(Token(text: text, kind: isPunctuation ? .punctuation : .symbol, range: TextRange(start: piece.start, end: piece.end)))
            index += 1
        }
        return tokens
    }

    /// "-", U+2010 HYPHEN or U+2011 NON-BREAKING HYPHEN, read off the UTF-8 bytes.
    private func isHyphen(_ utf8: [UInt8], _ piece: Piece) -> Bool {
        switch piece.end - piece.start {
        case 1: return utf8[piece.start] == 0x2D
        case 3: return utf8[piece.start] == 0xE2 && utf8[piece.start + 1] == 0x80 && (utf8[piece.start + 2] == 0x90 || utf8[piece.start + 2] == 0x91)
        default: return false
        }
    }

    /// A listed abbreviation, a single letter (initials, "z." of "z. B."), or dotted letters ("U.S").
    private func isAbbreviation(_ word: String) -> Bool {
        if abbreviations.contains(word) { return true }
        if word.count == 1, word.first?.isLetter == true { return true }
        return word.contains(".") && word.split(separator: ".").allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isLetter) }
    }
}
