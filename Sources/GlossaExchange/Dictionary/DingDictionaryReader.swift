import GlossaCore

/// Reads the Ding dictionary format (Debian's `trans-de-en`, `/usr/share/trans/de-en`):
/// `German :: English`, senses separated by ` | `, synonyms by `; `, annotations in `{}`, `[]`,
/// `()`. Lines starting with `#` are comments.
///
/// The full file has about 200,000 lines (25 MB); `keeping` limits what is kept to the German
/// forms a task needs (folded: lower case, diacritics folded), so memory stays small. Parsing
/// works on bytes and builds a String only for the German synonyms, and for the English ones of
/// kept entries.
/// - Complexity: O(file size), one pass.
public enum DingDictionaryReader {
    ///
    /// `fold` must map ASCII letters to lower case and leave other ASCII as it is: with `keeping`,
    /// a synonym whose first four letters start no needed key is skipped on its bytes, before a
    /// String is built (most of the file, so reading takes a fraction of the time).
    public static func read(bytes: [UInt8], keeping needed: Set<String>? = nil, fold: (String) -> String) -> BilingualDictionary {
        var dictionary = BilingualDictionary()
        let prefixes: Set<UInt32>? = needed.map { keys in
            Set(keys.compactMap { key -> UInt32? in
                let bytes = Array(key.utf8.prefix(4))
                return bytes.count == 4 ? bytes.reduce(0) { $0 << 8 | UInt32($1) } : nil
            })
        }
        bytes.withUnsafeBufferPointer { all in
            var lineStart = 0
            while lineStart < all.count {
                var lineEnd = lineStart
                while lineEnd < all.count, all[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                guard lineEnd > lineStart, all[lineStart] != 0x23 else { continue } // '#'
                let line = UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd])
                guard let separator = find(line, [0x20, 0x3A, 0x3A, 0x20], from: 0) else { continue } // " :: "
                let germanSenses = split(line, from: 0, to: separator, by: [0x20, 0x7C, 0x20]) // " | "
                let englishSenses = split(line, from: separator + 4, to: line.count, by: [0x20, 0x7C, 0x20])
                // "Geheimdienst {m} | Geheimdienste {pl}": the plural sense follows its singular.
                // The plurals paired so, for compounds listed further on in the plural only
                // ("Zoll {m} | Zölle {pl} | … | Strafzölle {pl}" → "Strafzoll"): those compounds
                // first, so that the line's plurals are paired for them even when not needed.
                let compoundPlurals = pluralCompounds(line, germanSenses, prefixes: prefixes, needed: needed, fold: fold)
                var linePlurals: [(plural: String, singular: String)] = []
                for (position, (singular, plural)) in zip(germanSenses, germanSenses.dropFirst()).enumerated()
                where (contains(line, plural, "{pl}") || isMarkedPlural(line, singular, plural, englishSenses, at: position))
                    && (contains(line, singular, "{m}") || contains(line, singular, "{f}") || contains(line, singular, "{n}")) {
                    let singulars = split(line, from: singular.lowerBound, to: singular.upperBound, by: [0x3B, 0x20]).compactMap { clean(line, $0) }
                    let plurals = split(line, from: plural.lowerBound, to: plural.upperBound, by: [0x3B, 0x20]).compactMap { clean(line, $0) }
                    // A synonym may have no plural ("Bereich; Umfeld; Sphäre | Bereiche; Sphären"):
                    // each plural goes with the singular it starts like, not the one at its place.
                    for inflected in plurals {
                        // The text may have the dative plural only ("in den Hauptstädten").
                        if let needed, compoundPlurals.isEmpty, !needed.contains(fold(inflected)), !needed.contains(fold(inflected) + "n") { continue }
                        let folded = Array(fold(inflected))
                        let scored = singulars.map { base -> (base: String, whole: Bool, shared: Int, length: Int) in
                            let stem = Array(fold(base))
                            let shared = zip(stem, folded).prefix { $0 == $1 }.count
                            return (base, shared == stem.count, shared, stem.count)
                        }
                        // "Haus" / "Häuser" share "haus"; "Umfeld" / "Sphären" nothing. A singular the
                        // plural starts with wins ("Journalisten": "Journalist", not "Journalistin";
                        // "Mittel": "Mittel", not "Mittelwert"), then the longest shared start; a
                        // singular of two letters only whole ("Ei" / "Eier").
                        guard let best = scored.max(by: { ($0.whole ? 1 : 0, $0.shared) < ($1.whole ? 1 : 0, $1.shared) }),
                              best.shared >= 3 || best.whole && best.shared == 2, best.shared * 2 >= best.length else { continue }
                        dictionary.addBaseForm(inflected, best.base)
                        linePlurals.append((inflected, best.base))
                    }
                }
                // Such a compound inflects on the plural it ends in. A plural heading its own line
                // stays ("Festspiele {pl} | Filmfestspiele {pl}": no singular was paired).
                for term in compoundPlurals where dictionary.baseForms[term] == nil {
                    for (plural, singular) in linePlurals where term.count > plural.count + 2 && term.hasSuffix(plural.lowercased()) {
                        dictionary.addBaseForm(term, String(term.dropLast(plural.count)) + singular.lowercased())
                        break
                    }
                }
                // A line about a noun lists phrases with it as terms ("künstliche Intelligenz" under
                // "Intelligenz {f}"); a line about an adjective or verb lists examples of use.
                let nounLine = germanSenses.first.map { first in
                    GrammaticalGender.allMarked.contains { contains(line, first, $0.marker) } || contains(line, first, "{pl}")
                } ?? false
                // The singulars of the needed plurals are needed too, however irregular the plural
                // ("Generika" is the text's, "Generikum {n}" the key its base form finds).
                let neededSingulars = Set(linePlurals.map { fold($0.singular) })
                for (sense, (german, english)) in zip(germanSenses, englishSenses).enumerated() {
                    var englishTerms: [String]?
                    for synonym in split(line, from: german.lowerBound, to: german.upperBound, by: [0x3B, 0x20]) { // "; "
                        // Keys shorter than four bytes only match synonyms that give no four bytes here.
                        if let prefixes, let start = leadingBytes(line, synonym), !prefixes.contains(start) { continue }
                        guard var term = clean(line, synonym) else { continue }
                        // A name listed with its article ("Die Linke {f} :: The Left Party") is
                        // met without it ("die Linke", "der Linken"): listed without it too.
                        var withoutArticle = false
                        if sense == 0, let name = Self.nameWithoutArticle(term),
                           GrammaticalGender.allMarked.contains(where: { contains(line, synonym, $0.marker) }) {
                            term = name
                            withoutArticle = true
                        }
                        let key = fold(term)
                        if let needed, !needed.contains(key), !neededSingulars.contains(key) { continue }
                        var singularKey: String?
                        // "Bahn {f}": one gender, for the adjectives before the noun ("{m,n}" is none).
                        if !term.contains(" "), let gender = GrammaticalGender.allMarked.first(where: { contains(line, synonym, $0.marker) })?.gender {
                            dictionary.addGender(key, gender)
                            dictionary.addNoun(term)
                        } else if sense == 0, !term.contains(" "), contains(line, synonym, "{pl}") {
                            // A plural as the headword: of a singular beside it ("Schießübung {f};
                            // Schießübungen {pl}", "Zinsen {pl}; Zins {m} [veraltet]"), its plural;
                            // else a noun only used in the plural ("Kosten {pl}"), its own base form.
                            let singulars = split(line, from: german.lowerBound, to: german.upperBound, by: [0x3B, 0x20])
                                .filter { other in GrammaticalGender.allMarked.contains { contains(line, other, $0.marker) } }
                                .compactMap { clean(line, $0) }
                            if let singular = singulars.filter({ term.hasPrefix($0) && term.count - $0.count <= 3 }).max(by: { $0.count < $1.count }) {
                                dictionary.addBaseForm(term, singular)
                            } else if let (singular, gender) = GermanDerivationalPlurals.singular(of: term),
                                      let translation = split(line, from: english.lowerBound, to: english.upperBound, by: [0x3B, 0x20])
                                          .lazy.compactMap({ clean(line, $0) }).first, !translation.hasSuffix("s") {
                                // A count noun's plural translated by a singular: the plural is
                                // no plural-only noun ("Grabungen {pl} :: excavation"), and its
                                // singular (its gender the suffix's) translates alike.
                                dictionary.addBaseForm(term, singular)
                                dictionary.addNoun(singular)
                                singularKey = fold(singular)
                                if let gender { dictionary.addGender(fold(singular), gender) }
                            } else {
                                dictionary.addPluralNoun(term)
                            }
                        }
                        if englishTerms == nil {
                            let written = split(line, from: english.lowerBound, to: english.upperBound, by: [0x3B, 0x20]).compactMap { clean(line, $0) }
                            // How the dictionary writes them: "Middle East", "Cairo" keep their capitals.
                            for term in written { dictionary.addTargetSpelling(withoutArticle ? Self.nameWithoutArticle(term) ?? term : term) }
                            englishTerms = written.map { fold((withoutArticle ? Self.nameWithoutArticle($0) ?? $0 : $0).lowercased()) }
                            // Ding writes British English; American text meets the same words.
                            englishTerms! += englishTerms!.compactMap(AmericanSpelling.variant)
                        }
                        for translation in englishTerms ?? [] {
                            dictionary.add(key, translation)
                            if let singularKey { dictionary.add(singularKey, translation) }
                        }
                        if term.contains(" ") {
                            let marked = GrammaticalGender.allMarked.contains { contains(line, synonym, $0.marker) } || contains(line, synonym, "{pl}")
                            dictionary.markCollocation(key, !(nounLine || marked))
                        }
                    }
                }
            }
        }
        return dictionary
    }

    /// A name without the article it is listed with: "Die Linke" → "Linke", "The Left Party" →
    /// "Left Party"; nil for any other term.
    static func nameWithoutArticle(_ term: String) -> String? {
        for article in ["Die ", "Der ", "Das ", "The "] where term.hasPrefix(article) {
            let name = term.dropFirst(article.count)
            guard name.first?.isUppercase == true else { return nil }
            return String(name)
        }
        return nil
    }

    /// Whether the German sense after `position`, which the line marks with a gender, is the
    /// plural of the one at `position` all the same: its English is the plural of that sense's
    /// English ("Feldzug {m} | Feldzüge {m} :: military campaign | military campaigns", a slip
    /// Ding has in a few dozen lines). Read only for such lines.
    private static func isMarkedPlural(_ line: UnsafeBufferPointer<UInt8>, _ singular: Range<Int>, _ plural: Range<Int>,
                                       _ englishSenses: [Range<Int>], at position: Int) -> Bool {
        // Most such senses are other words ("Stand {m} | Stand {m} der Technik" aside): the two
        // must open alike, as a plural does its singular, before their English is cleaned.
        guard position + 1 < englishSenses.count, singular.count >= 3, plural.count >= 3,
              line[singular.lowerBound] == line[plural.lowerBound], line[singular.lowerBound + 1] == line[plural.lowerBound + 1],
              line[singular.lowerBound + 2] == line[plural.lowerBound + 2],
              contains(line, plural, "{m}") || contains(line, plural, "{f}") || contains(line, plural, "{n}") else { return false }
        func first(_ sense: Range<Int>) -> String? {
            split(line, from: sense.lowerBound, to: sense.upperBound, by: [0x3B, 0x20]).lazy.compactMap { clean(line, $0) }.first
        }
        guard let singular = first(englishSenses[position]), let plural = first(englishSenses[position + 1]), singular.count >= 2 else { return false }
        return plural == singular + "s" || plural == singular + "es" || singular.hasSuffix("y") && plural == singular.dropLast() + "ies"
    }

    /// The first four bytes `clean` would keep, ASCII letters in lower case; nil when they are
    /// not all ASCII (a folded umlaut could start a key), hold a space, or the synonym is shorter.
    private static func leadingBytes(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32? {
        var value: UInt32 = 0
        var count = 0
        var result: UInt32?
        forEachKeptByte(line, range) { byte in
            // A space inside the first four, non-ASCII, or a "/S./" mark that clean drops.
            guard let byte, byte < 0x80, byte != 0x2F else { return false }
            value = value << 8 | UInt32((0x41...0x5A).contains(byte) ? byte | 0x20 : byte)
            count += 1
            if count == 4 { result = value }
            return count < 4
        }
        return result
    }

    /// Calls `body` with each byte of the range outside annotations in {}, [] and (), and with
    /// nil for white space after the first kept byte; `body` returns false to stop.
    private static func forEachKeptByte(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UInt8?) -> Bool) {
        var depth = 0
        var started = false
        var skipThrough = -1
        for index in range {
            guard index > skipThrough else { continue }
            if depth == 0, let close = abbreviationEnd(line, at: index, from: range.lowerBound, to: range.upperBound) {
                skipThrough = close
                continue
            }
            let byte = line[index]
            switch byte {
            case 0x7B, 0x5B, 0x28: depth += 1
            case 0x7D, 0x5D, 0x29: depth = max(0, depth - 1)
            case 0x20, 0x09:
                if depth == 0 && started && !body(nil) { return }
            default:
                guard depth == 0 else { continue }
                started = true
                if !body(byte) { return }
            }
        }
    }

    /// The one-word plurals a line lists after its first two senses ("Strafzölle {pl}"), the
    /// needed ones: candidates for inflecting on a plural the line pairs with its singular.
    private static func pluralCompounds(_ line: UnsafeBufferPointer<UInt8>, _ senses: [Range<Int>], prefixes: Set<UInt32>?,
                                        needed: Set<String>?, fold: (String) -> String) -> [String] {
        var result: [String] = []
        for sense in senses.dropFirst(2) where contains(line, sense, "{pl}") {
            for synonym in split(line, from: sense.lowerBound, to: sense.upperBound, by: [0x3B, 0x20]) where contains(line, synonym, "{pl}") {
                if let prefixes, let start = leadingBytes(line, synonym), !prefixes.contains(start) { continue }
                guard let term = clean(line, synonym), !term.contains(" ") else { continue }
                if let needed, !needed.contains(fold(term)), !needed.contains(fold(term) + "n") { continue }
                result.append(term)
            }
        }
        return result
    }

    /// Where the abbreviation mark opening at `index` closes ("/S./", "/Gov.; Govt./"): a slash
    /// that starts a word and is not followed by a space, up to the next slash that ends one;
    /// or a symbol between spaced slashes ("percent / % /", "section / § /"); nil if `index`
    /// opens none ("pain / ache", "and/or").
    private static func abbreviationEnd(_ line: UnsafeBufferPointer<UInt8>, at index: Int, from start: Int, to end: Int) -> Int? {
        guard line[index] == 0x2F, index == start || line[index - 1] == 0x20, index + 1 < end else { return nil }
        if line[index + 1] == 0x20 { return symbolMarkEnd(line, at: index, to: end) }
        var close = index + 1
        while close < end {
            if line[close] == 0x2F {
                let next = close + 1 < end ? line[close + 1] : 0x20
                if next == 0x20 || next == 0x3B || next == 0x7C { return close }
            }
            close += 1
        }
        return nil
    }

    /// "/ % /": a slash, a space, up to four bytes that are no ASCII letter, digit or space
    /// (UTF-8 for "§", "°"), a space and a closing slash at the end of the synonym.
    private static func symbolMarkEnd(_ line: UnsafeBufferPointer<UInt8>, at index: Int, to end: Int) -> Int? {
        var close = index + 2
        while close < end, close - index - 2 < 5, line[close] != 0x20 {
            let byte = line[close]
            if byte < 0x80, (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (0x30...0x39).contains(byte) || byte == 0x2F { return nil }
            close += 1
        }
        let symbols = close - index - 2
        guard (1...4).contains(symbols), close + 1 < end, line[close] == 0x20, line[close + 1] == 0x2F else { return nil }
        let next = close + 2 < end ? line[close + 2] : 0x20
        return next == 0x20 || next == 0x3B || next == 0x7C ? close + 1 : nil
    }

    /// True if the range of the line holds `marker` (e.g. "{pl}").
    private static func contains(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ marker: String) -> Bool {
        let slice = UnsafeBufferPointer(rebasing: line[range])
        return find(slice, Array(marker.utf8), from: 0) != nil
    }

    private static func find(_ line: UnsafeBufferPointer<UInt8>, _ pattern: [UInt8], from start: Int) -> Int? {
        guard line.count >= pattern.count else { return nil }
        var index = start
        while index + pattern.count <= line.count {
            if line[index] == pattern[0] {
                var matched = true
                for offset in 1..<pattern.count where line[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }

    private static func split(_ line: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, by separator: [UInt8]) -> [Range<Int>] {
        var pieces: [Range<Int>] = []
        var pieceStart = start
        var index = start
        while index + separator.count <= end {
            // "government /Gov.; Govt./": an abbreviation mark's "; " separates nothing.
            if let close = abbreviationEnd(line, at: index, from: start, to: end) {
                index = close + 1
                continue
            }
            var matched = true
            for offset in 0..<separator.count where line[index + offset] != separator[offset] {
                matched = false
                break
            }
            if matched {
                pieces.append(pieceStart..<index)
                index += separator.count
                pieceStart = index
            } else {
                index += 1
            }
        }
        pieces.append(pieceStart..<end)
        return pieces
    }

    /// A synonym without its annotations in {}, [], () and /…/, white space folded; nil if nothing
    /// is left.
    private static func clean(_ line: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(range.count)
        var pendingSpace = false
        forEachKeptByte(line, range) { byte in
            if let byte {
                if pendingSpace {
                    out.append(0x20)
                    pendingSpace = false
                }
                out.append(byte)
            } else {
                pendingSpace = true
            }
            return true
        }
        // Abbreviation marks ("/S./", "/Gov.; Govt./") were skipped with the annotations.
        return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
    }
}

private extension GrammaticalGender {
    /// Ding's gender marks, each a whole annotation.
    static let allMarked: [(marker: String, gender: GrammaticalGender)] = [("{m}", .masculine), ("{f}", .feminine), ("{n}", .neuter)]
}
