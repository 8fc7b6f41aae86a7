/// For every sentence pair near the diagonal, the weight of the source tokens that find a partner
/// in the target sentence and of the target tokens that find one in the source: computed once, so that
/// the search's many bead scores are sums of table entries.
struct MatchTable {
    let band: Band
    private var sourceMatched: [Float]
    private var targetMatched: [Float]
    /// Source sentence i against target sentences j and j + 1 together, and target sentence j
    /// against source sentences i and i + 1: what 1-2, 2-1 and 2-2 links need.
    private var sourceMatchedTwo: [Float]
    private var targetMatchedTwo: [Float]
    /// The same against three sentences (j…j + 2, i…i + 2): what 1-3 and 3-1 links need.
    private var sourceMatchedThree: [Float]
    private var targetMatchedThree: [Float]
    private let rowStart: [Int]
    /// Per source row, the band's columns that are target sentences: lower..<upper.
    private let rowLower: [Int]
    private let rowUpper: [Int]

    /// Built from postings (which sentences of the other side hold each key), so the cost
    /// follows the matches found, not the width of the band.
    /// - Complexity: O(Σ tokens · keys · log p + matches) for postings of length p.
    init(source: [SentenceProfile], target: [SentenceProfile], band: Band) {
        self.band = band
        var rowStart: [Int] = []
        var total = 0
        let rowLower = source.indices.map { band.lower($0) }
        let rowUpper = source.indices.map { min(band.upper($0), target.count) }
        for row in 0..<source.count {
            rowStart.append(total)
            total += max(0, rowUpper[row] - rowLower[row])
        }
        self.rowStart = rowStart
        self.rowLower = rowLower
        self.rowUpper = rowUpper
        sourceMatched = [Float](repeating: 0, count: total)
        targetMatched = [Float](repeating: 0, count: total)
        sourceMatchedTwo = [Float](repeating: 0, count: total)
        targetMatchedTwo = [Float](repeating: 0, count: total)
        sourceMatchedThree = [Float](repeating: 0, count: total)
        targetMatchedThree = [Float](repeating: 0, count: total)

        // Source tokens against target sentences j (and j, j + 1 together).
        let targetPostings = MatchTable.postings(target)
        var seen = [Int](repeating: -1, count: target.count + 1)
        var seenTwo = [Int](repeating: -1, count: target.count + 1)
        var seenThree = [Int](repeating: -1, count: target.count + 1)
        var stamp = 0
        for row in source.indices {
            let lower = rowLower[row], upper = rowUpper[row]
            guard lower < upper else { continue }
            for (tokenIndex, token) in source[row].tokens.enumerated() {
                stamp += 1
                let weight = source[row].weights[tokenIndex]
                for key in token {
                    for column in MatchTable.slice(targetPostings[key], from: lower, to: upper) where seen[column] != stamp {
                        seen[column] = stamp
                        let index = rowStart[row] + column - lower
                        sourceMatched[index] += weight
                        // The token also matches the pairs (column − 1, column) and (column, column + 1).
                        for pairStart in (column - 1)...column where pairStart >= lower && pairStart < upper && seenTwo[pairStart] != stamp {
                            seenTwo[pairStart] = stamp
                            sourceMatchedTwo[rowStart[row] + pairStart - lower] += weight
                        }
                        for tripleStart in (column - 2)...column where tripleStart >= lower && tripleStart < upper && seenThree[tripleStart] != stamp {
                            seenThree[tripleStart] = stamp
                            sourceMatchedThree[rowStart[row] + tripleStart - lower] += weight
                        }
                    }
                }
            }
        }

        // Target tokens against source sentences i (and i, i + 1 together).
        let sourcePostings = MatchTable.postings(source)
        seen = [Int](repeating: -1, count: source.count + 1)
        seenTwo = [Int](repeating: -1, count: source.count + 1)
        seenThree = [Int](repeating: -1, count: source.count + 1)
        func cell(_ row: Int, _ column: Int) -> Int? {
            guard row >= 0, row < source.count, column >= rowLower[row], column < rowUpper[row] else { return nil }
            return rowStart[row] + column - rowLower[row]
        }
        for column in target.indices {
            let rows = band.rows(containing: column)
            for (tokenIndex, token) in target[column].tokens.enumerated() {
                stamp += 1
                let weight = target[column].weights[tokenIndex]
                for key in token {
                    for row in MatchTable.slice(sourcePostings[key], from: rows.lowerBound, to: rows.upperBound) where seen[row] != stamp {
                        seen[row] = stamp
                        if let index = cell(row, column) { targetMatched[index] += weight }
                        for pairStart in (row - 1)...row where pairStart >= 0 && seenTwo[pairStart] != stamp {
                            seenTwo[pairStart] = stamp
                            if let index = cell(pairStart, column) { targetMatchedTwo[index] += weight }
                        }
                        for tripleStart in (row - 2)...row where tripleStart >= 0 && seenThree[tripleStart] != stamp {
                            seenThree[tripleStart] = stamp
                            if let index = cell(tripleStart, column) { targetMatchedThree[index] += weight }
                        }
                    }
                }
            }
        }
    }

    /// For every key, the sorted indices of the sentences that hold it. Keys are dense small
    /// integers (``KeyTable``), so the postings are an array indexed by key; `[]` past its end.
    private static func postings(_ profiles: [SentenceProfile]) -> Postings {
        var lists: [[Int]] = []
        for (index, profile) in profiles.enumerated() {
            for key in profile.keys {
                let slot = Int(key)
                if slot >= lists.count { lists += Array(repeating: [], count: slot + 1 - lists.count) }
                lists[slot].append(index)
            }
        }
        return Postings(lists: lists)
    }

    struct Postings {
        let lists: [[Int]]
        subscript(key: Int32) -> [Int] { Int(key) < lists.count ? lists[Int(key)] : [] }
    }

    /// The part of a sorted list within lower..<upper.
    private static func slice(_ list: [Int], from lower: Int, to upper: Int) -> ArraySlice<Int> {
        guard !list.isEmpty else { return [] }
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < lower { low = middle + 1 } else { high = middle }
        }
        var end = low
        while end < list.count && list[end] < upper { end += 1 }
        return list[low..<end]
    }

    /// (source weight matched, target weight matched) for the pair, zero outside the band.
    @inline(__always)
    func matches(_ row: Int, _ column: Int) -> (Float, Float) {
        guard row >= 0, row < rowStart.count, column >= rowLower[row], column < rowUpper[row] else { return (0, 0) }
        let index = rowStart[row] + column - rowLower[row]
        return (sourceMatched[index], targetMatched[index])
    }

    /// (source i against targets j and j + 1, target j against sources i and i + 1).
    @inline(__always)
    func matchesTwo(_ row: Int, _ column: Int) -> (Float, Float) {
        guard row >= 0, row < rowStart.count, column >= rowLower[row], column < rowUpper[row] else { return (0, 0) }
        let index = rowStart[row] + column - rowLower[row]
        return (sourceMatchedTwo[index], targetMatchedTwo[index])
    }

    /// (source i against targets j…j + 2, target j against sources i…i + 2).
    @inline(__always)
    func matchesThree(_ row: Int, _ column: Int) -> (Float, Float) {
        guard row >= 0, row < rowStart.count, column >= rowLower[row], column < rowUpper[row] else { return (0, 0) }
        let index = rowStart[row] + column - rowLower[row]
        return (sourceMatchedThree[index], targetMatchedThree[index])
    }
}

/// Which target sentences each source sentence may pair with: a band of `halfWidth` around a
/// center line, the diagonal at first, then the first pass's path (so the second pass searches
/// only near what the first found).
struct Band {
    let sourceCount: Int
    let targetCount: Int
    let halfWidth: Int
    /// The center column of every row 0...sourceCount, never decreasing.
    private let centers: [Int]

    /// A band around the diagonal: wide enough for half the two lengths' difference plus a
    /// margin that grows slowly with the length. The aligner widens it when a path runs along
    /// its edge.
    init(sourceCount: Int, targetCount: Int, halfWidth: Int? = nil) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        self.halfWidth = halfWidth ?? max(16, min(sourceCount, targetCount) / 60 + abs(sourceCount - targetCount) / 3 + 10)
        centers = (0...sourceCount).map { sourceCount == 0 ? 0 : $0 * targetCount / sourceCount }
    }

    /// A band around a path: `path[i]` is the column where row i's link starts.
    init(sourceCount: Int, targetCount: Int, around path: [Int], halfWidth: Int) {
        self.sourceCount = sourceCount
        self.targetCount = targetCount
        self.halfWidth = halfWidth
        var centers = path
        for index in centers.indices.dropFirst() where centers[index] < centers[index - 1] { centers[index] = centers[index - 1] }
        self.centers = centers
    }

    /// True if the cell lies within `margin` of the band's edge (a sign the band was too narrow).
    func nearEdge(_ row: Int, _ column: Int, margin: Int = 2) -> Bool {
        let offset = abs(column - center(row))
        return offset >= halfWidth - margin && halfWidth < max(sourceCount, targetCount)
    }

    func center(_ row: Int) -> Int { centers[min(max(row, 0), centers.count - 1)] }

    /// First column of the row's band.
    func lower(_ row: Int) -> Int { max(0, center(row) - halfWidth) }
    /// One past the last column of the row's band (columns include targetCount, the end).
    func upper(_ row: Int) -> Int { min(targetCount + 1, center(row) + halfWidth + 1) }

    /// The rows whose band holds `column` (a superset is fine: callers check each cell).
    func rows(containing column: Int) -> Range<Int> {
        // Centers never decrease: the rows are those whose center is within halfWidth.
        func firstRow(withCenterAtLeast value: Int) -> Int {
            var low = 0, high = centers.count
            while low < high {
                let middle = (low + high) / 2
                if centers[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let low = firstRow(withCenterAtLeast: column - halfWidth)
        let high = min(sourceCount, firstRow(withCenterAtLeast: column + halfWidth + 1))
        return low..<max(low, high)
    }
}
