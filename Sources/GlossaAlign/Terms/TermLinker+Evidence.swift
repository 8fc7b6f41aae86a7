import Foundation
import GlossaCore
import GlossaText

/// The evidence that an English term translates a German one: the same word, an exonym, the
/// dictionary (in either number, "A of B" as "B A"), a cognate, a compound's parts word for
/// word, repeated co-occurrence; and the dictionary look-ups behind it.
extension TermLinker {
    /// An English term folded whole and word by word.
    struct Forms {
        var folded: String
        var words: [String]
    }

    /// The strongest evidence that `target` translates `source`, or nil if there is none.
    func evidence(source: String, sourceFolded: String, target: String, targetForms: Forms, parts: [String], count: Int,
                          sourceCount: Int, targetCount: Int) -> (Double, String)? {
        let targetFolded = targetForms.folded
        let targetWords = targetForms.words
        // A listed place name pairs with its English names (or the dictionary's): anything
        // else, spelled alike or a cognate, is a false friend (Island is Iceland, not island).
        if let names = Exonyms.germanToEnglish[sourceFolded], Exonyms.isPlaceName(sourceFolded), !names.contains(targetFolded) {
            return dictionaryTranslates(sourceFolded, targetFolded) ? (0.92, "dictionary") : nil
        }
        if sourceFolded == targetFolded {
            // Acronyms and common words spelled alike are terms; a proper name spelled alike
            // (Stoltenberg, Wendy) is a translation but rarely a glossary entry: below the default.
            let isName = source.first?.isUppercase == true && target.first?.isUppercase == true && !Acronym.isAcronym(source)
            // A people's noun the dictionary gives, alike but for its umlaut ("Däne" / "Dane"),
            // is a translation, no name left as it is.
            if isName, source != target, dictionaryTranslates(sourceFolded, targetFolded) { return (0.92, "dictionary") }
            return (0.95, isName ? "identical name" : "identical")
        }
        if (Exonyms.germanToEnglish[sourceFolded] ?? []).contains(targetFolded) { return (0.95, "exonym") }
        if dictionaryTranslates(sourceFolded, targetFolded) { return (0.92, "dictionary") }
        if targetWords.count == 2, dictionaryTranslatesWithOtherModifier(sourceFolded, targetWords) { return (0.9, "dictionary") }
        if target.first?.isLowercase == true, !source.contains(" "), dictionaryTranslatesWithoutAdjective(sourceFolded, targetFolded) { return (0.85, "dictionary, without its adjective") }
        // A single word and its cognate.
        // Not a compound with an acronym the English lacks: "Handball-EM" (the European
        // Championship) is no cognate of "handball".
        if parts.count == 1, targetWords.count == 1, Self.isCognate(sourceFolded, targetFolded),
           !source.split(separator: "-").contains(where: { Acronym.isAcronym(String($0)) }) { return (0.9, "cognate") }
        // Every part of a compound (or of a German phrase) translated into the English words.
        // The pieces: a phrase's content words, a hyphenated compound's parts, or a compound's.
        let sourcePieces: [String]
        if source.contains(" ") {
            sourcePieces = source.split(separator: " ").map(String.init).filter { !Self.functionWords.contains($0.lowercased()) }
        } else if source.contains("-") {
            sourcePieces = source.split(separator: "-").map(String.init)
        } else {
            sourcePieces = parts
        }
        var contentWords = targetWords.filter { !Self.functionWords.contains($0) }
        // A part the dictionary translates with several words counts as one part of the English:
        // Leit|zins / "key interest rate" (Ding: Zins "interest rate"), not "key interest";
        // Treibhausgas|emissionen / "greenhouse gas emissions"; so does a phrase's word:
        // Europäischer Gerichtshof / "European Court of Justice" (Ding: "court of justice"). A
        // phrase with a genitive or preposition only for a name: "Senatsverwaltung für
        // Stadtentwicklung" / "Senate Department for Urban Development", not the free "Absatz von
        // Wärmepumpen" / "sales of heat pumps".
        let isName = target.split(separator: " ").allSatisfy { Self.functionWords.contains($0.lowercased()) || $0.first?.isUppercase == true }
        let joinsPhrases = !source.contains(" ") || isName
            || !source.split(separator: " ").contains { GermanTermCandidates.connectors.contains($0.lowercased()) }
        if sourcePieces.count >= 2, joinsPhrases {
            contentWords = Self.joiningPhrases(of: sourcePieces.flatMap(multiWordTranslations), in: contentWords)
        }
        // A compound the dictionary (or the text, met twice) knows whole, met as its parts word
        // for word: Staats|regierung / "state government" (Ding: "government"; the linker prefers
        // the text's fuller phrase); "X of Y" puts its head first (Handels|ministerium / "Ministry
        // of Commerce").
        if sourcePieces.count == 1, contentWords.count >= 2, !source.contains(" "), !source.contains("-") {
            let deeper = deeperPieces(sourcePieces)
            if deeper.count == contentWords.count {
                let matchers = deeper.map(pieceMatcher)
                let ordered = Self.headFirst(contentWords, of: targetFolded)
                if deeper.indices.allSatisfy({ matchers[$0](ordered[$0]) }) { return (0.85, "compositional") }
            }
        }
        // An English compound written with a hyphen, part for part: Echt|zeit|überwachung /
        // real-time surveillance, Minister|präsident / Minister-President (Ding knows the German
        // whole, as "prime minister").
        // (Folded words have lost their hyphens: the split is the target's as written.)
        if !source.contains(" "), !source.contains("-"), target.contains("-") {
            let split = target.split(whereSeparator: { $0 == " " || $0 == "-" }).map { WordForms.folded(String($0)) }
                .filter { !Self.functionWords.contains($0) }
            let pieces = sourcePieces.count == split.count ? sourcePieces : deeperPieces(sourcePieces)
            if pieces.count >= 2, pieces.count == split.count {
                let matchers = pieces.map(pieceMatcher)
                if pieces.indices.allSatisfy({ matchers[$0](split[$0]) }) { return (0.85, "compositional") }
            }
        }
        // Split too finely for the English: Sand|sack|barriere is "sandbag barrier" (Ding has
        // "Sandsack" whole), so parts that make a dictionary word together count as one.
        if !source.contains(" "), !source.contains("-"), sourcePieces.count >= 3 {
            let coarser = coarserPieces(sourcePieces)
            if coarser.count >= 2, coarser.count < sourcePieces.count, coarser.count == contentWords.count {
                let matchers = coarser.map(pieceMatcher)
                if coarser.indices.allSatisfy({ matchers[$0](contentWords[$0]) }) { return (0.85, "compositional") }
            }
        }
        if sourcePieces.count >= 2, sourcePieces.count <= contentWords.count + 1 {
            let matchers = sourcePieces.map(pieceMatcher)
            var covered = Set<Int>()
            var allParts = true
            for matcher in matchers {
                if let match = contentWords.indices.first(where: { matcher(contentWords[$0]) }) {
                    covered.insert(match)
                } else {
                    allParts = false
                }
            }
            if allParts && covered.count == contentWords.count { return (0.85, "compositional") }
            // A phrase whose compound the English spells out: Statistisches Bundes|amt / Federal
            // Statistical Office (Ding: Bundes… "federal", Amt "office"). A name or an adjective
            // with its noun, not a noun with the genitive after it ("Prozent der Fernzüge").
            if !allParts || covered.count < contentWords.count, source.contains(" "), sourcePieces.count < contentWords.count,
               sourcePieces.count == source.split(separator: " ").count {
                let deeper = deeperPieces(sourcePieces)
                // A part's translation of several words is one word here too: Deutscher
                // Gewerkschafts|bund / German Trade Union Confederation (Ding: Gewerkschaft
                // "trade union").
                let words = deeper.count == contentWords.count ? contentWords
                    : Self.joiningPhrases(of: deeper.flatMap(multiWordTranslations), in: contentWords)
                if deeper.count == words.count {
                    var matched = Set<Int>()
                    for matcher in deeper.map(pieceMatcher) {
                        guard let match = words.indices.first(where: { !matched.contains($0) && matcher(words[$0]) }) else { break }
                        matched.insert(match)
                    }
                    if matched.count == words.count { return (0.85, "compositional") }
                }
            }
            // A part the dictionary knows whole but not in this sense, split further:
            // Inflationsausgleich|prämie / inflation compensation bonus, whose first part Ding
            // gives as "inflationary adjustment".
            if !allParts, !source.contains(" "), !source.contains("-") {
                let deeper = deeperPieces(sourcePieces)
                if deeper.count > sourcePieces.count, deeper.count == contentWords.count {
                    let deeperMatchers = deeper.map(pieceMatcher)
                    if deeper.indices.allSatisfy({ deeperMatchers[$0](contentWords[$0]) }) { return (0.85, "compositional") }
                }
            }
            // A compound with one part the dictionary does not know, the others translated word
            // for word in the same order (German and English compounds both put the head last):
            // Truppen|aufmarsch / troop build-up, Rüstungs|kontrolle / arms control.
            // Closed compounds only (a hyphenated one's English is often longer: CDU-Fraktionsvize
            // is no "CDU parliamentary", NATO-Sicht no "NATO point"), and the unknown part one
            // plain word, not an acronym.
            if !source.contains(" "), !source.contains("-"), sourcePieces.count == contentWords.count {
                // "X of Y" puts its head first: Einfluss|sphäre / sphere of influence.
                let ordered = Self.headFirst(contentWords, of: targetFolded)
                let unmatched = sourcePieces.indices.filter { !matchers[$0](ordered[$0]) }
                // Not where the dictionary's own word for the whole is part of the English with
                // another word beside it: Nahrungs|mittel is "food" of "food prices", no "food price".
                if unmatched.count == 1, let piece = unmatched.first.map({ sourcePieces[$0] }), !Acronym.isAcronym(piece),
                   splitter.split(WordForms.folded(piece)).count == 1,
                   !dictionary.targets(of: sourceFolded).contains(where: { Self.isProperPart($0, of: targetWords) }) {
                    return (0.75, "compositional, one part by position")
                }
            }
        }
        return Self.coOccurrence(count: count, sourceCount: sourceCount, targetCount: targetCount)
    }

    /// Whether the English phrase opens with a plain adjective of age, size or degree ("new
    /// drug", "high costs") that the German term has nothing for: "ein neues Medikament" twice
    /// beside "a new drug" is Medikament / drug, the adjective stands outside the German term.
    /// Where the German has it, in a compound or as its adjective ("Neuverschuldung" / "new
    /// borrowing", "Bluthochdruck" / "high blood pressure", "hohe Kosten"), it stays.
    /// - Complexity: O(length of the German term) per phrase.
    static func opensWithAdjectiveTheTermLacks(_ target: String, source: String) -> Bool {
        guard let space = target.firstIndex(of: " "),
              let stems = plainAdjectiveStems[target[..<space].lowercased()] else { return false }
        let german = WordForms.folded(source)
        return !stems.contains { german.contains($0) }
    }

    /// English plain adjectives (their keys are ``EnglishTermCandidates/plainAdjectives``) and
    /// the German stems (folded) that say them.
    static let plainAdjectiveStems: [String: [String]] = [
        "new": ["neu"], "old": ["alt"], "young": ["jung"], "big": ["gross"], "large": ["gross"], "great": ["gross"],
        "small": ["klein"], "high": ["hoch", "hoh"], "low": ["niedrig", "tief", "nieder"], "long": ["lang"],
        "short": ["kurz"], "good": ["gut"], "bad": ["schlecht"],
        // Of degree: "schweres Erdbeben" / "severe earthquake" is Erdbeben / earthquake;
        // Starkregen / "heavy rain", Schwermetall / "heavy metal" say it.
        "severe": ["schwer", "heftig", "stark"], "heavy": ["schwer", "stark", "heftig"], "serious": ["schwer", "ernst"],
        "strong": ["stark"], "weak": ["schwach"],
        // Of nation or federation: "die deutsche Wirtschaft" / "the German economy" is
        // Wirtschaft / economy; Bundesregierung and EU-Kommission say it.
        "german": ["deutsch", "bundes"], "european": ["europ", "eu"], "federal": ["bund"],
    ]

    /// Where each candidate base stands in the sentence (its first candidate's first
    /// occurrence), as a fraction of the sentence's length: the middle of the words, so a
    /// phrase and a piece of it are a few letters apart ("housing benefit office" and "benefit
    /// office"). Word order differs between the languages, but a news
    /// sentence's nouns rarely move by half a sentence: a tie-break for pairs met equally often.
    /// - Complexity: a search of the sentence per candidate.
    static func places(of candidates: [TermCandidate], in sentence: String) -> [String: Double] {
        var places: [String: Double] = [:]
        let length = Double(max(1, sentence.utf8.count))
        for candidate in candidates where places[candidate.base] == nil {
            guard let range = sentence.range(of: candidate.text) else { continue }
            let start = sentence.utf8.distance(from: sentence.startIndex, to: range.lowerBound)
            places[candidate.base] = (Double(start) + Double(candidate.text.utf8.count) / 2) / length
        }
        return places
    }

    /// Whether the phrase, where it first stands in the sentence (case aside), is followed by a
    /// lower-case content word of the same noun phrase ("hospital emergency" in "Hospital
    /// emergency departments are …"): its last word is then a modifier, not a head.
    /// - Complexity: one search of the sentence.
    static func goesOnAsNoun(_ phrase: String, in sentence: String) -> Bool {
        guard let range = sentence.range(of: phrase, options: [.caseInsensitive]) else { return false }
        let rest = sentence[range.upperBound...]
        guard rest.first == " " else { return false }
        let next = rest.dropFirst().prefix { $0.isLetter || $0 == "-" }
        guard let first = next.first, first.isLowercase else { return false }
        let lower = next.lowercased()
        return !EnglishTermCandidates.breakers.contains(lower) && !EnglishTermCandidates.commonVerbs.contains(lower)
            && !lower.hasSuffix("ed") && !lower.hasSuffix("ing") && !lower.hasSuffix("ly")
    }

    /// Repeated co-occurrence: twice or more, and (Dice) nearly always together.
    static func coOccurrence(count: Int, sourceCount: Int, targetCount: Int) -> (Double, String)? {
        guard count >= 2, 2 * Double(count) / Double(sourceCount + targetCount) >= 0.8 else { return nil }
        return (min(0.9, 0.6 + 0.1 * Double(count)), "co-occurrence")
    }

    /// The dictionary's translations of a compound's part that have several words.
    func multiWordTranslations(_ part: String) -> [String] {
        if let known = multiWordCache[part] { return known }
        let folded = WordForms.folded(part), lemma = WordForms.folded(Lemmatizer.germanNoun(part))
        let phrases = dictionary.targets(of: folded).union(dictionary.targets(of: lemma)).filter { $0.contains(" ") }.sorted()
        multiWordCache[part] = phrases
        return phrases
    }

    /// `words` with runs of them joined into one word where they spell one of `phrases` (a
    /// run's last word also in the plural), as long as another word is left:
    /// ["key", "interest", "rates"] → ["key", "interest rate"].
    /// - Complexity: O(phrases · words · phrase length).
    static func joiningPhrases(of phrases: [String], in words: [String]) -> [String] {
        var words = words
        for phrase in phrases {
            // The words are content words: "court of audit" joins "court audit".
            let parts = phrase.split(separator: " ").map(String.init).filter { !functionWords.contains($0) }
            guard !parts.isEmpty else { continue }
            guard parts.count < words.count else { continue }
            for start in 0...(words.count - parts.count) {
                let run = Array(words[start..<(start + parts.count)])
                let singular = run.dropLast() + [WordForms.folded(Lemmatizer.englishNoun(run.last!))]
                guard run == parts || Array(singular) == parts else { continue }
                words.replaceSubrange(start..<(start + parts.count), with: [phrase])
                break
            }
        }
        return words
    }

    /// A compound's pieces split further where they split at all, each piece once (the term
    /// linker asks for every English term the compound meets). Cached by piece, not by term:
    /// a term's pieces differ with the branch that asks ("Filmfestspiele" whole, or its parts),
    /// and a cache by term made the result depend on which asked first, an order that changes
    /// from run to run.
    func deeperPieces(_ pieces: [String]) -> [String] {
        pieces.flatMap { piece in
            if let known = deeperPiecesCache[piece] { return known }
            let deeper = splitter.split(WordForms.folded(piece), evenIfKnown: true)
            deeperPiecesCache[piece] = deeper
            return deeper
        }
    }

    /// A compound's parts with runs of them joined where the dictionary has the run as one word,
    /// the longest run first, left to right: ["sand", "sack", "barriere"] → ["sandsack", "barriere"].
    /// - Complexity: O(parts²) dictionary lookups.
    func coarserPieces(_ parts: [String]) -> [String] {
        var result: [String] = [], start = 0
        while start < parts.count {
            var end = start + 1
            for candidate in stride(from: parts.count, to: start + 1, by: -1) {
                // The splitter capitalises each part ("Sand", "Sack"): the dictionary's keys are folded.
                let joined = WordForms.folded(parts[start..<candidate].joined())
                if !dictionary.targets(of: joined).isEmpty || !dictionary.targets(of: WordForms.folded(Lemmatizer.germanNoun(joined))).isEmpty {
                    end = candidate
                    break
                }
            }
            result.append(parts[start..<end].joined())
            start = end
        }
        return result
    }

    /// Whether an English word (folded) translates one piece of a German compound or phrase:
    /// the dictionary's or an exonym list's translation (in either number), the same word, or a
    /// cognate. An inflected adjective ("offenen", "Kalter") is looked up by its stem.
    func pieceMatcher(_ piece: String) -> (String) -> Bool {
        let folded = WordForms.folded(piece)
        let lemma = WordForms.folded(Lemmatizer.germanNoun(piece))
        var translations = dictionary.targets(of: folded).union(dictionary.targets(of: lemma)).union(dictionary.targets(of: folded + "…"))
            .union(Exonyms.germanToEnglish[folded] ?? []).union(Exonyms.germanToEnglish[lemma] ?? [])
        for ending in ["en", "er", "es", "em", "e"] where translations.isEmpty && folded.hasSuffix(ending) && folded.count > ending.count + 2 {
            translations = dictionary.targets(of: String(folded.dropLast(ending.count)))
        }
        // "Truppe" → "troops": the dictionary's plural meets the text's singular.
        translations.formUnion(translations.map { WordForms.folded(Lemmatizer.englishNoun($0)) })
        // A place's adjective in -er is the place ("Pariser" Paris, "Wiener" Vienna): a name
        // the dictionary keeps as it is, or one of the exonyms ("Kinder" is no "kind").
        if folded.hasSuffix("er"), folded.count >= 6 {
            let place = String(folded.dropLast(2))
            if dictionary.targets(of: place).contains(place) { translations.insert(place) }
            translations.formUnion(Exonyms.germanToEnglish[place] ?? [])
        }
        return { word in
            let singular = WordForms.folded(Lemmatizer.englishNoun(word))
            return translations.contains(word) || translations.contains(singular) || word == folded || word == lemma
                || Self.isCognate(folded, word) || Self.isCognate(lemma, singular)
        }
    }

    /// The dictionary has the pair, allowing for number on both sides (the dictionary lists
    /// "Geheimdienst" → "intelligence service"; the text has "Geheimdienste" / "forces").
    func dictionaryTranslates(_ source: String, _ target: String) -> Bool {
        var translations = dictionary.targets(of: source)
        if translations.isEmpty, source.hasSuffix("e"), source.count > 4 { translations = dictionary.targets(of: String(source.dropLast())) }
        if translations.contains(target) { return true }
        // A term kept as written (capitalised at the start of a sentence) is still in the plural.
        if translations.contains(WordForms.folded(Lemmatizer.englishPhrase(target))) { return true }
        if translations.contains(where: { WordForms.folded(Lemmatizer.englishPhrase($0)) == target }) { return true }
        if translations.contains(where: { Self.isClassicalPlural(target, of: $0) }) { return true }
        // A plural the lemmatizer keeps ("savings", "earnings") for the dictionary's singular.
        if target.hasSuffix("s"), Lemmatizer.englishNoun(target) == target, translations.contains(String(target.dropLast())) { return true }
        // "minister of education" is the text's "education minister(s)", "ministry of defence"
        // its "defence ministry": the dictionary's "A of B" as the compound "B A".
        let singular = WordForms.folded(Lemmatizer.englishPhrase(target))
        return translations.contains { translation in
            guard let inverted = Self.ofPhraseAsCompound(translation) else { return false }
            return inverted == target || inverted == singular
        }
    }

    /// Whether the text's term (its base form as the rules made it) is the Latin or Greek plural
    /// of the dictionary's: "criteria" of "criterion", "stimuli" of "stimulus", "indices" (made
    /// "indice") of "index", "bases" (made "base") of "basis". Only beside the dictionary's word:
    /// the rules alone cannot tell "data" of "datum" from the mass noun (the linker then gives
    /// the pair as the dictionary's singular, "Kriterium" / "criterion").
    /// - Complexity: O(length).
    static func isClassicalPlural(_ term: String, of translation: String) -> Bool {
        guard translation.count >= 5, term.count >= 4 else { return false }
        let stem = translation.dropLast(2)
        switch translation.suffix(2) {
        case "is": return translation.hasSuffix("sis") && term == stem + "e"
        case "on", "um": return term == stem + "a"
        case "us": return term == stem + "i"
        case "ix", "ex": return term == stem + "ice"
        default: return false
        }
    }

    /// The dictionary's translation is the text's word with an adjective before it that the
    /// text leaves out: Ding gives "Landkreis" as "administrative district", the text says
    /// "twelve districts". Only an adjective by its ending ("administrative", "federal",
    /// "legal", "armed": Streitkräfte "armed forces", the text's "forces"), so "district
    /// heating" (Fernwärme) is no "heating"; only a word the text writes in lower case
    /// ("Secretary" of "NATO Secretary General" is a piece of a title); and only for a German
    /// word, not a phrase that has the adjective itself ("raumbezogene Daten" is no "data").
    /// - Complexity: one dictionary lookup and a pass over its translations.
    func dictionaryTranslatesWithoutAdjective(_ source: String, _ target: String) -> Bool {
        guard !target.contains(" "), target.count >= 4 else { return false }
        let singular = WordForms.folded(Lemmatizer.englishNoun(target))
        return dictionary.targets(of: source).contains { translation in
            let words = translation.split(separator: " ")
            guard words.count == 2, Self.isAdjectiveByEnding(words[0]) else { return false }
            return words[1] == target || WordForms.folded(Lemmatizer.englishNoun(String(words[1]))) == singular
        }
    }

    /// Whether the dictionary translates `source` with a two-word phrase on the same head whose
    /// first word is another form of the text's ("migrant background" where Ding has "migration
    /// background"; "rusty road" for "rural road" is none): a shared start of five letters or
    /// more, at least two thirds of the shorter word.
    /// - Complexity: O(t) for the source's t translations.
    func dictionaryTranslatesWithOtherModifier(_ source: String, _ words: [String]) -> Bool {
        let modifier = words[0], head = WordForms.folded(Lemmatizer.englishNoun(words[1]))
        guard modifier.count >= 5 else { return false }
        return dictionary.targets(of: source).contains { translation in
            let parts = translation.split(separator: " ")
            guard parts.count == 2, parts[0] != modifier, WordForms.folded(Lemmatizer.englishNoun(String(parts[1]))) == head else { return false }
            let shared = zip(parts[0], modifier).prefix { $0 == $1 }.count
            return shared >= 5 && shared * 3 >= min(parts[0].count, modifier.count) * 2
        }
    }

    /// English adjectives' endings ("administrative", "regional", "economic", "dangerous",
    /// "armed").
    static func isAdjectiveByEnding(_ word: Substring) -> Bool {
        word.count >= 5 && ["al", "ive", "ic", "ous", "ary", "ory", "ful", "less", "able", "ible", "ed"].contains { word.hasSuffix($0) }
    }

    /// Whether `phrase` (folded) is a run of whole words of `words`, shorter than all of them:
    /// "food" of "food prices".
    static func isProperPart(_ phrase: String, of words: [String]) -> Bool {
        let parts = phrase.split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count < words.count else { return false }
        return (0...(words.count - parts.count)).contains { start in
            words[start..<(start + parts.count)].elementsEqual(parts) { $0 == $1 || WordForms.folded(Lemmatizer.englishNoun($0)) == $1 }
        }
    }

    /// The English content words in the order of a German compound's parts: "X of Y" puts its
    /// head first ("sphere of influence": Einfluss|sphäre), so its words are read backwards.
    static func headFirst(_ words: [String], of phrase: String) -> [String] {
        phrase.contains(" of ") ? Array(words.reversed()) : words
    }

    /// "minister of education" → "education minister": an "of" phrase of two single words (none
    /// a function word) as the English compound that says the same; nil for any other phrase.
    static func ofPhraseAsCompound(_ phrase: String) -> String? {
        let words = phrase.split(separator: " ")
        guard words.count == 3, words[1] == "of", !functionWords.contains(String(words[0])), !functionWords.contains(String(words[2])) else { return nil }
        return words[2] + " " + words[0]
    }

    /// Cognates across German and English spelling: the same consonant skeleton, lengths within
    /// two letters, and a longest common subsequence of at least 70% of the longer word
    /// ("Ministerium" and "Minister" share a skeleton but are not the same word). German "-se"
    /// is the Greek "-sis" English keeps (Krise / crisis, Diagnose / diagnosis, Hypothese /
    /// hypothesis).
    static func isCognate(_ first: String, _ second: String) -> Bool {
        if first.hasSuffix("se"), second.hasSuffix("sis"), second.count >= 6 {
            return isCognate(first, String(second.dropLast(3)) + "se")
        }
        guard first.count >= 5, second.count >= 5, abs(first.count - second.count) <= 2,
              let a = WordForms.skeleton(first), let b = WordForms.skeleton(second), a == b else {
            return false
        }
        return lcsRatio(first, second) >= 0.7
    }

    static func lcsRatio(_ first: String, _ second: String) -> Double {
        let a = Array(first.unicodeScalars), b = Array(second.unicodeScalars)
        var previous = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            var current = [Int](repeating: 0, count: b.count + 1)
            for j in 1...b.count {
                current[j] = a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            previous = current
        }
        return Double(previous[b.count]) / Double(max(a.count, b.count))
    }

    /// The dictionary's one-word translations of the German sentence's words other than the
    /// term's, inflected adjectives by their stem ("neuen" → "new"), folded.
    func translationsOfOtherWords(in sentence: String, besides term: String) -> Set<String> {
        let termWords = Set(term.split(separator: " ").map { WordForms.folded(String($0)) })
        var result = Set<String>()
        for word in sentence.split(whereSeparator: { !$0.isLetter }) {
            let folded = WordForms.folded(String(word))
            guard folded.count >= 3, !termWords.contains(folded) else { continue }
            var forms = [folded]
            for ending in ["en", "er", "es", "em", "e"] where folded.hasSuffix(ending) && folded.count > ending.count + 2 {
                forms.append(String(folded.dropLast(ending.count)))
            }
            for form in forms { result.formUnion(dictionary.targets(of: form).filter { !$0.contains(" ") }) }
        }
        return result
    }

    /// A sentence's words folded, each also in the singular (a word in "-ses" in both: "bases"
    /// is "base" or "basis"), and its folded text between spaces.
    static func foldedWords(_ sentence: String) -> (words: Set<String>, text: String) {
        let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { WordForms.folded(String($0)) }
        let greek = words.lazy.filter { $0.hasSuffix("ses") && $0.count >= 5 }.map { String($0.dropLast(2)) + "is" }
        return (Set(words + words.map { WordForms.folded(Lemmatizer.englishNoun($0)) } + greek), " " + words.joined(separator: " ") + " ")
    }

    /// Whether the English sentence holds one of the dictionary's translations of `source`
    /// (a word in either number, or a phrase word for word).
    static func hasTranslation(of source: String, in sentence: (words: Set<String>, text: String), dictionary: BilingualDictionary) -> Bool {
        dictionary.targets(of: WordForms.folded(source)).contains { translation in
            translation.contains(" ") ? sentence.text.contains(" " + translation + " ") : sentence.words.contains(translation)
        }
    }
}
