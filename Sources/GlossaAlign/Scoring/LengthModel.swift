import Foundation

/// Gale and Church's character-length model: the length of a translation is roughly
/// proportional to the original's, with a variance that grows with the length.
struct LengthModel {
    /// Expected target characters per source character, estimated from the two texts.
    var ratio: Double
    /// Variance per character (Gale & Church measured 6.8 for German–English).
    var variance: Double = 6.8
    /// The shared table, held by the instance: reading a `static let` checks its lazy
    /// initialisation on every call, and the search calls this millions of times.
    private let table = LengthModel.tailCosts

    init(ratio: Double, variance: Double = 6.8) {
        self.ratio = ratio
        self.variance = variance
    }

    /// −log of the probability of a length difference at least this large.
    /// - Complexity: O(1): a table lookup (the search asks millions of times).
    func cost(sourceLength: Int, targetLength: Int) -> Double {
        let source = Double(sourceLength), target = Double(targetLength)
        let mean = (source + target / ratio) / 2
        guard mean > 0 else { return 0 }
        let delta = abs(target - source * ratio) / (mean * variance).squareRoot()
        let position = delta * LengthModel.stepsPerUnit
        let index = Int(position)
        guard index + 1 < table.count else { return table[table.count - 1] }
        let fraction = position - Double(index)
        return table.withUnsafeBufferPointer { $0[index] * (1 - fraction) + $0[index + 1] * fraction }
    }

    static let stepsPerUnit = 100.0

    /// −log(2 · (1 − Φ(δ))) for δ from 0 to 8 in steps of 0.01, capped at 27.6.
    static let tailCosts: [Double] = (0...800).map { step in
        let delta = Double(step) / stepsPerUnit
        return min(-log(max(erfc(delta / 2.0.squareRoot()), 1e-12)), 27.6)
    }
}
