/// Characters that take no room and change no word: soft hyphen, zero-width space, non-joiner
/// and joiner, word joiner, byte order mark. Text copied from web pages and word processors
/// carries them inside words ("Truppen\u{AD}aufmarsch"), where they would split a word or keep
/// two equal sentences apart.
public enum InvisibleCharacters {
    @inline(__always)
    public static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xAD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: true
        default: false
        }
    }

    /// The text without them; the text itself (no copy) when it has none.
    /// - Complexity: O(n).
    public static func removed(from text: String) -> String {
        guard text.unicodeScalars.contains(where: contains) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.filter { !contains($0) }))
    }
}
