import CICU

/// A growable UTF-16 buffer that converts UTF-8 paragraphs for ICU and maps UTF-16 offsets
/// back to UTF-8 byte offsets.
///
/// One buffer is reused for every paragraph of a text, so conversion stays in the cache and
/// allocates once. Cost: one ICU conversion pass per paragraph (several hundred MB/s).
struct UTF16Buffer {
    private(set) var storage: [UInt16] = []
    private(set) var count = 0

    /// Replaces the contents with `utf8` converted; returns false for invalid UTF-8.
    mutating func assign(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if storage.count < bytes.count + 1 { storage = [UInt16](repeating: 0, count: max(bytes.count + 1, 256)) }
        if bytes.isEmpty {
            count = 0
            return true
        }
        var error: Int32 = 0
        let length = bytes.withMemoryRebound(to: CChar.self) { source in
            storage.withUnsafeMutableBufferPointer { destination in
                glossa_utf8_to_utf16(source.baseAddress, Int32(source.count), destination.baseAddress, Int32(destination.count), &error)
            }
        }
        guard error == 0 else {
            count = 0
            return false
        }
        count = Int(length)
        return true
    }

    subscript(index: Int) -> UInt16 {
        get { storage[index] }
        set { storage[index] = newValue }
    }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<UInt16>) throws -> R) rethrows -> R {
        try storage.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }
}

/// Walks a UTF-16 buffer forward and tells the UTF-8 byte offset of each UTF-16 offset asked
/// for; offsets must be asked for in increasing order. Cost: O(total length) for a whole pass.
struct UTF8OffsetCursor {
    private var utf16Offset = 0
    private var utf8Offset = 0

    mutating func utf8Offset(of target: Int, in buffer: UnsafeBufferPointer<UInt16>) -> Int {
        precondition(target >= utf16Offset, "UTF-16 offsets must be asked for in order")
        var index = utf16Offset
        var bytes = utf8Offset
        let raw = UnsafeRawPointer(buffer.baseAddress)
        while index < target {
            // Four ASCII units at a time: four bytes.
            if index + 4 <= target, let raw,
               raw.loadUnaligned(fromByteOffset: index * 2, as: UInt64.self) & 0xFF80_FF80_FF80_FF80 == 0 {
                bytes += 4
                index += 4
                continue
            }
            let unit = buffer[index]
            if unit < 0x80 {
                bytes += 1
            } else if unit < 0x800 {
                bytes += 2
            } else if unit & 0xFC00 == 0xD800 {
                bytes += 4
                index += 1
            } else {
                bytes += 3
            }
            index += 1
        }
        utf16Offset = index
        utf8Offset = bytes
        return bytes
    }
}
