/// What glossa reads in place of a character XML 1.0 does not allow (C0 controls other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF) where a file carries one in a segment's text:
/// raw or as `&#x1F;` in TMX, as `<cp hex="000B"/>` in XLIFF 2. Word writes a manual line break
/// as a vertical tab, so a vertical tab or form feed separated two words and reads as a space;
/// any other such character is dropped. The memory never holds one (exports could not write it).
enum DisallowedCharacters {
    /// The text to read for the character `value`: " ", "", or nil where XML allows it.
    static func replacement(for value: UInt32) -> String? {
        if value == 0x0B || value == 0x0C { return " " }
        if value < 0x20 && ![0x09, 0x0A, 0x0D].contains(value) || value == 0xFFFE || value == 0xFFFF { return "" }
        return nil
    }

    /// "U+000B vertical tab", "U+001F": a character's name in notes.
    static func name(of value: UInt32) -> String {
        let hex = String(value, radix: 16, uppercase: true)
        let code = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return code + (value == 0x0B ? " vertical tab" : value == 0x0C ? " form feed" : "")
    }
}
