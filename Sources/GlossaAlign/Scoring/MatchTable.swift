/// For every sentence pair near the diagonal, the weight of the source tokens that find a partner
/// in the target sentence and of the target tokens that find one in the source: computed once, so that
/// the search's many bead scores are sums of table entries.
struct MatchTable {
    let band: Band
    private var sourceMatched: [Float]
    private var targetMatched: [Float]
    private let rowStart: [Int]

    /// - Complexity: O(cells · t · log k): every pair in the band, tokens times a binary search.
    init(source: [SentenceProfile], target: [SentenceProfile], band: Band) {
        self.band = band
        var rowStart: [Int] = []
        var total = 0
        for row in 0..<source.count {
            rowStart.append(total)
            total += max(0, min(band.upper(row), target.count) - band.lower(row))
        }
        self.rowStart = rowStart
        sourceMatched = [Float](repeating: 0, count: total)
        targetMatched = [Float](repeating: 0, count: total)
        for row in 0..<source.count {
            for column in band.lower(row)..<max(band.lower(row), min(band.upper(row), target.count)) {
                let index = rowStart[row] + column - band.lower(row)
                sourceMatched[index] = source[row].matchedWeight(against: target[column])
                targetMatched[index] = target[column].matchedWeight(against: source[row])
            }
        }
    }

    /// (source weight matched, target weight matched) for the pair, zero outside the band.
    @inline(__always)
    func matches(_ row: Int, _ column: Int) -> (Float, Float) {
        guard row >= 0, row < rowStart.count, column >= band.lower(row), column < min(band.upper(row), band.targetCount) else { return (0, 0) }
        let index = rowStart[row] + column - band.lower(row)
        return (sourceMatched[index], targetMatched[index])
    }
}

/// Which target sentences each source sentence may pair with: a band around the diagonal
/// wide enough for the length difference of the two texts plus a margin.
struct Band {
    let sourceCount: Int
    let targetCount: Int
    let halfWidth: Int

    init(sourceCount: Int, targetCount: Int) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        let larger = max(sourceCount, targetCount)
        halfWidth = max(12, abs(sourceCount - targetCount) + larger / 20 + 4)
    }

    func center(_ row: Int) -> Int {
        sourceCount == 0 ? 0 : row * targetCount / sourceCount
    }

    /// First column of the row's band.
    func lower(_ row: Int) -> Int { max(0, center(row) - halfWidth) }
    /// One past the last column of the row's band (columns include targetCount, the end).
    func upper(_ row: Int) -> Int { min(targetCount + 1, center(row) + halfWidth + 1) }
}
