/// Word forms the aligner compares: folded (case, diacritics, ß) and a consonant skeleton that
/// lets German and English cognates meet ("Deeskalation" / "de-escalation", "Desinformation" /
/// "disinformation", "Konfrontation" / "confrontation" all share a skeleton).
enum WordForms {
    /// Lower case, umlauts and accents folded to their base letter, ß → ss, hyphens and
    /// apostrophes dropped. Cost: O(length).
    static func folded(_ word: String) -> String {
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
    static func skeleton(_ folded: String, length: Int = 4) -> String? {
        guard folded.count >= 5 else { return nil }
        var text = folded
        for (from, to) in [("ph", "f"), ("th", "t"), ("ck", "c"), ("k", "c"), ("z", "c"), ("y", "i")] {
            text = text.replacingAll(from, with: to)
        }
        var out = ""
        var previous: Character?
        for (index, character) in text.enumerated() {
            guard character.isLetter else { continue }
            if index > 0 && "aeiou".contains(character) { continue }
            if character == previous { continue }
            out.append(character)
            previous = character
            if out.count == length { break }
        }
        return out.count >= 3 ? out : nil
    }
}

extension String {
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var out = ""
        var rest = self[...]
        while let range = rest.firstRange(of: target) {
            out += rest[..<range.lowerBound]
            out += replacement
            rest = rest[range.upperBound...]
        }
        out += rest
        return out
    }
}
