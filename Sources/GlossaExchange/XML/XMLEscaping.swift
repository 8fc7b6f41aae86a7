/// Text for XML content and attribute values: markup characters escaped, characters XML 1.0
/// forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) dropped.
///
/// Written straight into the output's bytes (``append(_:to:)``): an export of 100,000 units
/// spent a third of its time making a String per escaped value and appending it. Text with
/// nothing to escape (most sentences) is found eight bytes at a time and copied in one piece.
/// - Complexity: O(n) over the UTF-8 bytes.
enum XMLEscaping {
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text`, escaped, to `out`.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            guard let first = firstSpecial(in: bytes) else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            var index = first
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: [0x26, 0x61, 0x6D, 0x70, 0x3B]) // &amp;
                case UInt8(ascii: "<"): out.append(contentsOf: [0x26, 0x6C, 0x74, 0x3B]) // &lt;
                case UInt8(ascii: ">"): out.append(contentsOf: [0x26, 0x67, 0x74, 0x3B]) // &gt;
                case UInt8(ascii: "\""): out.append(contentsOf: [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]) // &quot;
                case 0x09, 0x0A, 0x0D: out.append(byte)
                case 0..<0x20: break
                case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                    index += 2 // U+FFFE, U+FFFF
                default: out.append(byte)
                }
                index += 1
            }
        }
    }

    /// Where the first byte that may need escaping is (markup characters, controls, the lead
    /// byte of U+FFFE/U+FFFF), eight bytes at a time; nil if there is none.
    private static func firstSpecial(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        @inline(__always) func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let below20 = (word &- ones &* 0x20) & ~word & highs != 0
                if below20 || hasZero(word ^ (ones &* 0x26)) || hasZero(word ^ (ones &* 0x3C)) || hasZero(word ^ (ones &* 0x3E))
                    || hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0xEF)) {
                    break
                }
                index += 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x26 || byte == 0x3C || byte == 0x3E || byte == 0x22 || byte == 0xEF {
                // Tab and line breaks stay as they are; they alone never need the slow path.
                if byte == 0x09 || byte == 0x0A || byte == 0x0D {
                    index += 1
                    continue
                }
                return index
            }
            index += 1
        }
        return nil
    }
}
