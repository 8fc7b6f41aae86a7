import Foundation
import GlossaCore
import GlossaText


/// German term candidates of a sentence: nouns and compounds (capitalised, so German marks
/// them), hyphenated compounds ("NATO-Generalsekretär"), acronyms ("OSZE"), and a capitalised
/// adjective with its noun ("Kalten Krieges" → "Kalter Krieg", "Ständigen Rat" → "Ständiger
/// Rat"). A capitalised first word of a sentence counts only if the text never writes it in
/// lower case and it is no function word.
///
/// Not thread-safe (ICU tokenizer): one per task. Cost: O(n) per sentence.
public final class GermanTermCandidates {
    private let tokenizer: Tokenizer
    /// Words the corpus writes in lower case somewhere (so a capitalised first word is no noun).
    public var lowercaseWords: Set<String> = []
    /// Nouns known to the lemmatizer (the corpus's own, a dictionary's).
    public var knownNouns: Set<String> = []
    /// Nouns in -en the text writes after "das" or "ein" (``neutersInEn(in:)``), in lower case.
    public var neutersInEn: Set<String> = []
    /// Words the translation capitalises inside its sentences (names), which tell a place's
    /// adjective in -er from a noun ("Weimarer" beside "Weimar").
    public var englishNames: Set<String> = []
    /// Words the corpus capitalises somewhere other than at the start of a sentence.
    public var capitalisedInside: Set<String> = []
    /// Inflected forms → base forms a dictionary gives ("Geheimdienste" → "Geheimdienst").
    public var baseForms: [String: String] = [:]
    /// Nouns' genders a dictionary gives, by folded form ("bahn" → feminine).
    public var genders: [String: GrammaticalGender] = [:]
    /// Nouns as a dictionary spells them, by lower case ("vertrag" → "Vertrag").
    public var nouns: [String: String] = [:]
    /// Nouns a dictionary lists only in the plural, as written ("Streitkräfte").
    public var pluralNouns: Set<String> = []
    /// Splits the compound that completes a truncated one ("Öl- und Gasheizungen"); without
    /// it, a truncated word gives no candidate at all.
    public var splitter: CompoundSplitter?
    /// The dictionary's words and their translations, by folded form (what tells a compound
    /// the dictionary lists whole, "Filmfestspiele", from one only the text has).
    public var dictionaryWords: [String: Set<String>] = [:]
    /// The dictionary's multi-word entries that are examples of use, not terms.
    public var collocations: Set<String> = []

    /// The base form of a noun: the dictionary's if it lists the form (or its dative plural
    /// without -n), else the rules'.
    func baseForm(_ word: String) -> String {
        if let neutral = genderNeutralBase(word) { return neutral }
        // A feminine noun for people whose masculine the text also has ("Mieterin" beside
        // "Mieter", "Präsidentin" beside "Präsidenten"): one entry, under the masculine.
        if let masculine = Lemmatizer.masculineOfFeminine(word),
           [masculine, masculine + "n", masculine + "en", masculine + "s"].contains(where: knownNouns.contains) {
            return baseForm(masculine)
        }
        // "Westen" is the west, not the plural of "Weste" (a vest), whatever a dictionary lists.
        if Lemmatizer.germanNounsInEn.contains(word) || isNeuterInEn(word) { return word }
        // A verb in -ieren used as a noun ("beim Initialisieren", "das Regieren"), which the
        // text also writes as a verb: the infinitive is its base form, no plural to undo.
        if word.hasSuffix("ieren"), lowercaseWords.contains(word.lowercased()) { return word }
        if let base = baseForms[word] { return base }
        if word.hasSuffix("n"), let base = baseForms[String(word.dropLast())] { return base }
        // The dative of a noun the dictionary lists only in the plural, without a gender
        // ("von Streitkräften": "Streitkräfte {pl}"; the compound's head made it "Streitkraft").
        if word.hasSuffix("n"), nouns[word.lowercased()] == nil {
            let plural = String(word.dropLast())
            if isListedPluralOnly(plural) { return plural }
        }
        // A noun the dictionary has in this very spelling, and as no plural of another: its
        // own base form ("Zinsen {pl}" is no plural of "Zinse", "Kosten" none of "Koste").
        // A derivational plural heading a line of its own is still the plural of a singular the
        // dictionary has ("Fördermittel {pl}; Subventionen {pl}" beside "Subvention {f}").
        if nouns[word.lowercased()] == word {
            if let singular = Lemmatizer.derivationalSingular(word), nouns[singular.lowercased()] == singular { return singular }
            if let singular = listedPluralsSingular(word) { return singular }
            return word
        }
        // A derivational suffix's plural is certain ("Lieferungen" → "Lieferung"); a compound
        // head split there would be a guess ("Liefe|rungen" → "Runge").
        if let base = Lemmatizer.derivationalSingular(word) { return base }
        // The dative plural of a noun in -er or -el whose plural is its singular ("vor 75.000
        // Zuschauern", "mit Mitteln"), when the lexicon knows the word without the -n.
        if word.hasSuffix("ern") || word.hasSuffix("eln"), word.count >= 6, let splitter,
           !Lemmatizer.germanPluraliaTantumHeads.contains(where: { word.lowercased().hasSuffix($0) }),
           splitter.lexicon[WordForms.folded(String(word.dropLast())), default: 0] > 0 {
            return String(word.dropLast())
        }
        if let base = compoundBaseForm(word) { return base }
        if let base = umlautSingular(word) { return base }
        if let base = dictionaryNounWithoutEnding(word) { return base }
        return Lemmatizer.germanNoun(word, known: knownNouns)
    }

    /// Whether a word in -en is a singular by the text's own articles: "das Beben", "ein
    /// schweres Beben" (a nominalised verb; no plural takes "das" or "ein"), also as a
    /// compound's head ("Erdbeben" after "dem schweren"). Without it the rules read "Beben" as
    /// the plural of "Bebe", "Erdbeben" of "Erdbebe".
    func isNeuterInEn(_ word: String) -> Bool {
        guard !neutersInEn.isEmpty, word.hasSuffix("en") else { return false }
        let lower = word.lowercased()
        return neutersInEn.contains(lower) || neutersInEn.contains { $0.count >= 5 && lower.count > $0.count + 2 && lower.hasSuffix($0) }
    }

    /// The capitalised words in -en of German sentences that follow "das", "ein" or "kein",
    /// lower-case adjectives between ("Das Beben", "durch das Beben", "ein schweres Beben").
    /// - Complexity: O(words).
    public static func neutersInEn(in sentences: [String]) -> Set<String> {
        var result = Set<String>()
        for sentence in sentences {
            let words = sentence.split(whereSeparator: \.isWhitespace)
            for (index, word) in words.enumerated() where index > 0 && word.first?.isUppercase == true {
                let text = word.trimmingCharacters(in: .letters.inverted)
                guard text.hasSuffix("en"), text.count >= 5, text == word || word.last.map({ !$0.isLetter }) == true else { continue }
                var before = index - 1
                while before > 0, index - before <= 2, let first = words[before].first, first.isLowercase,
                      ["e", "es", "en"].contains(where: { words[before].hasSuffix($0) }), !["das", "ein", "kein"].contains(words[before].lowercased()) {
                    before -= 1
                }
                let article = words[before].lowercased()
                guard ["das", "ein", "kein"].contains(article) else { continue }
                // "das" as an article opens the sentence or follows a preposition; after a verb
                // it is a pronoun ("hat das Folgen für …"), after a comma a relative one.
                // (Not a relative clause's preposition either: "…, durch das Wohnungen entstehen".)
                if article == "das", before > 0, !Self.prepositionsBeforeDas.contains(words[before - 1].lowercased())
                    || before > 1 && words[before - 2].hasSuffix(",") { continue }
                result.insert(text.lowercased())
            }
        }
        return result
    }

    static let prepositionsBeforeDas: Set<String> = [
        "durch", "für", "über", "um", "ohne", "gegen", "an", "auf", "in", "hinter", "vor", "unter", "neben", "zwischen", "und", "oder",
    ]

    /// Whether the dictionary lists the noun only in the plural ("Streitkräfte {pl}",
    /// "Sprachkenntnisse {pl}"), and nowhere with a gender: "Zuschauer {pl}" heads a line of
    /// its own too, but "Zuschauer {m}" is its singular.
    func isListedPluralOnly(_ word: String) -> Bool {
        pluralNouns.contains(word) && genders[WordForms.folded(word)] == nil
    }

    /// A word the dictionary does not list, which is a noun it lists with a plural or case
    /// ending added ("Autobahnauffahrten": Ding has "Autobahnauffahrt" without its plural, and
    /// the rules alone cannot tell "-t" + "en" from "-te" + "n"). Longest ending first: "-en"
    /// before "-n" ("Staaten" → "Staat"; "Seiten" → "Seite", since "Seit" is no noun); "-e" last.
    func dictionaryNounWithoutEnding(_ word: String) -> String? {
        guard word.count >= 6, nouns[word.lowercased()] == nil else { return nil }
        for ending in ["en", "es", "n", "s"] where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            if nouns[stem.lowercased()] == stem { return stem }
        }
        // The plural in -e of a masculine or neuter noun it lists without that plural
        // ("Erdrutsche": Ding has "Erdrutsch {m}" among synonyms whose plurals it leaves out).
        // No feminine takes it ("Reise" is no plural of "Reis", and the dictionary lists it).
        if word.hasSuffix("e") {
            let stem = String(word.dropLast())
            if nouns[stem.lowercased()] == stem, let gender = genders[WordForms.folded(stem)], gender != .feminine { return stem }
        }
        return nil
    }

    /// The tokenizer cuts "Ärzt*innen" and "Lehrer:innen" at the star and the colon: the three
    /// tokens, written without space between them, are one word again.
    static func joiningGenderEndings(_ tokens: [Token]) -> [Token] {
        var result: [Token] = []
        var index = 0
        while index < tokens.count {
            if index + 2 < tokens.count, tokens[index].kind == .word, ["*", ":", "/", "_"].contains(tokens[index + 1].text),
               ["innen", "in"].contains(tokens[index + 2].text),
               tokens[index].range.end == tokens[index + 1].range.start, tokens[index + 1].range.end == tokens[index + 2].range.start {
                var joined = tokens[index]
                joined.text += tokens[index + 1].text + tokens[index + 2].text
                joined.range = TextRange(start: tokens[index].range.start, end: tokens[index + 2].range.end)
                result.append(joined)
                index += 3
                continue
            }
            result.append(tokens[index])
            index += 1
        }
        return result
    }

    /// Gender-inclusive spellings as German news and institutions write them ("LehrerInnen",
    /// "Schüler_innen", "Ärzt*innen", "Kolleg:in"): the noun they stand for, in the form the
    /// dictionary has ("Lehrer", "Schüler", "Arzt", "Kollege"), else the word before the ending.
    /// nil for any other word ("Innenminister", "Berlinerin").
    func genderNeutralBase(_ word: String) -> String? {
        guard let plain = Lemmatizer.genderInclusiveStem(word) else { return nil }
        for candidate in Lemmatizer.masculineForms(ofStem: plain) where nouns[candidate.lowercased()] == candidate {
            return candidate
        }
        return plain
    }

    /// The singular of an umlaut plural the dictionary lists no plural for ("Verträge" →
    /// "Vertrag", "Ängste" → "Angst", "Wäldern" → "Wald", "Häfen" → "Hafen"): the word without
    /// a plural ending and with its last umlaut undone, if the dictionary has that noun spelled
    /// so. A word the dictionary has as a noun itself ("Eigentümer", not the plural of
    /// "Eigentum") is left alone, and a weak noun that keeps its umlaut ("Bären" → "Bär") is
    /// found before a de-umlauted one ("Bar").
    /// - Complexity: at most a dozen dictionary lookups; nil at once for words without umlauts.
    func umlautSingular(_ word: String) -> String? {
        guard !nouns.isEmpty, word.contains(where: { "äöüÄÖÜ".contains($0) }), nouns[word.lowercased()] != word else { return nil }
        for ending in ["e", "en", "er", "ern", "n", ""] where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = String(word.dropLast(ending.count))
            // Without an ending, only the plurals of nouns in -el, -er, -en ("Mängel", "Väter",
            // "Gärten"): "Süd" is no plural of "Sud".
            if ending.isEmpty, !["el", "er", "en"].contains(where: { stem.hasSuffix($0) }) { continue }
            if ending == "en", nouns[stem.lowercased()] == stem { return stem }
            let candidate = Lemmatizer.withoutLastUmlaut(stem)
            guard candidate != stem else { continue }
            if nouns[candidate.lowercased()] == candidate { return candidate }
        }
        return nil
    }

    /// A compound inflects on its head: "Energiepreise" → "Energiepreis" when the dictionary
    /// gives "Preise" → "Preis" (it lists few compounds, and umlaut plurals defeat the rules:
    /// "Hauptstädte"). The head is the compound splitter's last part, so a word that merely ends
    /// like a plural ("Rüstungskon|trolle") is left alone.
    /// - Complexity: one split (O(length²) lexicon lookups); nil at once without a dictionary.
    func compoundBaseForm(_ word: String) -> String? {
        guard !baseForms.isEmpty, !word.contains("-"), let splitter else { return nil }
        let folded = WordForms.folded(word)
        // The head is cut from the word as written, so the folding must keep the length.
        guard folded.count == word.count else { return nil }
        // Split even where the text makes the plural a word of its own ("Zusatzbeiträge" twice,
        // its singular once): the dictionary's head decides ("Beiträge" → "Beitrag"). A compound
        // the dictionary lists whole is its own base form ("Filmfestspiele {pl}" is no plural
        // of "Filmfestspiel").
        guard dictionaryWords[folded] == nil else { return nil }
        var parts = splitter.split(folded)
        if parts.count == 1 { parts = splitter.split(folded, evenIfKnown: true) }
        if let last = parts.dropFirst().last, word.count - last.count >= 3, last.count >= 4,
           let base = headBaseForm(word, cut: word.count - last.count) {
            return base
        }
        // The splitter's parts have four letters or more; a noun of two or three the
        // dictionary spells so ("Gas", "Öl", "Amt") makes a compound with a known head too
        // ("Gaspreise" → "Gaspreis"; "Vorjahre" stays: "vor" is no noun). Not for a word the
        // dictionary or the exonyms know whole: "Norwegen" is no "Nor" (a geological stage)
        // + "Wegen".
        guard nouns[word.lowercased()] == nil, Exonyms.germanToEnglish[folded] == nil else { return nil }
        for cut in [3, 2] where word.count - cut >= 4 {
            let modifier = String(word.prefix(cut))
            guard nouns[modifier.lowercased()] == modifier, let base = headBaseForm(word, cut: cut) else { continue }
            return base
        }
        return nil
    }

    /// The noun a word the dictionary lists as a singular of its own may be the plural or
    /// dative of by its ending (-en, -e, -n): "Zwecke" (Ding: a brad) or the plural of "Zweck"
    /// (purpose). The base form keeps the listed noun; the English sentence decides
    /// (``TermLinker``). Only a stem the dictionary lists with a gender; nil otherwise. A word
    /// it lists only in the plural ("Lasten {pl}" beside "Last {f}") takes -en and -n only on a
    /// stem whose gender forms its plural so: "Grünen {pl}", the party, is no plural of the
    /// neuter "Grün" for the "Greens" of its English.
    /// - Complexity: up to four dictionary lookups.
    func singularReading(of word: String) -> String? {
        guard !nouns.isEmpty, word.count >= 5, !word.contains("-"), !word.contains(" "), nouns[word.lowercased()] == word else { return nil }
        let listedSingular = genders[WordForms.folded(word)] != nil
        for ending in ["en", "e", "n"] where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            guard nouns[stem.lowercased()] == stem, let gender = genders[WordForms.folded(stem)] else { continue }
            if listedSingular || ending == "e" || gender != .neuter { return stem }
        }
        return nil
    }

    /// The other noun a compound's head may be the plural of, where the dictionary has the head
    /// as a noun of its own too: "…abkommen" is "Abkommen" (an agreement) or the plural of
    /// "Abkomme" (a descendant), "…flecken" "Flecken" (a small town) or the plural of "Fleck".
    /// The base form took the plural's reading; the English sentence decides
    /// (``TermLinker``). nil for a word whose head is no such noun.
    /// - Returns: the head as written, capitalised, and the noun it would be the plural of.
    /// - Complexity: one split of the word and two dictionary lookups.
    func pluralReadingOfHead(_ word: String) -> (head: String, singular: String)? {
        guard !baseForms.isEmpty, !word.contains("-"), let splitter else { return nil }
        let folded = WordForms.folded(word)
        guard folded.count == word.count, let last = splitter.split(folded, evenIfKnown: true).dropFirst().last, last.count >= 4 else { return nil }
        let head = String(word.suffix(last.count))
        let capitalised = head.prefix(1).uppercased() + head.dropFirst()
        guard nouns[capitalised.lowercased()] == capitalised, let base = baseForms[capitalised], base != capitalised else { return nil }
        return (capitalised, base)
    }

    /// A compound the dictionary lists only in the plural and translates only with plurals
    /// ("Energiepreise {pl} :: energy prices"): a plural, not a plurale tantum, so the
    /// singular of its head ("Energiepreis", as "Preise" → "Preis"). "Filmfestspiele {pl} ::
    /// film festival" and "Nebenkosten {pl} :: additional costs" (no singular "Kosten" heads)
    /// stay.
    /// - Complexity: one split (O(length²) lexicon lookups), only for listed nouns without gender.
    func listedPluralsSingular(_ word: String) -> String? {
        let folded = WordForms.folded(word)
        guard genders[folded] == nil, let translations = dictionaryWords[folded], !translations.isEmpty,
              translations.allSatisfy({ Lemmatizer.englishPhrase($0) != $0 }),
              let splitter, folded.count == word.count else { return nil }
        let parts = splitter.split(folded, evenIfKnown: true)
        guard let last = parts.dropFirst().last, word.count - last.count >= 3, last.count >= 4 else { return nil }
        return headBaseForm(word, cut: word.count - last.count)
    }

    /// The word with its head (from `cut` on) in the dictionary's base form, if it lists one.
    private func headBaseForm(_ word: String, cut: Int) -> String? {
        let head = String(word.dropFirst(cut))
        let capitalised = head.prefix(1).uppercased() + head.dropFirst()
        // A head in -er or -el whose plural is itself, in the dative ("Heim|speichern": Speicher).
        let dative = String(capitalised.dropLast())
        let dativeOfInvariable = (capitalised.hasSuffix("ern") || capitalised.hasSuffix("eln")) && nouns[dative.lowercased()] == dative ? dative : nil
        guard let base = baseForms[capitalised] ?? (capitalised.hasSuffix("n") ? baseForms[dative] : nil) ?? dativeOfInvariable else {
            return nil
        }
        return String(word.prefix(cut)) + base.prefix(1).lowercased() + base.dropFirst()
    }

    public init() throws(SegmentationError) {
        tokenizer = try Tokenizer(language: .german)
    }

    public func candidates(in sentence: String) -> [TermCandidate] {
        let all = Self.joiningGenderEndings(tokenizer.tokens(sentence))
        // "Art. 20a GG", "Abs. 3": references, no terms (seen before the periods go).
        let references = Set(all.indices.filter { TermCandidate.isAbbreviationBeforeNumber(at: $0, in: all) }.map { all[$0].range.start })
        let tokens = all.filter { $0.kind != .punctuation || $0.text == "-" }
        // Words whose capital is the clause's: the first, after a colon or a dateline's dash.
        let openings = ClauseOpenings.offsets(in: sentence)
        var result: [TermCandidate] = []
        for (index, token) in tokens.enumerated() where token.kind == .word || token.kind == .abbreviation {
            // "Mrd." and "Mio." after a number are the nouns they shorten ("2,25 Mrd. EUR" /
            // "€2.25 billion": Milliarde / billion, as the word written out gives).
            // ("Bio" without its period is organic.)
            if token.text.hasSuffix("."), let noun = Self.quantityAbbreviations[String(token.text.dropLast())] {
                result.append(TermCandidate(text: token.text, base: noun, words: [token.text]))
                continue
            }
            guard token.kind == .word, !references.contains(token.range.start) else { continue }
            // A truncated compound ("Öl-" of "Öl- und Gasheizungen") is no term by itself; it
            // stands for the compound with the next full word's head.
            if token.text.hasSuffix("-") || token.text.hasSuffix("‐") {
                if let whole = completedTruncation(at: index, in: tokens), isNoun(whole, sentenceInitial: false) {
                    result.append(TermCandidate(text: whole, base: baseForm(whole), words: [whole]))
                }
                continue
            }
            // "Patientinnen und Patienten", "Ärzte und Ärztinnen": the pair names one noun, the
            // masculine form the glossary keeps (the feminine came out as the term half the time).
            if let masculine = masculineOfDoublet(at: index, in: tokens) {
                result.append(TermCandidate(text: token.text, base: masculine, words: [token.text]))
                continue
            }
            // "im Freien", "im Wesentlichen": an adverb written as a noun, no term.
            if index > 0, tokens[index - 1].text.lowercased() == "im", Self.adverbialNouns.contains(token.text) { continue }
            let opensClause = index == 0 || openings.contains(token.range.start)
            // A quotation's first word is capitalised as a sentence's is (a motto, a title:
            // "unter dem Motto „Verwurzelt in der Zukunft“" made "Verwurzelt" a noun).
            guard isNoun(token.text, sentenceInitial: opensClause || Self.opensQuotation(at: token.range.start, in: sentence)) else { continue }
            // A verb opening a clause before its subject pronoun: an imperative or a question
            // ("Nutzen Sie den Rechner", "Stellen Sie den Antrag", "Gibt es …"), no noun.
            if opensClause, index + 1 < tokens.count, Self.subjectPronouns.contains(tokens[index + 1].text) { continue }
            // A capitalised adjective in a name ("Kalten" of "Kalten Krieges") is no noun itself,
            // nor the first word of a name the dictionary lists ("Brandenburger" of "Brandenburger Tor").
            if index + 1 < tokens.count, tokens[index + 1].kind == .word, isNoun(tokens[index + 1].text, sentenceInitial: false) {
                let next = Lemmatizer.germanNoun(tokens[index + 1].text, known: knownNouns)
                if adjectiveBase(token.text, noun: next, after: index > 0 ? tokens[index - 1] : nil) != nil
                    || listedName(token.text, tokens[index + 1].text, lemma: next) != nil {
                    continue
                }
            }
            let lemma = baseForm(token.text)
            result.append(TermCandidate(text: token.text, base: lemma, words: [token.text]))
            // A capitalised adjective before the noun: a fixed phrase such as "Kalter Krieg".
            if index > 0, tokens[index - 1].kind == .word,
               let adjective = adjectiveBase(tokens[index - 1].text, noun: lemma, after: index > 1 ? tokens[index - 2] : nil) {
                let text = tokens[index - 1].text + " " + token.text
                // Or one capitalised only because it opens the sentence.
                let opensWithAdjective = index == 1 || openings.contains(tokens[index - 1].range.start)
                if opensWithAdjective, !dictionaryWords.isEmpty, !isCapitalisedInside(adjective: tokens[index - 1].text) {
                    let phrase = openingAdjectivePhrase(tokens[index - 1], token.text, lemma: lemma)
                        ?? adjective.prefix(1).lowercased() + adjective.dropFirst() + " " + lemma
                    result.append(TermCandidate(text: text, base: phrase, words: [tokens[index - 1].text, token.text]))
                    result += phrases(startingAt: index, in: tokens, head: lemma)
                    continue
                }
                var base = adjective + " " + lemma
                // A name in the plural stays plural where a list knows it so ("Vereinte Nationen",
                // "Vereinigte Staaten"; not "Vereinigter Staat").
                if lemma != token.text, let stem = Self.adjectiveStem(tokens[index - 1].text) {
                    let plural = WordForms.folded(stem + "e " + token.text)
                    if Exonyms.germanToEnglish[plural] != nil || dictionaryWords[plural] != nil { base = stem + "e " + token.text }
                }
                result.append(TermCandidate(text: text, base: base, words: [tokens[index - 1].text, token.text]))
                // Two capitalised adjectives before the noun name a body or a system ("des
                // Gemeinsamen Europäischen Asylsystems", "das Deutsche Rote Kreuz"); the first not
                // where its capital is only the sentence's.
                if index > 1, tokens[index - 2].kind == .word,
                   !(index == 2 || openings.contains(tokens[index - 2].range.start)) || isCapitalisedInside(adjective: tokens[index - 2].text),
                   let first = adjectiveBase(tokens[index - 2].text, noun: lemma, after: index > 2 ? tokens[index - 3] : nil) {
                    result.append(TermCandidate(text: tokens[index - 2].text + " " + text, base: first + " " + base,
                                                words: [tokens[index - 2].text, tokens[index - 1].text, token.text]))
                }
            } else if index > 0, tokens[index - 1].kind == .word, let name = listedName(tokens[index - 1].text, token.text, lemma: lemma) {
                result.append(TermCandidate(text: tokens[index - 1].text + " " + token.text, base: name, words: [tokens[index - 1].text, token.text]))
            }
            if index > 0, let phrase = listedAdjectivePhrase(tokens[index - 1], token.text, lemma: lemma) {
                result.append(TermCandidate(text: tokens[index - 1].text + " " + token.text, base: phrase, words: [tokens[index - 1].text, token.text]))
            }
            result += phrases(startingAt: index, in: tokens, head: lemma)
        }
        return result
    }

    /// The endings of an adjective in a dictionary's headword: strong nominative ("künstliche
    /// Intelligenz", "öffentlicher Nahverkehr", "soziales Netzwerk"), and the plural's weak one.
    public static let headwordAdjectiveEndings = ["e", "er", "es", "en"]

    /// A lower-case adjective and its noun as the dictionary lists them together: "künstlichen
    /// Intelligenz" → "künstliche Intelligenz", "erneuerbaren Energien" → "erneuerbare Energie".
    /// Only listed ones: most such pairs are free combinations ("lange Staus"), not terms.
    /// - Complexity: at most eight dictionary lookups.
    func listedAdjectivePhrase(_ adjective: Token, _ noun: String, lemma: String) -> String? {
        guard !dictionaryWords.isEmpty, Self.isInflectedAdjective(adjective), let stem = Self.adjectiveStem(adjective.text) else { return nil }
        return Self.headwordAdjectiveEndings.lazy.compactMap { self.listedPhrase(stem + $0, noun, lemma: lemma) }.first
    }

    /// `first` and the noun (its base form, else as written) as the dictionary lists them, as
    /// a term and not only as an example of use; nil where it does not.
    func listedPhrase(_ first: String, _ noun: String, lemma: String) -> String? {
        for form in lemma == noun ? [lemma] : [lemma, noun] {
            let key = WordForms.folded(first + " " + form)
            if dictionaryWords[key] != nil, !collocations.contains(key) { return first + " " + form }
        }
        return nil
    }

    /// The phrase of an adjective capitalised only because it opens the sentence, in lower case
    /// and as the dictionary lists it ("Künstliche Intelligenz verändert …" → "künstliche
    /// Intelligenz"); nil where the dictionary lists none (the caller writes the adjective in
    /// lower case then, and the linker keeps the phrase only where the English is a name:
    /// "Goldener Bär" / "Golden Bear" in a headline, not "Steigende Zinsen" / "rising interest
    /// rates", a free combination as it is inside a sentence).
    /// - Complexity: those of ``listedAdjectivePhrase(_:_:lemma:)``.
    func openingAdjectivePhrase(_ adjective: Token, _ noun: String, lemma: String) -> String? {
        var lowered = adjective
        lowered.text = adjective.text.prefix(1).lowercased() + adjective.text.dropFirst()
        return listedAdjectivePhrase(lowered, noun, lemma: lemma)
    }

    /// Two capitalised words the dictionary lists as one name whose first word is no adjective
    /// glossa can decline: a place's adjective in -er ("vor dem Brandenburger Tor" →
    /// "Brandenburger Tor", "Pariser Kommune", "Wiener Becken"). nil for any other pair.
    /// - Complexity: those of ``listedPhrase(_:_:lemma:)``, two dictionary lookups at most.
    func listedName(_ first: String, _ noun: String, lemma: String) -> String? {
        guard !dictionaryWords.isEmpty, first.first?.isUppercase == true, first.count >= 4, !StopWords.german.contains(first.lowercased()) else { return nil }
        return listedPhrase(first, noun, lemma: lemma)
    }

    /// Whether the word at UTF-8 offset `offset` follows an opening quotation mark („ “ » ‹ ‚ ").
    static func opensQuotation(at offset: Int, in sentence: String) -> Bool {
        let utf8 = sentence.utf8
        guard offset > 0, offset <= utf8.count else { return false }
        let index = utf8.index(utf8.startIndex, offsetBy: offset)
        guard let before = sentence.unicodeScalars[..<index].last else { return false }
        return ["„", "“", "»", "‚", "‹", "\""].contains(Character(before))
    }

    /// Whether the text capitalises the adjective inside a sentence in any of its forms ("Der
    /// Goldene Bär ging an …" for a headline's "Goldener Bär"): part of a name, then.
    func isCapitalisedInside(adjective: String) -> Bool {
        guard let stem = Self.adjectiveStem(adjective) else { return capitalisedInside.contains(adjective) }
        return ["e", "en", "er", "es", "em"].contains { capitalisedInside.contains(stem + $0) }
    }

    /// An inflected adjective without its ending ("künstlichen" → "künstlich"), nil if it has none.
    public static func adjectiveStem(_ word: String) -> String? {
        ["en", "er", "es", "em", "e"].first { word.hasSuffix($0) && word.count > $0.count + 2 }.map { String(word.dropLast($0.count)) }
    }

    /// Words between a truncated compound and the full one that completes it.
    static let truncationJoiners: Set<String> = ["und", "oder", "bzw", "sowie", "bis", "wie"]

    /// "Öl- und Gasheizungen" → "Ölheizungen", "Sicherheits- und Verteidigungspolitik" →
    /// "Sicherheitspolitik", "Öl- und Gas-Heizungen" → "Öl-Heizungen": the truncated part with
    /// the head of the first full word after it, or nil if no word of the lexicon ends that word.
    /// - Complexity: O(length of the full word) lexicon lookups.
    func completedTruncation(at index: Int, in tokens: [Token]) -> String? {
        var next = index + 1
        while next < tokens.count,
              tokens[next].text.hasSuffix("-") || tokens[next].text == "-" || Self.truncationJoiners.contains(tokens[next].text.lowercased()) {
            next += 1
        }
        guard next < tokens.count, tokens[next].kind == .word else { return nil }
        let stem = String(tokens[index].text.dropLast())
        let full = tokens[next].text
        guard !stem.isEmpty, full.count >= 4 else { return nil }
        if let hyphen = full.lastIndex(of: "-") { return stem + full[hyphen...] }
        // The head: the longest word (or inflected word) of the lexicon that ends the full one,
        // at least four letters, after at least two ("Gas|heizungen", "Verteidigungs|politik").
        // The lexicon is folded; the head is cut from the word as written, so the folding must
        // not have changed its length (ß → ss does).
        guard let splitter else { return nil }
        let folded = Array(WordForms.folded(full))
        guard folded.count == full.count, folded.count >= 6 else { return nil }
        for cut in 2...(folded.count - 4) {
            let suffix = String(folded[cut...])
            if splitter.lexicon[suffix, default: 0] > 0 || splitter.lexicon[WordForms.folded(Lemmatizer.germanNoun(suffix)), default: 0] > 0 {
                return stem + full.suffix(folded.count - cut)
            }
        }
        return nil
    }

    /// The masculine's base form where the word at `index` is the feminine half of a doublet
    /// ("Patientinnen und Patienten", "Ärzte und Ärztinnen"): a feminine in -in or -innen beside
    /// "und", "oder" or "bzw." and the masculine of the same noun. nil for any other word.
    /// - Complexity: a few base-form lookups, only for words in -in and -innen.
    func masculineOfDoublet(at index: Int, in tokens: [Token]) -> String? {
        let word = tokens[index].text
        guard let ending = ["innen", "in"].first(where: { word.hasSuffix($0) }), word.count > ending.count + 2 else { return nil }
        let masculine = Set(Lemmatizer.masculineForms(ofStem: String(word.dropLast(ending.count))))
        for (joiner, other) in [(index + 1, index + 2), (index - 1, index - 2)] where other >= 0 && other < tokens.count {
            guard ["und", "oder", "bzw"].contains(tokens[joiner].text), tokens[other].kind == .word else { continue }
            let base = baseForm(tokens[other].text)
            if masculine.contains(tokens[other].text) || masculine.contains(base) { return base }
        }
        return nil
    }

    /// Adjectives written as nouns after "im" that make adverbs ("im Freien" is outdoors, "im
    /// Wesentlichen" essentially): Ding's "frei" gave Freie / loose.
    static let adverbialNouns: Set<String> = [
        "Allgemeinen", "Besonderen", "Einzelnen", "Freien", "Ganzen", "Großen", "Voraus", "Übrigen", "Wesentlichen", "Vorhinein",
        "Nachhinein", "Klaren", "Stillen", "Dunkeln", "Argen", "Grunde", "Folgenden", "Nachfolgenden", "Kleinen",
    ]

    /// Pronouns a verb that opens a clause is followed by, as written there (the polite "Sie").
    static let subjectPronouns: Set<String> = ["Sie", "wir", "ihr", "du", "man", "es"]

    /// Words that join a German noun to the genitive or prepositional phrase after it.
    static let connectors: Set<String> = ["der", "des", "für", "von", "und", "in", "zur", "zum", "im"]

    /// A noun with the genitive or prepositional phrase after it, as German names things:
    /// "Politik der offenen Tür", "Organisation für Sicherheit und Zusammenarbeit in Europa".
    /// Runs of nouns, inflected adjectives and connectors, ending on a noun, at most seven
    /// words; the head noun takes its base form, the rest stays as written.
    func phrases(startingAt start: Int, in tokens: [Token], head: String) -> [TermCandidate] {
        // A place heads no name ("Deutschland zur Miete" of "leben in Deutschland zur Miete"),
        // nor does a measure ("Prozent der Haushalte", "Hälfte der Befragten"): the phrase
        // after them is what is counted or where, a free combination.
        if Exonyms.isPlaceName(WordForms.folded(head)) || Self.measureNouns.contains(head) { return [] }
        var result: [TermCandidate] = []
        var words = [tokens[start].text]
        var index = start + 1
        var sawConnector = false
        while index < tokens.count, words.count < 7 {
            let token = tokens[index]
            guard token.kind == .word else { break }
            let lower = token.text.lowercased()
            if Self.connectors.contains(lower) {
                // The first connector names ("der", "für"); "in", "und", "im" only continue a
                // name ("… und Zusammenarbeit in Europa"), else "Mittwoch in Brüssel" would be one.
                if !sawConnector && ["in", "und", "im"].contains(lower) { break }
                sawConnector = true
            } else if isNoun(token.text, sentenceInitial: false) {
                if sawConnector {
                    words.append(token.text)
                    let text = words.joined(separator: " ")
                    // Not cut inside a name of several capitalised words: "Vorsitzende von Pro
                    // Bahn" is a phrase, "Vorsitzende von Pro" none.
                    let nameGoesOn = index + 1 < tokens.count && tokens[index + 1].kind == .word
                        && tokens[index + 1].text.first?.isUppercase == true && !Self.connectors.contains(tokens[index + 1].text.lowercased())
                    if nameGoesOn, words.count < 7 {
                        index += 1
                        continue
                    }
                    result.append(TermCandidate(text: text, base: ([head] + words.dropFirst()).joined(separator: " "), words: words))
                    index += 1
                    continue
                }
                break
            } else if token.text.first?.isLowercase == true, ["e", "en"].contains(where: { lower.hasSuffix($0) }), sawConnector {
                // an inflected adjective inside the phrase ("der offenen Tür")
            } else {
                break
            }
            words.append(token.text)
            index += 1
        }
        return result
    }

    func isNoun(_ word: String, sentenceInitial: Bool) -> Bool {
        guard let first = word.first, first.isUppercase, word.count >= 3, !Lemmatizer.isRomanNumeral(word) else { return false }
        // A hyphenated word whose last part is lower case is an adjective ("Corona-konform").
        if let last = word.split(separator: "-").last, last.first?.isLowercase == true { return false }
        if StopWords.german.contains(word.lowercased()) || Self.quantifiers.contains(word.lowercased()) || Self.currencyCodes.contains(word) { return false }
        if sentenceInitial && lowercaseWords.contains(word.lowercased()) { return false }
        // A word the dictionary has, but not as a noun, opening a sentence: "Künftig sollen …",
        // "Bisher dauert …" (adverbs the text happens not to write in lower case).
        if sentenceInitial, !nouns.isEmpty, nouns[word.lowercased()] == nil, !word.contains("-"),
           dictionaryWords[WordForms.folded(word)] != nil, baseForms[word] == nil {
            return false
        }
        // A verb opening a sentence in the first person or the imperative, as software
        // messages do ("Initialisiere Datenbank", "Entferne Eintrag"): its infinitive is in the
        // text, and the word itself is never capitalised inside a sentence ("die Frage" is).
        if sentenceInitial, word.hasSuffix("e"), lowercaseWords.contains(word.lowercased() + "n"), !capitalisedInside.contains(word) {
            return false
        }
        return true
    }

    /// The base form of a capitalised adjective before a noun, declined for the noun's gender
    /// (the dictionary's, else its compound head's, else a guess from its ending): "Kalten" +
    /// "Krieg" → "Kalter", "Deutschen" + "Bahn" → "Deutsche"; nil if it is no adjective.
    /// - Parameter previous: the word before; after a lower-case adjective ("in weiten Teilen
    ///   Deutschlands") a short capitalised word is the noun, not another adjective.
    func adjectiveBase(_ word: String, noun: String, after previous: Token? = nil) -> String? {
        guard let first = word.first, first.isUppercase, !StopWords.german.contains(word.lowercased()),
              !Self.quantifiers.contains(word.lowercased()) else { return nil }
        guard let stem = ["en", "er", "es", "em", "e"].lazy.compactMap({ word.hasSuffix($0) ? String(word.dropLast($0.count)) : nil }).first,
              stem.count >= 3, stem.last.map({ !$0.isUppercase }) ?? false else { return nil }
        // A place's adjective in -er, where the text writes the place too ("Frankfurter
        // Buchmesse" beside "nach Frankfurt"): it does not decline. (No noun in -er before a
        // name has a stem the text writes as a word: "Sprecher", "Trainer".)
        // Nor where the translation writes the place as a name ("Weimarer Republik" / "Weimar
        // Republic", "Hamburger Hafen" / "port of Hamburg").
        if word.hasSuffix("er"), stem + "er" == word, knownNouns.contains(stem) || stem.count >= 4 && englishNames.contains(stem) { return word }
        // Adjectives end in these more often than nouns do; "Ständigen", "Kalten", "Europäischen".
        // (And participles in -iert: "Integrierte Notfallzentren", "Qualifizierte Zuwanderung".)
        let adjectiveLike = ["ig", "ch", "lt", "isch", "lich", "bar", "sam", "haft", "iv", "al", "är", "ell", "ent", "ant", "iert"]
        // A noun the dictionary writes so, whose stem is no word of the dictionary or the text,
        // is that noun: "Trainer Xabi Alonso" is no "Train-er" before a name.
        // So is a plural the dictionary gives for a noun ("Stunden" of "36 Stunden Verhandlungen").
        let dictionaryNoun = nouns[word.lowercased()] == word || baseForms[word].map { nouns[$0.lowercased()] != nil } ?? false
        if dictionaryNoun, let lexicon = splitter?.lexicon, lexicon[WordForms.folded(stem)] == nil { return nil }
        let shortStemCounts = !(previous.map(Self.isInflectedAdjective) ?? false)
        // Or a stem the dictionary knows as no noun, on a word it has as no noun either
        // ("Goldenen Bären": golden; "Teiles" is a noun's genitive).
        let knownAdjective = !nouns.isEmpty && nouns[word.lowercased()] == nil && nouns[stem.lowercased()] == nil
            && dictionaryWords[WordForms.folded(stem)] != nil
        // Stems in -en too ("Goldene", "Verbotene", "Offenen").
        let stemInEn = stem.count >= 5 && stem.hasSuffix("en")
        guard adjectiveLike.contains(where: { stem.hasSuffix($0) }) || (stem.count <= 5 && shortStemCounts) || knownAdjective || stemInEn
        else { return nil }
        // An adjective of a place in -er does not decline ("des Pariser Klimaabkommens", "die
        // Berliner Mauer"): no declined adjective ends in -er after a definite article.
        if word.hasSuffix("er"), previous.map({ Self.definiteArticles.contains($0.text.lowercased()) }) ?? false {
            return word
        }
        switch gender(of: noun) {
        case .feminine: return stem + "e"
        case .neuter: return stem + "es"
        case .masculine: return stem + "er"
        }
    }

    /// Units, amounts and fractions, which count what follows them.
    static let measureNouns: Set<String> = [
        "Prozent", "Prozentpunkt", "Promille", "Grad", "Euro", "Cent", "Dollar", "Franken", "Pfund", "Meter", "Kilometer",
        "Zentimeter", "Millimeter", "Quadratmeter", "Quadratkilometer", "Kubikmeter", "Hektar", "Tonne", "Kilogramm", "Gramm",
        "Liter", "Million", "Milliarde", "Billion", "Tausend", "Hundert", "Dutzend", "Hälfte", "Drittel", "Viertel",
    ]

    /// Definite articles and the prepositions that contain one ("im", "zum").
    static let definiteArticles: Set<String> = ["der", "die", "das", "des", "dem", "den", "im", "am", "zum", "zur", "vom", "beim", "ins", "ans"]

    /// Abbreviations of quantities, by the noun they stand for.
    static let quantityAbbreviations = ["Mrd": "Milliarde", "Mio": "Million", "Bio": "Billion"]

    /// Currency codes: units like "km", no terms ("2,25 Mrd. EUR" paired EUR with "billion").
    static let currencyCodes: Set<String> = [
        "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "RUB", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "CAD", "AUD", "INR", "BRL",
    ]

    /// Quantifiers, which open a sentence as often as an adjective does: "Viele Lehrer" is no
    /// adjective and noun ("Vieler Lehrer"), nor "Viele" a noun. (Not stop words: for the
    /// aligner "viele" is evidence, as "many" is.)
    static let quantifiers: Set<String> = [
        "viele", "vielen", "vieler", "einige", "einigen", "einiger", "mehrere", "mehreren", "wenige", "wenigen", "weniger",
        "manche", "manchen", "mancher", "zahlreiche", "zahlreichen", "etliche", "etlichen", "sämtliche", "sämtlichen",
        "solche", "solchen", "solcher",
    ]

    /// A lower-case word with an adjective's ending that is no function word ("weiten", "neuen").
    static func isInflectedAdjective(_ token: Token) -> Bool {
        token.kind == .word && mayBeInflectedAdjective(token.text)
    }

    /// The same for a word as written.
    public static func mayBeInflectedAdjective(_ word: String) -> Bool {
        guard word.first?.isLowercase == true, word.count >= 4, !StopWords.german.contains(word) else { return false }
        return ["e", "en", "er", "es", "em"].contains { word.hasSuffix($0) }
    }

    /// Heads of compounds and names whose gender the endings below guess wrong, for a text
    /// read without a dictionary: "Technisches Hilfswerk", "Europäische Zentralbank",
    /// "Statistisches Bundesamt", "Bayerisches Landgericht" (the endings gave -er, the masculine).
    static let headGenders: KeyValuePairs<String, GrammaticalGender> = [
        "werk": .neuter, "amt": .neuter, "institut": .neuter, "gericht": .neuter, "gesetz": .neuter, "abkommen": .neuter,
        "haus": .neuter, "land": .neuter, "recht": .neuter, "system": .neuter, "programm": .neuter, "projekt": .neuter,
        "netz": .neuter, "kabinett": .neuter, "komitee": .neuter, "unternehmen": .neuter, "verfahren": .neuter, "gebäude": .neuter,
        "gebirge": .neuter, "büro": .neuter, "portal": .neuter, "theater": .neuter, "festival": .neuter, "heim": .neuter,
        "lager": .neuter, "konto": .neuter, "interesse": .neuter, "gewerbe": .neuter, "team": .neuter,
        "bank": .feminine, "kammer": .feminine, "stadt": .feminine, "bahn": .feminine, "partei": .feminine, "wahl": .feminine,
        "anstalt": .feminine, "polizei": .feminine, "armee": .feminine, "welt": .feminine, "post": .feminine, "kraft": .feminine,
        "macht": .feminine, "front": .feminine, "arbeit": .feminine, "zeit": .feminine, "behörde": .feminine, "börse": .feminine,
    ]

    /// The dictionary's gender for the noun or for its compound head ("Bundesbahn": "Bahn"), else
    /// ``headGenders``, else a guess from its ending (-ung, -heit, -e feminine; -chen, -um neuter; else masculine).
    func gender(of noun: String) -> GrammaticalGender {
        let folded = WordForms.folded(noun)
        if let gender = genders[folded] { return gender }
        // A compound's gender is its head's ("Asyl|system": das System). The splitter gives its
        // parts capitalised; the genders are keyed folded.
        if !genders.isEmpty, let splitter, let head = splitter.split(folded, evenIfKnown: true).dropFirst().last,
           let gender = genders[head.lowercased()] { return gender }
        let lower = noun.lowercased()
        if let gender = Self.headGenders.first(where: { lower.hasSuffix($0.key) })?.value { return gender }
        if ["ung", "heit", "keit", "schaft", "ion", "tät", "ik", "ie", "e", "ur", "enz", "anz"].contains(where: { lower.hasSuffix($0) }) { return .feminine }
        if ["chen", "lein", "ment", "um", "tum", "nis", "o"].contains(where: { lower.hasSuffix($0) }) { return .neuter }
        return .masculine
    }
}
