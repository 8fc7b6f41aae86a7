/// Text for XML content and attribute values: markup characters escaped, characters XML 1.0
/// forbids (C0 controls other than tab and line breaks, U+FFFE, U+FFFF) dropped.
/// - Complexity: O(n) over the UTF-8 bytes; text with nothing to escape (most sentences) is
///   returned as it is after one scan.
enum XMLEscaping {
    static func escape(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == 0xEF {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
            needsWork = true
            break
        }
        guard needsWork else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"): out += Array("&amp;".utf8)
            case UInt8(ascii: "<"): out += Array("&lt;".utf8)
            case UInt8(ascii: ">"): out += Array("&gt;".utf8)
            case UInt8(ascii: "\""): out += Array("&quot;".utf8)
            case 0x09, 0x0A, 0x0D: out.append(byte)
            case 0..<0x20: break
            case 0xEF where index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF):
                index += 2 // U+FFFE, U+FFFF
            default: out.append(byte)
            }
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }
}
