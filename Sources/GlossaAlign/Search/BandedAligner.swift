/// Finds the cheapest sequence of beads through two sentence lists by dynamic programming,
/// restricted to a band around the diagonal.
///
/// - Complexity: O(n · w · b) scorer calls for n source sentences, band width w and b bead
///   types; O(n · w) memory.
struct BandedAligner {
    let band: Band

    struct Step {
        var bead: BeadType
        var sourceStart: Int
        var targetStart: Int
        var cost: Double
    }

    func align(_ scorer: some AlignmentScorer) -> [Step] {
        let rows = scorer.sourceCount, columns = scorer.targetCount
        // Cell (i, j): best cost of aligning source[..<i] with target[..<j]. Rows 0...rows; the
        // band's columns lower[i]..<upper[i] of row i are stored from offsets[i] on.
        let lowers = (0...rows).map { band.lower($0) }
        let uppers = (0...rows).map { band.upper($0) }
        var offsets: [Int] = []
        var total = 0
        for i in 0...rows {
            offsets.append(total)
            total += max(0, uppers[i] - lowers[i])
        }
        var costs = [Double](repeating: .infinity, count: total)
        var backs = [Int8](repeating: -1, count: total)
        func index(_ i: Int, _ j: Int) -> Int? {
            guard i >= 0, i <= rows, j >= lowers[i], j < uppers[i] else { return nil }
            return offsets[i] + j - lowers[i]
        }
        if let start = index(0, 0) { costs[start] = 0 }
        let beads = BeadType.all
        costs.withUnsafeMutableBufferPointer { costs in
            for i in 0...rows {
                for j in lowers[i]..<uppers[i] where i > 0 || j > 0 {
                    var best = Double.infinity
                    var bestBead: Int8 = -1
                    for beadIndex in beads.indices {
                        let bead = beads[beadIndex]
                        let fromI = i - bead.source, fromJ = j - bead.target
                        guard fromI >= 0, fromJ >= lowers[fromI], fromJ < uppers[fromI] else { continue }
                        let before = costs[offsets[fromI] + fromJ - lowers[fromI]]
                        guard before < .infinity else { continue }
                        let total = before + scorer.cost(bead, sourceStart: fromI, targetStart: fromJ)
                        if total < best {
                            best = total
                            bestBead = Int8(beadIndex)
                        }
                    }
                    let here = offsets[i] + j - lowers[i]
                    costs[here] = best
                    backs[here] = bestBead
                }
            }
        }
        // Trace back from the end.
        var steps: [Step] = []
        var i = rows, j = columns
        guard let end = index(i, j), costs[end] < .infinity else { return fallback(rows: rows, columns: columns) }
        while i > 0 || j > 0 {
            guard let here = index(i, j), backs[here] >= 0 else { return fallback(rows: rows, columns: columns) }
            let bead = BeadType.all[Int(backs[here])]
            let fromI = i - bead.source, fromJ = j - bead.target
            let stepCost = costs[here] - (index(fromI, fromJ).map { costs[$0] } ?? 0)
            steps.append(Step(bead: bead, sourceStart: fromI, targetStart: fromJ, cost: stepCost))
            i = fromI
            j = fromJ
        }
        return steps.reversed()
    }

    /// When the band cannot reach the end (it always can by construction; kept for safety):
    /// every sentence unpaired, so nothing is lost.
    private func fallback(rows: Int, columns: Int) -> [Step] {
        (0..<rows).map { Step(bead: .deletion, sourceStart: $0, targetStart: 0, cost: 0) }
            + (0..<columns).map { Step(bead: .insertion, sourceStart: rows, targetStart: $0, cost: 0) }
    }
}
