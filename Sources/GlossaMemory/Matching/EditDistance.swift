/// Levenshtein distance over any sequence of comparable elements: characters for "did you
/// mean", tokens for fuzzy matching.
public enum EditDistance {
    /// The distance, or nil as soon as it must exceed `limit` (rows whose minimum passes the
    /// limit stop the computation).
    /// - Complexity: O(n·m) time, O(m) memory; usually far less with a small limit.
    public static func bounded<Element: Equatable>(_ a: [Element], _ b: [Element], limit: Int) -> Int? {
        if abs(a.count - b.count) > limit { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }

    /// One step of an edit script turning `a` into `b`.
    public enum Step: Hashable, Sendable {
        case keep(Int, Int)
        case substitute(Int, Int)
        case delete(Int)
        case insert(Int)
    }

    /// The distance and an edit script (for showing what differs).
    /// - Complexity: O(n·m) time and memory; sentences are short.
    public static func script<Element: Equatable>(_ a: [Element], _ b: [Element]) -> (distance: Int, steps: [Step]) {
        let n = a.count, m = b.count
        var table = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in 0...n { table[i][0] = i }
        for j in 0...m { table[0][j] = j }
        if n > 0 && m > 0 {
            for i in 1...n {
                for j in 1...m {
                    table[i][j] = min(table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1), table[i - 1][j] + 1, table[i][j - 1] + 1)
                }
            }
        }
        var steps: [Step] = []
        var i = n, j = m
        while i > 0 || j > 0 {
            if i > 0 && j > 0 && table[i][j] == table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1) {
                steps.append(a[i - 1] == b[j - 1] ? .keep(i - 1, j - 1) : .substitute(i - 1, j - 1))
                i -= 1
                j -= 1
            } else if i > 0 && table[i][j] == table[i - 1][j] + 1 {
                steps.append(.delete(i - 1))
                i -= 1
            } else {
                steps.append(.insert(j - 1))
                j -= 1
            }
        }
        return (table[n][m], steps.reversed())
    }
}
