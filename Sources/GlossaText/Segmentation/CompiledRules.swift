import GlossaCore

/// SRX rules compiled for fast evaluation at candidate boundaries.
///
/// Rules keep their SRX order (the first that matches decides). Runs of literal-word rules
/// (abbreviation lists) become hash lookups; every other rule becomes the ICU pattern
/// `(?<=BEFORE)(?=AFTER)`, asked only where the characters before the candidate fit the
/// `beforebreak`'s tail (``TailSignature``), which spares most ICU calls. Break rules are also
/// compiled into one scanner that finds the places ICU did not propose.
///
/// Patterns run in ICU's multi-line mode: a segmenter hands ICU several paragraphs at once, and
/// `^` and `$` must still mean the start and end of a paragraph, as SRX intends.
///
/// Not thread-safe (ICU regexes hold their text): one instance per segmenter.
final class CompiledRules {

    private let steps: [RuleStep]
    private var filter: StepFilter
    private let breakScanner: ICURegex?
    private let breakSteps: [RuleStep]
    /// One bit per UTF-16 code unit: can it end a match of some break rule?
    private let breakLastUnits: [UInt64]
    /// The same characters, each repeated in four 16-bit lanes, when there are at most four
    /// (usually just "."): the scan then tests eight code units at once. Empty otherwise.
    private let breakLastUnitNeedles: [UInt64]


    init(_ rules: [SegmentationRules.Rule], language: LanguageTag) throws(SegmentationError) {
        var steps: [RuleStep] = []
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
                steps.append(try WordListStep(merged, isBreak: rule.isBreak, afterBreak: rule.afterBreak, rule: rule))
                index = end
            } else {
                // Following rules with the same decision and the same beforebreak become one
                // pattern whose afterbreak is the alternation of theirs (same first-match result).
                var afterBreaks = [rule.afterBreak]
                var end = index + 1
                while end < rules.count, rules[end].isBreak == rule.isBreak, rules[end].beforeBreak == rule.beforeBreak,
                      !rule.afterBreak.isEmpty, !rules[end].afterBreak.isEmpty {
                    afterBreaks.append(rules[end].afterBreak)
                    end += 1
                }
                var merged = rule
                if afterBreaks.count > 1 { merged.afterBreak = afterBreaks.map { "(?:\($0))" }.joined(separator: "|") }
                steps.append(try PatternStep(merged))
                index = end
            }
        }
        self.steps = steps
        filter = StepFilter(steps: steps)

        // Break rules may add boundaries ICU did not propose. Each is looked for where its tail
        // signature admits a position (a cheap scan); one without a signature is found with
        // an ICU search instead.
        // A word list ("etc.", "U.S.") is matched by hashing, like in the ordered steps.
        var scanned: [RuleStep] = []
        var searched: [SegmentationRules.Rule] = []
        for rule in rules where rule.isBreak {
            let step: RuleStep
            if let literal = LiteralPattern(rule.beforeBreak) {
                step = try WordListStep(literal, isBreak: true, afterBreak: rule.afterBreak, rule: rule)
            } else {
                step = try PatternStep(rule)
            }
            if step.knowsLastCharacter { scanned.append(step) } else { searched.append(rule) }
        }
        breakSteps = scanned
        var table = [UInt64](repeating: 0, count: 65536 / 64)
        for step in scanned {
            for unit in 0..<65536 where step.mayEnd(with: UInt16(unit), atOffset: 0) { table[unit >> 6] |= 1 << UInt64(unit & 63) }
        }
        breakLastUnits = table
        var lastUnits: [UInt16] = []
        for unit in 0..<65536 where table[unit >> 6] & (1 << UInt64(unit & 63)) != 0 { lastUnits.append(UInt16(unit)) }
        breakLastUnitNeedles = lastUnits.count <= 4 ? lastUnits.map { 0x0001_0001_0001_0001 &* UInt64($0) } : []
        if searched.isEmpty {
            breakScanner = nil
        } else {
            // The search only finds places to ask the rules about (each is then decided by the
            // full ordered rules), so a leading \b may go: without it ICU can skip ahead to the
            // characters a match can start with.
            let pattern = searched.map { rule in
                let before = rule.beforeBreak.hasPrefix("\\b") ? String(rule.beforeBreak.dropFirst(2)) : rule.beforeBreak
                return "(?:\(before))(?=\(rule.afterBreak))"
            }.joined(separator: "|")
            do {
                breakScanner = try ICURegex(pattern, options: .multiline)
            } catch {
                throw .invalidRule(searched.first?.location, pattern: pattern, reason: error.name)
            }
        }
    }

    /// Points every compiled pattern at a paragraph (the buffer must outlive the evaluation).
    func setText(_ text: UnsafeBufferPointer<UInt16>) {
        breakScanner?.setText(text)
        for step in breakSteps { step.setText(text) }
        for step in steps { step.setText(text) }
    }

    /// The first rule's decision at `position` (true: break, false: no break), nil if none matches.
    func decision(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool? {
        filter.decision(at: position, in: text)
    }

    /// Every step asked in order, without the filter: what ``decision(at:in:)`` must equal.
    func decisionAskingEveryStep(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool? {
        for step in steps {
            if let decision = step.decision(at: position, in: text) { return decision }
        }
        return nil
    }

    /// True if one of the eight UTF-16 units packed in `low` and `high` is among the needles
    /// (each a unit repeated in four lanes): a lane of `unit ^ needle` is zero exactly where
    /// they are equal, and "some lane is zero" is the classic borrow test, exact as a whole.
    @inline(__always)
    private static func holdsAny(of needles: [UInt64], _ low: UInt64, _ high: UInt64) -> Bool {
        let ones: UInt64 = 0x0001_0001_0001_0001
        var zeroLanes: UInt64 = 0
        for needle in needles {
            let first = low ^ needle
            let second = high ^ needle
            zeroLanes |= ((first &- ones) & ~first) | ((second &- ones) & ~second)
        }
        return zeroLanes & 0x8000_8000_8000_8000 != 0
    }

    /// Positions where some break rule matches, in increasing order (empty without break rules).
    /// - Complexity: O(n · b) character tests for b break rules, plus an ICU call per admitted place.
    func breakRulePositions(in text: UnsafeBufferPointer<UInt16>) -> [Int] {
        var positions: [Int] = []
        if !breakSteps.isEmpty {
            // The character right before each position against a table of every rule's last
            // characters first: a tight loop that rejects nearly every position without ICU.
            breakLastUnits.withUnsafeBufferPointer { table in
                var position = 1
                let raw = UnsafeRawPointer(text.baseAddress)
                let needles = breakLastUnitNeedles
                let hasNeedles = !needles.isEmpty
                while position < text.count {
                    if hasNeedles, let raw, position + 7 < text.count,
                       !Self.holdsAny(of: needles, raw.loadUnaligned(fromByteOffset: (position - 1) * 2, as: UInt64.self),
                                      raw.loadUnaligned(fromByteOffset: (position + 3) * 2, as: UInt64.self)) {
                        position += 8
                        continue
                    }
                    let unit = Int(text[position - 1])
                    if table[unit >> 6] & (1 << UInt64(unit & 63)) != 0 {
                        for step in breakSteps where step.decision(at: position, in: text) != nil {
                            positions.append(position)
                            break
                        }
                    }
                    position += 1
                }
            }
        }
        if let scanner = breakScanner {
            var from = 0
            while from <= text.count, scanner.find(from: from), let start = scanner.start(), let end = scanner.end() {
                if end > 0, end < text.count { positions.append(end) }
                from = end > start ? end : end + 1
            }
            if !breakSteps.isEmpty { positions.sort() }
        }
        return positions
    }
}

/// One step of the ordered rules: says break, no break, or nothing at a candidate.
class RuleStep {
    func setText(_ text: UnsafeBufferPointer<UInt16>) {}
    func decision(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool? { nil }
    /// False if no match can have `unit` as its character `offset` places before the candidate
    /// (0 is the last character); true when unsure. Read once per character by ``StepFilter``.
    func mayEnd(with unit: UInt16, atOffset offset: Int) -> Bool { true }
    /// True if ``mayEnd(with:atOffset:)`` at offset 0 rules characters out (a scan can use it).
    var knowsLastCharacter: Bool { false }
}

/// A run of literal-word rules: a hash lookup of the words ending at the candidate.
private final class WordListStep: RuleStep {
    let isBreak: Bool
    let after: AfterBreak
    private let hashes: HashSet64
    private let lengths: [Int]
    private let maximumLength: Int
    private let caseInsensitive: Bool
    private let wordBoundary: Bool
    /// The characters the words have `offset` places from their end (nil: some word is shorter).
    private let tails: [Set<UInt16>?]

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
        self.hashes = HashSet64(hashes)
        var tails: [Set<UInt16>?] = []
        for offset in 0..<StepFilter.depth {
            var units = Set<UInt16>()
            for word in pattern.words {
                let wordUnits = Array(word.utf16)
                guard offset < wordUnits.count else {
                    units = []
                    break
                }
                let unit = wordUnits[wordUnits.count - 1 - offset]
                units.insert(unit)
                if caseInsensitive, unit >= 0x61, unit <= 0x7A { units.insert(unit - 0x20) }
            }
            tails.append(units.isEmpty ? nil : units)
        }
        self.tails = tails
        self.lengths = lengths.sorted()
        maximumLength = self.lengths.last ?? 0
        do {
            after = try AfterBreak(afterBreak)
        } catch {
            throw .invalidRule(rule.location, pattern: afterBreak, reason: error.name)
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

    override func setText(_ text: UnsafeBufferPointer<UInt16>) { after.setText(text) }

    override func mayEnd(with unit: UInt16, atOffset offset: Int) -> Bool {
        guard offset < tails.count, let units = tails[offset] else { return true }
        return units.contains(unit)
    }

    override var knowsLastCharacter: Bool { tails.first.map { $0 != nil } ?? false }

    override func decision(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool? {
        matches(at: position, in: text) ? isBreak : nil
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
        return after.matches(at: position, in: text)
    }
}

/// One general rule: `(?<=BEFORE)(?=AFTER)` asked at the candidate, behind a tail check.
private final class PatternStep: RuleStep {
    let regex: ICURegex
    let isBreak: Bool
    let signature: TailSignature
    let head: HeadSignature?

    init(_ rule: SegmentationRules.Rule) throws(SegmentationError) {
        // Check each side alone first, so that an error names the pattern that is wrong.
        let before = LookbehindBounds.bounded(rule.beforeBreak)
        for (pattern, wrapped) in [(rule.beforeBreak, "(?<=\(before))"), (rule.afterBreak, "(?=\(rule.afterBreak))")] where !pattern.isEmpty {
            do { _ = try ICURegex(wrapped, options: .multiline) } catch {
                throw .invalidRule(rule.location, pattern: pattern, reason: error.name)
            }
        }
        let pattern = (rule.beforeBreak.isEmpty ? "" : "(?<=\(before))") + (rule.afterBreak.isEmpty ? "" : "(?=\(rule.afterBreak))")
        do {
            regex = try ICURegex(pattern.isEmpty ? "(?:)" : pattern, options: .multiline)
        } catch {
            throw .invalidRule(rule.location, pattern: pattern, reason: error.name)
        }
        isBreak = rule.isBreak
        signature = TailSignature(pattern: rule.beforeBreak)
        head = HeadSignature(afterBreak: rule.afterBreak)
    }

    override func setText(_ text: UnsafeBufferPointer<UInt16>) { regex.setText(text) }

    override func mayEnd(with unit: UInt16, atOffset offset: Int) -> Bool {
        offset >= signature.classes.count || signature.classes[offset].contains(unit)
    }

    override var knowsLastCharacter: Bool { !signature.classes.isEmpty }

    override func decision(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool? {
        signature.admits(text, at: position) && (head?.admits(text, at: position) ?? true) && regex.matches(at: position) ? isBreak : nil
    }
}

/// A set of 64-bit hashes in one flat array (open addressing, linear probing): the word lists'
/// lookup at every candidate, without Swift's per-lookup hasher. Zero marks an empty slot, so a
/// zero hash is kept aside.
struct HashSet64 {
    private let slots: [UInt64]
    private let shift: UInt64
    private let hasZero: Bool

    init(_ values: Set<UInt64>) {
        var bits: UInt64 = 4
        while (1 << bits) < values.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << Int(bits))
        let mask = slots.count - 1
        shift = 64 - bits
        for value in values where value != 0 {
            var index = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> (64 - bits))
            while slots[index] != 0 { index = (index + 1) & mask }
            slots[index] = value
        }
        self.slots = slots
        hasZero = values.contains(0)
    }

    @inline(__always)
    func contains(_ value: UInt64) -> Bool {
        if value == 0 { return hasZero }
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (value &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let slot = slots[index]
            if slot == value { return true }
            if slot == 0 { return false }
            index = (index + 1) & mask
        }
    }
}
