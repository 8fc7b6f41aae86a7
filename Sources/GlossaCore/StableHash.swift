/// FNV-1a, 64 bits: a hash that is the same in every process and on every machine (Swift's
/// `Hasher` is seeded per process), for keys kept in files: the memory's duplicate keys, an
/// article's content hash.
/// - Complexity: O(n) in the UTF-8 length.
public struct StableHash: Sendable {
    public init() {}

    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public mutating func combine(_ text: String) {
        for byte in text.utf8 { combine(byte) }
        combine(0xFF) // separator: UTF-8 never contains 0xFF
    }

    @inline(__always)
    public mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// As SQLite stores it.
    public var signed: Int64 { Int64(bitPattern: value) }

    /// As text, for keys kept in text columns.
    public var hex: String { String(value, radix: 16) }
}
