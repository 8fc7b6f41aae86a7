import GlossaCore

/// SRX rules compiled for fast evaluation at candidate boundaries.
///
/// Rules keep their SRX order (the first that matches decides). Runs of literal-word rules
/// (abbreviation lists) become hash lookups; runs of other rules become one ICU pattern of
/// ordered alternatives `(?<=BEFORE)(?=AFTER)(?<rN>)|…`, so a candidate costs one ICU call per
/// run whatever the number of rules in it. Break rules are also compiled into one scanner that
/// finds the places ICU did not propose.
///
/// Not thread-safe (ICU regexes hold their text): one instance per segmenter.
final class CompiledRules {
    private enum Step {
        case words(WordListStep)
        case patterns(PatternStep)
    }

    private let steps: [Step]
    private let breakScanner: ICURegex?

    var isEmpty: Bool { steps.isEmpty }

    init(_ rules: [SegmentationRules.Rule], language: LanguageTag) throws(SegmentationError) {
        var steps: [Step] = []
        var pendingPatterns: [SegmentationRules.Rule] = []
        func flushPatterns() throws(SegmentationError) {
            if !pendingPatterns.isEmpty {
                steps.append(.patterns(try PatternStep(pendingPatterns)))
                pendingPatterns = []
            }
        }
        var index = 0
        while index < rules.count {
            let rule = rules[index]
            if let literal = LiteralPattern(rule.beforeBreak) {
                // Merge following literal rules with the same decision and the same afterbreak.
                var merged = literal
                var end = index + 1
                while end < rules.count, rules[end].isBreak == rule.isBreak, rules[end].afterBreak == rule.afterBreak,
                      let next = LiteralPattern(rules[end].beforeBreak),
                      next.caseInsensitive == literal.caseInsensitive, next.wordBoundary == literal.wordBoundary {
                    merged.words.formUnion(next.words)
                    end += 1
                }
                try flushPatterns()
                steps.append(.words(try WordListStep(merged, isBreak: rule.isBreak, afterBreak: rule.afterBreak, rule: rule)))
                index = end
            } else {
                pendingPatterns.append(rule)
                index += 1
            }
        }
        try flushPatterns()
        self.steps = steps

        let breakRules = rules.filter(\.isBreak)
        if breakRules.isEmpty {
            breakScanner = nil
        } else {
            let pattern = breakRules.map { "(?:\($0.beforeBreak))(?=\($0.afterBreak))" }.joined(separator: "|")
            do {
                breakScanner = try ICURegex(pattern)
            } catch {
                throw .invalidRule(breakRules.first?.location, pattern: pattern, reason: error.name)
            }
        }
    }

    /// Points every compiled pattern at a paragraph (the buffer must outlive the evaluation).
    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        breakScanner?.setText(text)
        for step in steps {
            switch step {
            case .words(let step): step.after?.setText(text)
            case .patterns(let step): step.regex.setText(text)
            }
        }
    }

    /// The first rule's decision at `position` (true: break, false: no break), nil if none matches.
    func decision(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool? {
        for step in steps {
            switch step {
            case .words(let step):
                if step.matches(at: position, in: text) { return step.isBreak }
            case .patterns(let step):
                if let decision = step.decision(at: position) { return decision }
            }
        }
        return nil
    }

    /// Positions where some break rule matches, in increasing order (empty without break rules).
    func breakRulePositions(in length: Int) -> [Int] {
        guard let scanner = breakScanner else { return [] }
        var positions: [Int] = []
        var from = 0
        while from <= length, scanner.find(from: from), let start = scanner.start(), let end = scanner.end() {
            if end > 0, end < length, positions.last != end { positions.append(end) }
            from = end > start ? end : end + 1
        }
        return positions
    }
}

/// A run of literal-word rules: a hash lookup of the words ending at the candidate.
private struct WordListStep {
    let isBreak: Bool
    let after: ICURegex?
    private let hashes: Set<UInt64>
    private let lengths: [Int]
    private let maximumLength: Int
    private let caseInsensitive: Bool
    private let wordBoundary: Bool

    init(_ pattern: LiteralPattern, isBreak: Bool, afterBreak: String, rule: SegmentationRules.Rule) throws(SegmentationError) {
        self.isBreak = isBreak
        caseInsensitive = pattern.caseInsensitive
        wordBoundary = pattern.wordBoundary
        var hashes = Set<UInt64>()
        var lengths = Set<Int>()
        for word in pattern.words {
            let units = Array(word.utf16)
            hashes.insert(WordListStep.hash(units.reversed(), caseInsensitive: caseInsensitive))
            lengths.insert(units.count)
        }
        self.hashes = hashes
        self.lengths = lengths.sorted()
        maximumLength = self.lengths.last ?? 0
        if afterBreak.isEmpty {
            after = nil
        } else {
            do {
                after = try ICURegex(afterBreak)
            } catch {
                throw .invalidRule(rule.location, pattern: afterBreak, reason: error.name)
            }
        }
    }

    /// FNV-1a over code units read backwards from the candidate.
    private static func hash<S: Sequence<UInt16>>(_ units: S, caseInsensitive: Bool) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in units { hash = step(hash, unit, caseInsensitive) }
        return hash
    }

    @inline(__always)
    private static func step(_ hash: UInt64, _ unit: UInt16, _ caseInsensitive: Bool) -> UInt64 {
        let folded = caseInsensitive && unit >= 0x41 && unit <= 0x5A ? unit | 0x20 : unit
        return (hash ^ UInt64(folded)) &* 0x100_0000_01b3
    }

    func matches(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        var lengthIndex = 0
        var found = false
        while length < maximumLength && position - length > 0 {
            hash = WordListStep.step(hash, text[position - length - 1], caseInsensitive)
            length += 1
            while lengthIndex < lengths.count && lengths[lengthIndex] < length { lengthIndex += 1 }
            guard lengthIndex < lengths.count else { break }
            if lengths[lengthIndex] == length && hashes.contains(hash) {
                let start = position - length
                if !wordBoundary || start == 0 || UTF16Classes.isWord(text[start - 1]) != UTF16Classes.isWord(text[start]) {
                    found = true
                    break
                }
            }
        }
        guard found else { return false }
        return after?.matches(at: position) ?? true
    }
}

/// A run of general rules as one ICU pattern of ordered alternatives.
private struct PatternStep {
    let regex: ICURegex
    private let groups: [(number: Int, isBreak: Bool)]

    init(_ rules: [SegmentationRules.Rule]) throws(SegmentationError) {
        // Check each rule alone first, so that an error names the rule that is wrong.
        for rule in rules {
            for (pattern, wrapped) in [(rule.beforeBreak, "(?<=\(LookbehindBounds.bounded(rule.beforeBreak)))"),
                                       (rule.afterBreak, "(?=\(rule.afterBreak))")] where !pattern.isEmpty {
                do { _ = try ICURegex(wrapped) } catch {
                    throw .invalidRule(rule.location, pattern: pattern, reason: error.name)
                }
            }
        }
        let alternatives = rules.enumerated().map { index, rule in
            let before = rule.beforeBreak.isEmpty ? "" : "(?<=\(LookbehindBounds.bounded(rule.beforeBreak)))"
            let after = rule.afterBreak.isEmpty ? "" : "(?=\(rule.afterBreak))"
            return "(?:\(before)\(after)(?<glossaRule\(index)>))"
        }
        let pattern = alternatives.joined(separator: "|")
        do {
            regex = try ICURegex(pattern)
        } catch {
            throw .invalidRule(rules.first?.location, pattern: pattern, reason: error.name)
        }
        var groups: [(Int, Bool)] = []
        for (index, rule) in rules.enumerated() {
            guard let number = regex.groupNumber(named: "glossaRule\(index)") else {
                throw .invalidRule(rule.location, pattern: pattern, reason: "group lost")
            }
            groups.append((number, rule.isBreak))
        }
        self.groups = groups
    }

    func decision(at position: Int) -> Bool? {
        guard regex.matches(at: position) else { return nil }
        for group in groups where regex.start(of: group.number) != nil {
            return group.isBreak
        }
        return nil
    }
}
