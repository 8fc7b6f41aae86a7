import GlossaCore

/// Splits German, English (or any) text into sentences: ICU's sentence break iterator proposes
/// boundaries, SRX 2.0 rules dispose of them (and may add their own), paragraph boundaries
/// always break.
///
/// How a boundary is decided: every ICU boundary and every place a break rule matches becomes a
/// candidate, moved back over white space to just after the last character of the sentence
/// (where SRX rules look). The first SRX rule whose `beforebreak` matches the text ending there
/// and whose `afterbreak` matches the text starting there decides; where no rule matches, ICU's
/// proposal stands. A new segment starts after the white space that follows a break.
///
/// Not thread-safe: it holds ICU iterators and compiled rules. Make one per task; it is cheap
/// to reuse for many texts. Cost: O(n) in the text; one ICU pass per paragraph plus one rule
/// evaluation per candidate boundary (about one per sentence).
public final class SentenceSegmenter {
    public struct Options: Sendable, Hashable {
        public var lineBreaks: LineBreakMode
        /// Recognise a metadata header (`date 2022-01`) at the start of the text.
        public var detectsMetadata: Bool

        public init(lineBreaks: LineBreakMode = .automatic, detectsMetadata: Bool = true) {
            self.lineBreaks = lineBreaks
            self.detectsMetadata = detectsMetadata
        }
    }

    public let language: LanguageTag
    public let options: Options
    private let breaker: ICUBreaker
    private let rules: CompiledRules
    private var buffer = UTF16Buffer()

    /// A segmenter for `language` with the given rule sets, applied in order (the first rule set's
    /// rules come first, so they win). Pass `[DefaultSegmentationRules.rules]` for glossa's rules,
    /// `[mine, DefaultSegmentationRules.rules]` to extend them, `[mine]` to replace them.
    public init(language: LanguageTag, ruleSets: [SegmentationRules] = [DefaultSegmentationRules.rules],
                options: Options = Options()) throws(SegmentationError) {
        self.language = language
        self.options = options
        do {
            breaker = try ICUBreaker(.sentence, locale: language.identifier.replacingHyphens())
        } catch {
            throw .icu(error.description)
        }
        var selected: [SegmentationRules.Rule] = []
        for set in ruleSets {
            selected += try SentenceSegmenter.rules(of: set, for: language)
        }
        rules = try CompiledRules(selected, language: language)
    }

    private static func rules(of set: SegmentationRules, for language: LanguageTag) throws(SegmentationError) -> [SegmentationRules.Rule] {
        var patterns: [String: ICURegex] = [:]
        var failure: SegmentationError?
        let selected = set.rules(for: language) { pattern, code in
            if failure != nil { return false }
            if patterns[pattern] == nil {
                do { patterns[pattern] = try ICURegex("(?:\(pattern))$") } catch let error as ICURegex.SyntaxError {
                    failure = .invalidRule(nil, pattern: pattern, reason: "language pattern: \(error.name)")
                    return false
                } catch {
                    return false
                }
            }
            return patterns[pattern]!.matchesWhole(code)
        }
        if let failure { throw failure }
        return selected
    }

    /// Segments a text. Never fails: every character ends up in exactly one segment's range
    /// (or in the metadata header's).
    public func segment(_ text: String) -> SegmentedText {
        var text = text
        return text.withUTF8 { segment(utf8: $0) }
    }

    /// Segments UTF-8 bytes, which must be valid UTF-8 (the CLI checks files before).
    public func segment(utf8 bytes: UnsafeBufferPointer<UInt8>) -> SegmentedText {
        var metadata: ArticleMetadata?
        var bodyStart = 0
        if options.detectsMetadata {
            (metadata, bodyStart) = MetadataHeader.parse(bytes)
        }
        var contents: [(start: Int, end: Int, paragraph: Int)] = []
        let mode: LineBreakMode = switch options.lineBreaks {
        case .automatic: LineWrapping.looksWrapped(bytes, from: bodyStart) ? .wrapped : .paragraph
        case let chosen: chosen
        }
        let paragraphs = Paragraphs.spans(in: bytes, from: bodyStart, mode: mode)
        // Whole paragraphs go to ICU in chunks of about `chunkBytes`: setting a text on ICU's
        // iterator and patterns costs microseconds, which per short paragraph would dominate.
        var first = 0
        while first < paragraphs.count {
            var last = first + 1
            while last < paragraphs.count, paragraphs[last].end - paragraphs[first].start <= Self.chunkBytes { last += 1 }
            segmentChunk(bytes, paragraphs[first..<last], wrapped: mode == .wrapped, into: &contents)
            first = last
        }
        var segments: [Segment] = []
        segments.reserveCapacity(contents.count)
        for (index, content) in contents.enumerated() {
            let start = index == 0 ? bodyStart : content.start
            let end = index + 1 < contents.count ? contents[index + 1].start : bytes.count
            var text = String(decoding: UnsafeBufferPointer(rebasing: bytes[content.start..<content.end]), as: UTF8.self)
            // A wrapped sentence reads on one line: each line break and the spaces around it are one space.
            if mode == .wrapped, text.contains(where: \.isNewline) {
                text = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            }
            segments.append(Segment(text: text, range: TextRange(start: start, end: end), paragraph: content.paragraph))
        }
        return SegmentedText(language: language, metadata: metadata, segments: segments)
    }

    /// Bytes of text handed to ICU at once (a UTF-16 copy of twice that stays in the cache).
    static let chunkBytes = 64 * 1024

    /// Appends the trimmed content ranges (absolute UTF-8 offsets) of the sentences of a run of
    /// whole paragraphs. Line breaks between paragraphs reach ICU, which always breaks there.
    private func segmentChunk(_ bytes: UnsafeBufferPointer<UInt8>, _ spans: ArraySlice<Paragraphs.Span>, wrapped: Bool,
                              into contents: inout [(start: Int, end: Int, paragraph: Int)]) {
        let chunkStart = spans.first!.start
        let slice = UnsafeBufferPointer(rebasing: bytes[chunkStart..<spans.last!.end])
        let converted: Bool
        if wrapped {
            // Single line breaks inside a paragraph read as spaces (same length in UTF-8 and UTF-16).
            var copy = Array(slice)
            for span in spans {
                for index in (span.start - chunkStart)..<(span.end - chunkStart) where copy[index] == 0x0A || copy[index] == 0x0D {
                    copy[index] = 0x20
                }
            }
            converted = copy.withUnsafeBufferPointer { buffer.assign(utf8: $0) }
        } else {
            converted = buffer.assign(utf8: slice)
        }
        guard converted else { return }
        buffer.withUnsafeBufferPointer { text in
            let cuts = cutPositions(in: text)
            var cursor = UTF8OffsetCursor()
            var paragraph = spans.startIndex
            var pieceStart = 0
            for pieceEnd in cuts + [text.count] {
                var start = pieceStart
                var end = pieceEnd
                while start < end, UTF16Classes.isSpace(text[start]) { start += 1 }
                while end > start, UTF16Classes.isSpace(text[end - 1]) { end -= 1 }
                if start < end {
                    let start8 = chunkStart + cursor.utf8Offset(of: start, in: text)
                    let end8 = chunkStart + cursor.utf8Offset(of: end, in: text)
                    while paragraph + 1 < spans.endIndex, start8 >= spans[paragraph].end { paragraph += 1 }
                    contents.append((start8, end8, paragraph))
                }
                pieceStart = pieceEnd
            }
        }
    }

    /// UTF-16 offsets inside the chunk where a new segment starts.
    private func cutPositions(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        breaker.setText(text)
        rules.setText(text)
        // Candidates at the end of the sentence's last character, tagged with ICU's opinion;
        // a line break in the white space after it makes a paragraph end, which always breaks.
        var candidates: [(position: Int, proposedByICU: Bool, paragraphEnd: Bool)] = []
        while let boundary = breaker.next() {
            guard boundary > 0, boundary < text.count else { continue }
            var position = boundary
            var paragraphEnd = false
            while position > 0, UTF16Classes.isSpace(text[position - 1]) {
                position -= 1
                if UTF16Classes.isLineBreak(text[position]) { paragraphEnd = true }
            }
            if position > 0 { candidates.append((position, true, paragraphEnd)) }
        }
        let extra = rules.breakRulePositions(in: text)
        if !extra.isEmpty {
            for position in extra {
                var canonical = position
                while canonical > 0, UTF16Classes.isSpace(text[canonical - 1]) { canonical -= 1 }
                if canonical > 0 { candidates.append((canonical, false, false)) }
            }
            candidates.sort { $0.position < $1.position || ($0.position == $1.position && $0.proposedByICU && !$1.proposedByICU) }
        }
        var cuts: [Int] = []
        var lastPosition = -1
        for candidate in candidates where candidate.position != lastPosition {
            lastPosition = candidate.position
            let breaks = candidate.paragraphEnd || (rules.decision(at: candidate.position, in: text) ?? candidate.proposedByICU)
            guard breaks else { continue }
            var cut = candidate.position
            while cut < text.count, UTF16Classes.isSpace(text[cut]) { cut += 1 }
            if (cut < text.count) && (cut > (cuts.last ?? 0)) { cuts.append(cut) }
        }
        return cuts
    }
}

extension String {
    func replacingHyphens() -> String {
        String(map { $0 == "-" ? "_" : $0 })
    }
}
