import GRDB

/// Tells whether a duplicate key (a unit's content or source hash) is already in the memory,
/// for one import inside its transaction.
///
/// The first questions go to the column's index (a small import, or one article of a build,
/// never reads more): at least ``loadAfter``, and more in a large memory, where reading every
/// key costs more than many probes (a 10,000-unit import into a million-unit memory spent
/// 0.2 s of 1.9 loading the filters it then asked 10,000 times). Then the column's values are
/// read once into a Bloom filter of fixed size (``KeyFilter``, 4 MB), and every key stored
/// later is added to it: a "no" is certain and costs no SQLite call, a "maybe" is settled by
/// the index. So a large import asks SQLite almost nothing for new units, and memory does not
/// grow with the memory's size (a sorted array and a set of keys took 54 MB more at a million
/// units). Measured at 100,000 units: the two index probes per unit took 0.5–0.7 s of 6.7.
final class KnownKeys {
    /// Questions answered by the index before the values are read into the filter, in a
    /// memory of up to 32,000 units; in a larger one, a sixteenth of its units (a probe costs
    /// about as much as reading and filing 16 keys).
    static let loadAfter = 2_000

    private let column: String
    private let threshold: Int
    private var filter: KeyFilter?
    private var questions = 0

    /// - Parameters:
    ///   - column: `contentHash` or `sourceHash` (columns of `unit`; the index `unit_hashes`
    ///     leads with `sourceHash`, so only that column's ``contains(_:in:beforeReading:)``
    ///     probes it: a content key is settled by the merge, which knows both keys).
    ///   - storedUnits: about how many units the memory holds.
    init(column: String, storedUnits: Int) {
        self.column = column
        threshold = max(Self.loadAfter, storedUnits / 16)
    }

    /// False if no unit with `key` is in the memory (certain); true if one may be, for a
    /// caller that settles it with its own lookup (a merge reads the unit's id anyway).
    /// `beforeReading` runs before the memory is read (the sink writes the units it holds back).
    func mayContain(_ key: Int64, in db: Database, beforeReading: () throws -> Void) throws -> Bool {
        questions += 1
        if filter == nil, questions > threshold {
            try beforeReading()
            var loaded = KeyFilter()
            let values = try Int64.fetchCursor(db, sql: "SELECT \(column) FROM unit")
            while let value = try values.next() { loaded.insert(value) }
            filter = loaded
        }
        return filter?.mayContain(key) ?? true
    }

    /// True if a unit with `key` is in the memory: the filter, then the index for a "maybe".
    func contains(_ key: Int64, in db: Database, beforeReading: () throws -> Void) throws -> Bool {
        guard try mayContain(key, in: db, beforeReading: beforeReading) else { return false }
        try beforeReading()
        let probe = RawStatement(try db.cachedStatement(sql: "SELECT 1 FROM unit WHERE \(column) = ? LIMIT 1"))
        probe.bind(1, key)
        return try probe.firstInteger(db) != nil
    }

    /// Records a key just stored (needed once the filter is loaded).
    func insert(_ key: Int64) {
        filter?.insert(key)
    }
}

/// A Bloom filter over 64-bit keys, blocked: 2²⁵ bits (4 MB) in 512-bit blocks, four bits per
/// key inside one block, so a question or an insert touches one cache line (four lines
/// anywhere in 4 MB took 4% of an import's storing thread). False positives, never false
/// negatives: about 1 in 3,000 at a million keys, 1 in 50 at 3.5 million (a 1 GB TMX file),
/// 1 in 5 at ten million, where the index settles them.
struct KeyFilter {
    private static let bitCount = 1 << 25
    private static let blockBits = 512
    private var words = [UInt64](repeating: 0, count: KeyFilter.bitCount / 64)

    mutating func insert(_ key: Int64) {
        let (base, slices) = Self.positions(key)
        words.withUnsafeMutableBufferPointer { words in
            for probe in 0..<4 {
                let bit = Self.bit(probe, of: slices)
                words[base + bit >> 6] |= 1 << UInt64(bit & 63)
            }
        }
    }

    func mayContain(_ key: Int64) -> Bool {
        let (base, slices) = Self.positions(key)
        return words.withUnsafeBufferPointer { words in
            for probe in 0..<4 {
                let bit = Self.bit(probe, of: slices)
                if words[base + bit >> 6] & (1 << UInt64(bit & 63)) == 0 { return false }
            }
            return true
        }
    }

    /// Bit `probe` of a key inside its block: a 9-bit slice of the second hash.
    @inline(__always)
    private static func bit(_ probe: Int, of slices: UInt64) -> Int {
        Int((slices >> UInt64(9 * probe)) & UInt64(blockBits - 1))
    }

    /// The key's block (as the index of its first word) and a hash whose 9-bit slices place
    /// its bits there, from SplitMix64's finaliser over the key.
    private static func positions(_ key: Int64) -> (Int, UInt64) {
        func mix(_ value: UInt64) -> UInt64 {
            var z = value &+ 0x9E37_79B9_7F4A_7C15
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let first = mix(UInt64(bitPattern: key)), second = mix(first)
        let block = Int(first & UInt64(bitCount / blockBits - 1))
        return (block * (blockBits / 64), second)
    }
}
