/// Which rule steps could match at a candidate boundary, read off the three characters before
/// it, so that the segmenter asks only those (in order) instead of walking every step.
///
/// A step says what it needs at each of the last three characters (``RuleStep/mayEnd(with:atOffset:)``);
/// this turns that into one bit mask per (offset, character), and a candidate's steps are the
/// AND of its three masks. At a typical sentence end ("…Brüssel.") one or two steps remain out
/// of thirty. Masks for ASCII are built up front (3 × 128 × ⌈steps/64⌉ words); other characters
/// get theirs the first time they are seen. Positions closer than three characters to the start
/// of the text skip the filter.
///
/// Cost: three table reads and one AND per 64 steps per candidate; a dictionary lookup per
/// non-ASCII character among the three.
struct StepFilter {
    static let depth = 3

    private let steps: [RuleStep]
    private let words: Int
    /// Masks, `words` UInt64 each: ASCII first (offset-major), then the characters met later.
    private var masks: [UInt64]
    /// Where the mask of a non-ASCII character at an offset starts in `masks`.
    private var others: [UInt32: Int] = [:]

    init(steps: [RuleStep]) {
        self.steps = steps
        words = max(1, (steps.count + 63) / 64)
        masks = []
        masks.reserveCapacity(Self.depth * 128 * words)
        for offset in 0..<Self.depth {
            for unit in 0..<128 { masks += mask(for: UInt16(unit), atOffset: offset) }
        }
    }

    private func mask(for unit: UInt16, atOffset offset: Int) -> [UInt64] {
        var mask = [UInt64](repeating: 0, count: words)
        for (index, step) in steps.enumerated() where step.mayEnd(with: unit, atOffset: offset) {
            mask[index / 64] |= 1 << UInt64(index % 64)
        }
        return mask
    }

    @inline(__always)
    private mutating func maskStart(for unit: UInt16, atOffset offset: Int) -> Int {
        if unit < 128 { return (offset * 128 + Int(unit)) * words }
        let key = UInt32(offset) << 16 | UInt32(unit)
        if let start = others[key] { return start }
        let start = masks.count
        masks += mask(for: unit, atOffset: offset)
        others[key] = start
        return start
    }

    /// The first step's decision at `position`, asking only the steps the characters admit.
    mutating func decision(at position: Int, in text: UnsafeBufferPointer<UInt16>) -> Bool? {
        guard position >= Self.depth else {
            for step in steps {
                if let decision = step.decision(at: position, in: text) { return decision }
            }
            return nil
        }
        let first = maskStart(for: text[position - 1], atOffset: 0)
        let second = maskStart(for: text[position - 2], atOffset: 1)
        let third = maskStart(for: text[position - 3], atOffset: 2)
        for word in 0..<words {
            var candidates = masks[first + word] & masks[second + word] & masks[third + word]
            while candidates != 0 {
                let index = word * 64 + candidates.trailingZeroBitCount
                candidates &= candidates - 1
                if let decision = steps[index].decision(at: position, in: text) { return decision }
            }
        }
        return nil
    }
}
