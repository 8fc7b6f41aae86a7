/// A half-open range of UTF-8 byte offsets into an input text.
///
/// Byte offsets (not `String.Index`) so that ranges survive serialization (the `segment --format
/// json` interface promises them) and index directly into the file a user gave.
public struct TextRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "a range ends before it starts: \(start)..<\(end)")
        self.start = start
        self.end = end
    }

    public var count: Int { end - start }
    public var isEmpty: Bool { start == end }

    public var description: String { "\(start)..<\(end)" }
}
