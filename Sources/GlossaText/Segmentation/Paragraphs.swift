/// How line breaks in the input are read.
public enum LineBreakMode: String, Sendable, CaseIterable {
    /// Every line is a paragraph (glossa's corpus format; headlines and list items are lines).
    case paragraph
    /// Hard-wrapped text: only blank lines separate paragraphs, single line breaks are spaces.
    case wrapped
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
            case .paragraph:
                if !blank { spans.append(Span(start: lineStart, end: end)) }
            case .wrapped:
                if blank {
                    if let begin = paragraphStart { spans.append(Span(start: begin, end: paragraphEnd)) }
                    paragraphStart = nil
                } else {
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
