/// Software placeholders written as text in a stored sentence: what gettext, Java, .NET, Qt,
/// ICU and Python strings carry ("Die Datei {0} wurde gespeichert.", "%s files", "%1$d",
/// "%(count)s", "{name}", "%1" of Qt). A CAT tool treats them as placeables, like a TMX `<ph>`:
/// a query without them is the same sentence less a point each (``MemoryStore/match``).
/// - Complexity: O(n); text without "{" or "%" returns at once.
enum PlaceholdersInText {
    /// `text` without its placeholders (each leaves a space where it stood between two words),
    /// and how many there were.
    static func removed(from text: String) -> (text: String, count: Int) {
        let utf8 = text.utf8
        guard utf8.contains(UInt8(ascii: "{")) || utf8.contains(UInt8(ascii: "%")) else { return (text, 0) }
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var count = 0
        var index = 0
        while index < scalars.count {
            if var end = placeholderEnd(scalars, at: index) {
                count += 1
                if let last = out.last, !last.properties.isWhitespace {
                    // Between two words it leaves a space.
                    if end < scalars.count, !scalars[end].properties.isWhitespace, scalars[end].properties.isAlphabetic { out.append(" ") }
                } else {
                    // After a space or at the start, the spaces after it go with it.
                    while end < scalars.count, scalars[end] == " " { end += 1 }
                }
                index = end
                continue
            }
            out.append(scalars[index])
            index += 1
        }
        // A placeholder that ended the text leaves no space behind it.
        if count > 0, scalars.last != " " { while out.last == " " { out.removeLast() } }
        return (String(out), count)
    }

    /// The end of a placeholder starting at `index`, or nil: `{0}`, `{12}`, `{name}`,
    /// `{0,number}` (ICU's argument with a format); `%s`, `%d`, `%1$s`, `%(name)s`, `%@`, Qt's `%1`.
    static func placeholderEnd(_ scalars: [Unicode.Scalar], at index: Int) -> Int? {
        switch scalars[index] {
        case "{":
            var end = index + 1
            while end < scalars.count, end - index <= 40, isIdentifier(scalars[end]) || scalars[end] == "," || scalars[end] == " " { end += 1 }
            guard end < scalars.count, scalars[end] == "}", end > index + 1, isIdentifier(scalars[index + 1]) else { return nil }
            return end + 1
        case "%":
            var end = index + 1
            guard end < scalars.count else { return nil }
            if scalars[end] == "(" {
                // Python's "%(name)s".
                end += 1
                while end < scalars.count, isIdentifier(scalars[end]) { end += 1 }
                guard end + 1 < scalars.count, scalars[end] == ")", conversions.contains(scalars[end + 1]) else { return nil }
                return end + 2
            }
            // "%1$s" (positional), "%1" (Qt), "%s", "%d", "%@".
            let digitsStart = end
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            if end > digitsStart {
                if end + 1 < scalars.count, scalars[end] == "$", conversions.contains(scalars[end + 1]) { return end + 2 }
                // Qt's "%1" only where no letter or digit follows ("%1 files", not "5%1a").
                return end == scalars.count || !isIdentifier(scalars[end]) ? end : nil
            }
            guard conversions.contains(scalars[end]) else { return nil }
            // "%s" but not the "%d" of "50%dann": a letter after the conversion is a word.
            if end + 1 < scalars.count, scalars[end + 1].properties.isAlphabetic { return nil }
            return end + 1
        default:
            return nil
        }
    }

    static let conversions: Set<Unicode.Scalar> = ["s", "d", "i", "u", "f", "x", "X", "c", "@", "g", "e", "o", "p"]

    private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
    }
}
