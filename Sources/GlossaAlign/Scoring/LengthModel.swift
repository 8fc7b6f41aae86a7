import Foundation

/// Gale and Church's character-length model: the length of a translation is roughly
/// proportional to the original's, with a variance that grows with the length.
struct LengthModel {
    /// Expected target characters per source character, estimated from the two texts.
    var ratio: Double
    /// Variance per character (Gale & Church measured 6.8 for German–English).
    var variance: Double = 6.8

    /// −log of the probability of a length difference at least this large.
    /// - Complexity: O(1).
    func cost(sourceLength: Int, targetLength: Int) -> Double {
        let source = Double(sourceLength), target = Double(targetLength)
        let mean = (source + target / ratio) / 2
        guard mean > 0 else { return 0 }
        let delta = (target - source * ratio) / (mean * variance).squareRoot()
        let tail = erfc(abs(delta) / 2.0.squareRoot()) // = 2 · (1 − Φ(|δ|))
        return min(-log(max(tail, 1e-12)), 27.6)
    }
}
