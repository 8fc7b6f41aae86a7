import Foundation
import GlossaCore

/// Names introduced with their acronym: news and official texts write a body's full name once,
/// with its short form in parentheses, and the translation does the same ("das Technische
/// Hilfswerk (THW)" / "the Federal Agency for Technical Relief (THW)", "des Bundesinstituts für
/// Arzneimittel und Medizinprodukte (BfArM)" / "the Federal Institute for Drugs and Medical
/// Devices (BfArM)"). The shared acronym anchors both names at their ends, so the pair is sure
/// where co-occurrence and the parts' translations find only pieces of it ("Bundesinstitut" /
/// "federal institute").
extension TermLinker {
    /// A body's German and English name from one sentence pair, as they stand there.
    struct AcronymName: Hashable {
        /// The German name in its base form ("Technisches Hilfswerk") and as written
        /// ("Technische Hilfswerk").
        var source: String
        var sourceText: String
        var target: String
        var targetText: String
        /// The acronyms, a form each name is written in ("THW"; "EZB" and "ECB").
        var sourceAcronym: String
        var targetAcronym: String
    }

    /// Names whose acronym both sentences put in parentheses after them: the same acronym, or
    /// one the built-in list translates (EZB / ECB). A person's party ("Karl Lauterbach (SPD)")
    /// names no body: where the two names end on the same word they are skipped.
    /// - Complexity: O(sentence length) for each parenthesis; nothing for a sentence without one.
    func acronymNames(_ pair: AlignedPair, sourceCandidates: [TermCandidate]) -> [AcronymName] {
        let germanAcronyms = Self.parenthesisedAcronyms(in: pair.source)
        guard !germanAcronyms.isEmpty else { return [] }
        let englishAcronyms = Self.parenthesisedAcronyms(in: pair.target)
        guard !englishAcronyms.isEmpty else { return [] }
        let candidateWords = Set(sourceCandidates.lazy.flatMap(\.words))
        var result: [AcronymName] = []
        for (acronym, germanBefore) in germanAcronyms {
            guard let english = englishAcronyms.first(where: { Self.acronymsAgree(acronym, $0.acronym) }),
                  let germanWords = Self.germanName(before: germanBefore, acronym: acronym, nouns: candidateWords),
                  let englishWords = Self.englishName(before: english.before, acronym: english.acronym),
                  germanWords.last != englishWords.last,
                  Self.mayAbbreviate(acronym, germanWords) || Self.mayAbbreviate(acronym, englishWords) else { continue }
            let sourceText = germanWords.joined(separator: " "), targetText = englishWords.joined(separator: " ")
            // A name capitalises its words; a term's capital is the sentence's ("Gross domestic
            // product (GDP) fell …").
            let isName = englishWords.allSatisfy { $0.first?.isUppercase == true || EnglishTermCandidates.nameConnectors.contains($0) || $0 == "the" }
            let target = isName ? targetText : Lemmatizer.englishPhrase(targetText.prefix(1).lowercased() + targetText.dropFirst())
            result.append(AcronymName(source: germanBase(of: germanWords, candidates: sourceCandidates), sourceText: sourceText,
                                      target: target, targetText: targetText, sourceAcronym: acronym, targetAcronym: english.acronym))
        }
        return result
    }

    /// Every "(ACRONYM)" of a sentence with the text before it: an acronym is one word of two
    /// capitals or more ("THW", "BfArM", "BaFin"), digits allowed ("G7"), nothing else inside.
    static func parenthesisedAcronyms(in sentence: String) -> [(acronym: String, before: Substring)] {
        var result: [(acronym: String, before: Substring)] = []
        var searchStart = sentence.startIndex
        while let open = sentence[searchStart...].firstIndex(of: "("), let close = sentence[open...].firstIndex(of: ")") {
            let inside = sentence[sentence.index(after: open)..<close]
            searchStart = sentence.index(after: close)
            guard (2...10).contains(inside.count), inside.allSatisfy({ $0.isLetter || $0.isNumber }), inside.first?.isUppercase == true,
                  inside.filter(\.isUppercase).count >= 2 else { continue }
            result.append((String(inside), sentence[..<open]))
        }
        return result
    }

    /// Whether an acronym may stand for the words: its letters in order among theirs ("KBA" of
    /// "Kraftfahrt-Bundesamt", "BfArM"), or its first letter opening one of them (the
    /// pharmacists' "ABDA" keeps the initials of a former name); "EU" is no short form of
    /// "Rat" in "die Kommission und der Rat (EU)".
    static func mayAbbreviate(_ acronym: String, _ words: [String]) -> Bool {
        guard let first = WordForms.folded(acronym).first(where: \.isLetter) else { return false }
        return spellsInOrder(acronym, words) || words.contains { WordForms.folded($0).first == first }
    }

    /// Whether the acronym's letters stand in the words in its order.
    static func spellsInOrder(_ acronym: String, _ words: [String]) -> Bool {
        var rest = Substring(WordForms.folded(words.joined()).filter(\.isLetter))
        return WordForms.folded(acronym).filter(\.isLetter).allSatisfy { letter in
            guard let found = rest.firstIndex(of: letter) else { return false }
            rest = rest[rest.index(after: found)...]
            return true
        }
    }

    static func acronymsAgree(_ german: String, _ english: String) -> Bool {
        german == english || (Exonyms.germanToEnglish[WordForms.folded(german)] ?? []).contains(WordForms.folded(english))
    }

    /// Words that join a German name's parts: the first met (reading leftwards) opens its
    /// attribute ("Bundesamt für Migration", "Verband der Automobilindustrie"); "und" only
    /// inside that attribute ("für Migration und Flüchtlinge").
    static let germanNameConnectors: Set<String> = ["für", "der", "des", "von", "zur", "zum", "im", "in", "am", "an", "auf", "über", "gegen"]

    /// Prepositions that open a sentence before a name and are nouns too ("Laut Bundesamt für
    /// Statistik (…)": no "Laut", a sound).
    static let sentencePrepositions: Set<String> = ["laut", "gemäß", "dank", "trotz", "wegen", "angesichts", "seitens", "zufolge"]

    /// The German name before the parenthesis, read leftwards: capitalised words the candidates
    /// know (nouns and the adjectives of names: "Bundesvereinigung Deutscher
    /// Apothekerverbände", "Technische Hilfswerk"), one connector and its attribute (a second
    /// one is the sentence's: "Mitglieder des Verbands der Automobilindustrie" gives "Verbands der
    /// Automobilindustrie"), a lower-case adjective inside the attribute ("Institut der deutschen
    /// Wirtschaft"); it stops at an article, punctuation or any other word. Where that finds no
    /// name the acronym spells, the words whose initials spell it ("künstliche Intelligenz (KI)").
    static func germanName(before text: Substring, acronym: String, nouns: Set<String>) -> [String]? {
        let tokens = text.split(whereSeparator: \.isWhitespace)
        var accepted: [String] = [], pending: [String] = [], sawConnector = false
        for (index, token) in tokens.enumerated().reversed() {
            // Digits belong to a name's word ("AV1-Bilddateiformat", "G7-Gipfel").
            let word = token.trimmingCharacters(in: .alphanumerics.inverted.subtracting(.init(charactersIn: "-")))
            if token.last.map({ !$0.isLetter && !$0.isNumber && $0 != "-" }) ?? true || word.isEmpty { break }
            let lower = word.lowercased()
            if word.first?.isUppercase == true {
                guard !StopWords.german.contains(lower), !sentencePrepositions.contains(lower), !GermanTermCandidates.definiteArticles.contains(lower),
                      nouns.contains(word) || word.hasSuffix("-") else { break }
                accepted = [word] + pending + accepted
                pending = []
            } else if accepted.isEmpty {
                break
            } else if lower == "in" || lower == "im", !sawConnector, pending.isEmpty {
                // A place's "in" does not open the attribute: "Organisation für Sicherheit und
                // Zusammenarbeit in Europa".
                pending.insert(word, at: 0)
            } else if germanNameConnectors.contains(lower), !sawConnector, pending.allSatisfy({ $0.first?.isLowercase == true && !germanNameConnectors.contains($0) && $0 != "und" }) {
                sawConnector = true
                pending.insert(word, at: 0)
            } else if lower == "und" || lower == "sowie", !sawConnector, pending.isEmpty {
                pending.insert(word, at: 0)
            } else if pending.isEmpty, !sawConnector, index > 0, germanNameConnectors.contains(tokens[index - 1].lowercased()),
                      GermanTermCandidates.headwordAdjectiveEndings.contains(where: { lower.hasSuffix($0) }) {
                // "der deutschen Wirtschaft": an adjective right after the attribute's connector.
                pending.insert(word, at: 0)
            } else {
                break
            }
            if token.first.map({ !$0.isLetter }) ?? false { break }
        }
        // "und" read before the connector that opens its attribute joins nothing ("Bund und Länder (…)").
        if let und = accepted.firstIndex(where: { $0 == "und" || $0 == "sowie" }),
           !accepted[..<und].contains(where: { germanNameConnectors.contains($0) }) {
            accepted = Array(accepted[(und + 1)...])
        }
        if let initials = wordsSpelling(acronym, in: tokens), initials.count > accepted.count { return initials }
        return accepted.isEmpty ? nil : trimmed(accepted, to: acronym, spelling: false)
    }

    /// A name read too far: the acronym names the body after a connector, where the words
    /// before it do not open with its first letter ("Angabe des Robert Koch-Instituts (RKI)",
    /// "Permanent Council of the Organization for Security … (OSCE)"). Names without such a
    /// word stay whole ("German Association of the Automotive Industry (VDA)").
    /// - Parameter spelling: whether the words kept must spell the acronym. The English name
    ///   must: "Federal Agency for Technical Relief (THW)" keeps its "Federal Agency", the German
    ///   acronym spelling none of it. A German name read past its genitive need not: "Very
    ///   Large Telescope der Europäischen Südsternwarte (ESO)" is the observatory's, whose
    ///   acronym is its English name's.
    static func trimmed(_ words: [String], to acronym: String, spelling: Bool = true) -> [String] {
        guard let first = WordForms.folded(acronym).first, WordForms.folded(words[0]).first != first else { return words }
        let connectors = germanNameConnectors.union(["of", "for", "the"])
        guard let start = words.indices.dropFirst().first(where: { index in
            connectors.contains(words[index - 1]) && words[index].first?.isUppercase == true && WordForms.folded(words[index]).first == first
        }), !spelling || spellsInOrder(acronym, Array(words[start...])) else { return words }
        return Array(words[start...])
    }

    /// The English name before the parenthesis, read leftwards: capitalised words and the
    /// connectors between them ("of", "for", "of the", "and" inside an "of" or "for": "Federal
    /// Institute for Drugs and Medical Devices"); it stops at an article ("The"), a possessive
    /// ("Germany's"), punctuation or a lower-case word. Where that finds no name, the words
    /// whose initials spell the acronym ("gross domestic product (GDP)").
    static func englishName(before text: Substring, acronym: String) -> [String]? {
        let tokens = text.split(whereSeparator: \.isWhitespace)
        var accepted: [String] = [], pending: [String] = []
        for token in tokens.reversed() {
            // Digits belong to a name's word ("AV1 Image File Format").
            let word = token.trimmingCharacters(in: .alphanumerics.inverted.subtracting(.init(charactersIn: "-'’")))
            if token.last.map({ !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "’" }) ?? true || word.isEmpty { break }
            if word.hasSuffix("'s") || word.hasSuffix("’s") { break }
            if word.first?.isUppercase == true {
                // "the" belongs to a name only after its connector ("Association of the …").
                guard !StopWords.english.contains(word.lowercased()), pending != ["the"] else { break }
                accepted = [word] + pending + accepted
                pending = []
            } else if !accepted.isEmpty, word == "the", pending.isEmpty {
                pending = [word]
            } else if !accepted.isEmpty, EnglishTermCandidates.nameConnectors.contains(word), pending.isEmpty || pending == ["the"] {
                pending.insert(word, at: 0)
            } else {
                break
            }
            if token.first.map({ !$0.isLetter }) ?? false { break }
        }
        // "and" with no "of" or "for" before it joins two names ("France and Germany").
        // (Nor does a "the" after it open the name: "the Commission and the Council".)
        if let and = accepted.firstIndex(of: "and"), !accepted[..<and].contains(where: { $0 == "of" || $0 == "for" }) {
            accepted = Array(accepted[(and + 1)...].drop { $0 == "the" })
        }
        if let initials = wordsSpelling(acronym, in: tokens), initials.count > accepted.count { return initials }
        return accepted.isEmpty ? nil : trimmed(accepted, to: acronym)
    }

    /// The last words of `tokens` whose initials spell the acronym, one word a letter.
    static func wordsSpelling(_ acronym: String, in tokens: [Substring]) -> [String]? {
        let letters = acronym.filter(\.isLetter).lowercased()
        guard letters.count >= 2, letters.count == acronym.count, tokens.count >= letters.count else { return nil }
        let words = tokens.suffix(letters.count).map(String.init)
        guard words.allSatisfy({ $0.allSatisfy { $0.isLetter || $0 == "-" } }),
              zip(words, letters).allSatisfy({ $0.0.first.map { Character($0.lowercased()) } == $0.1 }) else { return nil }
        return words
    }

    /// The German name's base form: the longest candidate its words open with, in that
    /// candidate's base form ("Technische Hilfswerk" → "Technisches Hilfswerk", "Bundesamts für
    /// Migration" → "Bundesamt für Migration"), the rest as written (a genitive attribute:
    /// "Bundesvereinigung Deutscher Apothekerverbände"); a lower-case adjective before the noun
    /// declined as the noun's gender asks ("künstlichen Intelligenz" → "künstliche Intelligenz").
    func germanBase(of words: [String], candidates: [TermCandidate]) -> String {
        // A name of capitalised words whose head is its last ("des Robert Koch-Instituts"),
        // where no phrase of the candidates declines it: that word's base form.
        if words.count >= 2, words.allSatisfy({ $0.first?.isUppercase == true }),
           !candidates.contains(where: { $0.words.count > 1 && $0.words.last == words.last }),
           let head = candidates.first(where: { $0.words == [words.last!] }), head.base != head.text {
            return (words.dropLast() + [head.base]).joined(separator: " ")
        }
        if let opening = candidates.filter({ $0.words.count <= words.count && Array(words.prefix($0.words.count)) == $0.words })
            .max(by: { $0.words.count < $1.words.count }) {
            return ([opening.base] + words.dropFirst(opening.words.count)).joined(separator: " ")
        }
        if words.count >= 2, words[0].first?.isLowercase == true, words[1].first?.isUppercase == true,
           let opening = candidates.first(where: { $0.words == [words[1]] }),
           let adjective = german.adjectiveBase(words[0].prefix(1).uppercased() + words[0].dropFirst(), noun: opening.base) {
            return ([adjective.prefix(1).lowercased() + adjective.dropFirst(), opening.base] + words.dropFirst(2)).joined(separator: " ")
        }
        return words.joined(separator: " ")
    }
}
