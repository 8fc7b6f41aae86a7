/// Word forms the aligner compares: folded (case, diacritics, ß) and a consonant skeleton that
/// lets German and English cognates meet ("Deeskalation" / "de-escalation", "Desinformation" /
/// "disinformation", "Konfrontation" / "confrontation" all share a skeleton).
public enum WordForms {
    /// Lower case, umlauts and accents folded to their base letter, ß → ss, hyphens and
    /// apostrophes dropped. Cost: O(length).
    public static func folded(_ word: String) -> String {
        var out = ""
        out.reserveCapacity(word.utf8.count)
        for scalar in word.lowercased().unicodeScalars {
            switch scalar {
            case "ä", "à", "á", "â", "ã", "å": out.append("a")
            case "ö", "ò", "ó", "ô", "õ", "ø": out.append("o")
            case "ü", "ù", "ú", "û": out.append("u")
            case "é", "è", "ê", "ë": out.append("e")
            case "í", "ì", "î", "ï": out.append("i")
            case "ç": out.append("c")
            case "ñ": out.append("n")
            case "ß": out.append("ss")
            case "-", "‐", "‑", "'", "’", "·": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The first letter and the following consonants, with German→English spelling
    /// correspondences applied first (k → c, z → c, ph → f, th → t, doubled letters once), cut
    /// to `length` letters. Nil for words too short to carry evidence.
    public static func skeleton(_ folded: String, length: Int = 4) -> String? {
        guard folded.unicodeScalars.count >= 4 else { return nil }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        var index = 0
        let scalars = Array(folded.unicodeScalars)
        while index < scalars.count && out.count < length {
            var scalar = scalars[index]
            let next: Unicode.Scalar? = index + 1 < scalars.count ? scalars[index + 1] : nil
            // German → English correspondences: ph → f, th → t, ck → c, k → c, z → c, y → i.
            if scalar == "p" && next == "h" { scalar = "f"; index += 1 }
            else if scalar == "t" && next == "h" { index += 1 }
            else if scalar == "c" && next == "k" { index += 1 }
            else if scalar == "k" || scalar == "z" { scalar = "c" }
            else if scalar == "y" { scalar = "i" }
            index += 1
            guard scalar.properties.isAlphabetic else { continue }
            if !out.isEmpty && "aeiou".unicodeScalars.contains(scalar) { continue }
            if scalar == previous { continue }
            out.append(scalar)
            previous = scalar
        }
        return out.count >= 3 ? String(out) : nil
    }
}
