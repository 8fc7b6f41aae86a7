/// How line breaks in the input are read.
public enum LineBreakMode: String, Sendable, CaseIterable {
    /// Every line is a paragraph (glossa's corpus format; headlines and list items are lines).
    case paragraph
    /// Hard-wrapped text: only blank lines separate paragraphs, single line breaks are spaces.
    case wrapped
    /// Wrapped if the text looks hard-wrapped (``LineWrapping``), else paragraph.
    case automatic
}

/// Tells hard-wrapped text (mail, wire copy, text saved at 72 columns) from one paragraph per
/// line. In wrapped text most lines run on into the next: they end without a sentence's final
/// punctuation, the next line is not blank, and they are short (at most 100 characters, most
/// at least 40). One paragraph per line has long lines that end a sentence; its short lines
/// (headlines, list items) are too few, or end in punctuation.
/// - Complexity: one pass over at most the first 400 lines.
public enum LineWrapping {
    public static func looksWrapped(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Bool {
        var lines: [(length: Int, last: Unicode.Scalar?)] = []
        var lineStart = start
        var index = start
        while index <= bytes.count, lines.count < 400 {
            if index == bytes.count || bytes[index] == 0x0A {
                var end = index
                while end > lineStart, [0x20, 0x09, 0x0D].contains(bytes[end - 1]) { end -= 1 }
                var characters = 0
                for offset in lineStart..<end where bytes[offset] & 0xC0 != 0x80 { characters += 1 }
                var lead = end - 1
                while lead > lineStart, bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                let last = end > lineStart ? String(decoding: UnsafeBufferPointer(rebasing: bytes[lead..<end]), as: UTF8.self).unicodeScalars.first : nil
                lines.append((characters, last))
                lineStart = index + 1
            }
            index += 1
        }
        var continued = 0, runOn = 0, longRunOn = 0, tooLong = 0, nonBlank = 0
        for (position, line) in lines.enumerated() where line.last != nil {
            nonBlank += 1
            if line.length > 100 { tooLong += 1 }
            guard position + 1 < lines.count, lines[position + 1].last != nil else { continue }
            continued += 1
            // A letter, digit, comma, hyphen or closing bracket: the sentence goes on.
            guard let last = line.last, !Self.ending.contains(last) else { continue }
            runOn += 1
            if line.length >= 40 { longRunOn += 1 }
        }
        return runOn >= 3 && runOn * 2 >= continued && longRunOn * 2 >= runOn && tooLong * 5 <= nonBlank
    }

    /// What a line that ends a sentence or a list item ends with.
    static let ending = Set(".!?:;\"'»«)]“”‘’…".unicodeScalars)
}

/// Finds the paragraphs of UTF-8 text: byte ranges of their content, without line terminators.
/// Paragraph boundaries always break a sentence. Cost: one pass over the bytes.
enum Paragraphs {
    struct Span {
        var start: Int
        var end: Int
    }

    static func spans(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, mode: LineBreakMode) -> [Span] {
        var spans: [Span] = []
        var lineStart = start
        var paragraphStart: Int?
        var paragraphEnd = start
        var index = start
        func closeLine(end: Int) {
            let blank = isBlank(bytes, lineStart, end)
            switch mode {
            case .paragraph, .automatic:
                if !blank { spans.append(Span(start: lineStart, end: end)) }
            case .wrapped:
                if blank {
                    if let begin = paragraphStart { spans.append(Span(start: begin, end: paragraphEnd)) }
                    paragraphStart = nil
                } else {
                    // A list item opens a paragraph of its own, blank line or not.
                    if let begin = paragraphStart, startsListItem(bytes, lineStart, end) {
                        spans.append(Span(start: begin, end: paragraphEnd))
                        paragraphStart = nil
                    }
                    if paragraphStart == nil { paragraphStart = lineStart }
                    paragraphEnd = end
                }
            }
        }
        let raw = UnsafeRawBufferPointer(bytes)
        while index < bytes.count {
            // Fast path, eight bytes at a time: nearly every byte is neither a line break (≤ 0x0D)
            // nor the lead byte of U+2028/9 (0xE2).
            if index + 8 <= bytes.count, !mayHoldLineBreak(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte > 0x0D && byte != 0xE2 {
                index += 1
                continue
            }
            if byte == 0x0A || byte == 0x0D {
                closeLine(end: index)
                index += (byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A) ? 2 : 1
                lineStart = index
            } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                // U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR: explicit, always a paragraph end.
                closeLine(end: index)
                if mode == .wrapped, let begin = paragraphStart {
                    spans.append(Span(start: begin, end: paragraphEnd))
                    paragraphStart = nil
                }
                index += 3
                lineStart = index
            } else {
                index += 1
            }
        }
        closeLine(end: bytes.count)
        if mode == .wrapped, let begin = paragraphStart { spans.append(Span(start: begin, end: paragraphEnd)) }
        return spans
    }

    /// True if one of the eight bytes is below 0x0E or is 0xE2 (exact, no false negatives).
    @inline(__always)
    private static func mayHoldLineBreak(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below = (word &- ones &* 0x0E) & ~word & highs
        let e2 = word ^ (ones &* 0xE2)
        let equal = (e2 &- ones) & ~e2 & highs
        return (below | equal) != 0
    }

    /// A line that starts a list item: "- ", "* ", "• ", "– " or a number and ". " / ") " after
    /// optional indentation.
    static func startsListItem(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        func spaceAt(_ position: Int) -> Bool { position < end && bytes[position] == 0x20 }
        guard index < end else { return false }
        switch bytes[index] {
        case 0x2D, 0x2A: return spaceAt(index + 1) // "- ", "* "
        case 0xE2 where index + 3 < end && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA2 || bytes[index + 2] == 0x93):
            return spaceAt(index + 3) // "• ", "– "
        case 0x30...0x39:
            var digit = index
            while digit < end, (0x30...0x39).contains(bytes[digit]), digit - index < 3 { digit += 1 }
            return digit < end && (bytes[digit] == 0x2E || bytes[digit] == 0x29) && spaceAt(digit + 1)
        default: return false
        }
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C {
                index += 1
            } else if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 {
                index += 2 // no-break space
            } else if byte == 0xEF, index + 2 < end, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF {
                index += 3 // byte-order mark
            } else {
                return false
            }
        }
        return true
    }
}
