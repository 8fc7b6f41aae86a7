import Foundation
import GlossaCore

/// How an English term is written: the common noun's lower case, the capitals of names and of
/// the dictionary, the plural of a German plural-only noun; and the capitalised runs and words
/// of a sentence that tell names from common nouns.
extension TermLinker {
    /// An English term opening with an ordinal ("third quarter", "second vote") pairs only with
    /// a German one that has it too ("Zweitstimme", "Drittstaat"): "im dritten Quartal" gave
    /// Quartal / third quarter, the ordinal being a word of its own in German.
    static func ordinalAgrees(_ source: String, _ target: String) -> Bool {
        guard let first = target.split(separator: " ", maxSplits: 1).first?.lowercased(),
              let stem = EnglishTermCandidates.germanOrdinalStems[first] else { return true }
        return WordForms.folded(source).contains(stem)
    }

    /// Whether the English is the place a German adjective in -er is made of ("Frankfurter" /
    /// "Frankfurt", "Pariser" / "Paris"): a name, whose capital is no sentence's even where the
    /// sentence opens with it ("Frankfurt's Städel Museum …" gave "frankfurt").
    static func isPlaceOfAdjective(source: String, target: String) -> Bool {
        source.count >= 5 && source.hasSuffix("er") && source.first?.isUppercase == true && target.first?.isUppercase == true
            && !target.contains(" ") && WordForms.folded(String(source.dropLast(2))) == WordForms.folded(target)
    }

    /// The term with its head back in the plural the text writes it in: "material cost" and
    /// "material costs" give "material costs"; a term whose head the text writes otherwise
    /// ("data", "parents") is left as it is.
    static func keepingPlural(_ term: String, written: String) -> String {
        var words = term.split(separator: " ").map(String.init)
        guard let head = words.last, let writtenHead = written.split(separator: " ").last.map(String.init),
              writtenHead.lowercased() != head.lowercased(), Lemmatizer.englishNoun(writtenHead).lowercased() == head.lowercased() else { return term }
        words[words.count - 1] = head.first?.isUppercase == true ? writtenHead : writtenHead.lowercased()
        return words.joined(separator: " ")
    }

    /// Whether a word (a slice of `sentence`; its letters, without the quotes around them)
    /// lies inside one of the byte ranges.
    static func isInside(_ word: Substring, of sentence: String, spans: [Range<Int>]) -> Bool {
        guard let first = word.firstIndex(where: \.isLetter), let last = word.lastIndex(where: \.isLetter) else { return false }
        let start = sentence.utf8.distance(from: sentence.startIndex, to: first)
        let end = sentence.utf8.distance(from: sentence.startIndex, to: sentence.index(after: last))
        return spans.contains { $0.lowerBound <= start && end <= $0.upperBound }
    }

    /// Whether `text` has `words` as whole words: what stands either side is no letter, digit
    /// or hyphen (a space, a quotation mark, punctuation, the text's end).
    static func containsWords(_ text: String, _ words: String) -> Bool {
        var searchStart = text.startIndex
        while let range = text.range(of: words, range: searchStart..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            func isBoundary(_ character: Character?) -> Bool { character.map { !$0.isLetter && !$0.isNumber && $0 != "-" } ?? true }
            if isBoundary(before), isBoundary(after) { return true }
            searchStart = range.upperBound
        }
        return false
    }

    /// The capitalised words of a text, cut at every character that is no letter ("Verdi" of
    /// "Verdi-Verhandlungsführerin" and of "Verdi's").
    static func capitalisedWords(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !$0.isLetter }).lazy.filter { $0.count >= 2 && $0.first!.isUppercase }.map(String.init))
    }

    /// The runs of two or more capitalised words of a sentence, each as far as it goes (words
    /// joined by "of", "for", "of the" belong together, and by "and" after one of those;
    /// punctuation ends a run, a possessive does not, a capitalised function word is none of it,
    /// as "The" opening a sentence):
    /// "German Train Drivers Union" in "The German Train Drivers' Union (GDL) brought …".
    static func capitalisedRuns(in sentence: String) -> Set<String> {
        var runs = Set<String>(), run: [String] = [], pendingConnector: String?
        func close() {
            if run.count > 1 { runs.insert(run.joined(separator: " ")) }
            run = []
            pendingConnector = nil
        }
        for token in sentence.split(whereSeparator: \.isWhitespace) {
            let word = EnglishTermCandidates.withoutPossessive(String(token.drop { !$0.isLetter }.reversed().drop { !$0.isLetter && $0 != "-" && $0 != "'" && $0 != "’" }.reversed()))
            let opens = token.first.map { !$0.isLetter } ?? false
            let ends = token.last.map { !$0.isLetter && $0 != "'" && $0 != "’" } ?? false
            if opens { close() }
            if word.first?.isUppercase == true, !StopWords.english.contains(word.lowercased()) {
                if let connector = pendingConnector, !run.isEmpty { run.append(connector) }
                pendingConnector = nil
                run.append(word)
            } else if !run.isEmpty, pendingConnector == nil, nameConnectors.contains(Substring(word)) {
                pendingConnector = word
            } else if !run.isEmpty, pendingConnector == nil, word == "and", run.contains(where: { nameConnectors.contains(Substring($0)) }) {
                // "and" inside a body's name, after its "of" or "for": "Institute for Polar and
                // Marine Research", "Ministry of Food and Agriculture" (not "Germany and France").
                pendingConnector = word
            } else if let connector = pendingConnector, !connector.hasSuffix(" the"), word == "the" {
                // "Association of the Automotive Industry", "Ministry of the Interior"
                pendingConnector = connector + " the"
            } else {
                close()
            }
            if ends { close() }
        }
        close()
        return runs
    }

    /// The runs of whole words inside a phrase, in lower case, the phrase itself left out:
    /// "federal network", "network agency", "federal", … of "Federal Network Agency".
    /// - Complexity: O(w²) runs for w words.
    static func pieces(of phrase: String) -> [String] {
        let words = phrase.lowercased().split(separator: " ")
        guard words.count > 1 else { return [] }
        var pieces: [String] = []
        for length in 1..<words.count {
            for start in 0...(words.count - length) { pieces.append(words[start..<(start + length)].joined(separator: " ")) }
        }
        return pieces
    }

    /// Whether a sentence is written in title case, as headlines often are: it has three or
    /// more words besides function words, and each of those is capitalised.
    static func isTitleCase(_ words: [Substring]) -> Bool {
        let content = words.filter { !StopWords.english.contains($0.lowercased()) }
        return content.count >= 3 && content.allSatisfy { $0.first?.isUppercase == true }
    }

    /// The English term in lower case, its head in the singular, when its capital is only the
    /// sentence's ("Tenants are to be protected" gives "tenant"): its first word is capitalised,
    /// the rest of that word is not, the text never capitalises it inside a sentence, and the
    /// German side was translated rather than kept or replaced by an exonym (names are:
    /// Stoltenberg, Moscow).
    ///
    /// A term whose first word is in lower case and a later one capitalised ("heating Industry",
    /// cut from the name "German Heating Industry") takes lower case throughout: only a title's
    /// capitals mix that way, and its head takes the singular; a name the text capitalises
    /// standing alone keeps its capital. Acronyms keep theirs ("gas
    /// pipeline to EU"). A word a dictionary translates, capitalised only inside names
    /// ("Meteorology" of "Institute for Meteorology", "Council" of "NATO-Russia Council"), is
    /// the common noun: "meteorology"; so is a phrase it opens whose other words are in lower
    /// case ("Consumer advocates criticised …" beside "German Consumer Organisations"). A word
    /// also capitalised alone keeps its capital (days, months, "the Greens", "Russian").
    ///
    /// So is a cognate the text capitalises only inside names ("Police" of "Federal Police",
    /// opening "Police are investigating …") where the German writes it after an article ("die
    /// Polizei", `germanWithArticle`): a person's name ("Gruschko") takes none.
    ///
    /// A word the text capitalises only inside quoted titles ("Snow" of "Monastery Graveyard in
    /// the Snow") is a common noun only by a dictionary's word: "Lisbon" of "Night Train to
    /// Lisbon", paired by its spelling, keeps its capital.
    static func commonNounCase(_ target: String, evidence: String, capitalisedInside: Set<String>,
                               capitalisedAlone: Set<String>, capitalisedInTitles: Set<String> = [],
                               germanWithArticle: Bool = false) -> String {
        guard !["identical", "identical name", "exonym"].contains(evidence) else { return target }
        var words = target.split(separator: " ").map(String.init)
        guard let first = words.first, !Self.alwaysCapitalised.contains(first), !Lemmatizer.englishDemonymNouns.contains(first) else { return target }
        /// Capitalised as a title or a sentence's start has it: capitals only first and after a
        /// hyphen ("Council", "Vice-President"; not "NATO", "NATO-Russia", "McDonald").
        func isTitleCase(_ word: String) -> Bool {
            guard word.first?.isUppercase == true else { return false }
            return !zip(word, word.dropFirst()).contains { previous, character in character.isUppercase && previous != "-" }
        }
        let byDictionary = evidence == "dictionary" || evidence.hasPrefix("compositional")
        /// Not capitalised inside a sentence but at its start, or in a title with a dictionary's word.
        func mayLower(_ word: String) -> Bool {
            !capitalisedInside.contains(word) && (byDictionary || !capitalisedInTitles.contains(word))
        }
        if isTitleCase(first), mayLower(first) {
            return commonNounCase(Lemmatizer.englishPhrase(([first.lowercased()] + words.dropFirst()).joined(separator: " ")),
                                  evidence: evidence, capitalisedInside: capitalisedInside, capitalisedAlone: capitalisedAlone,
                                  capitalisedInTitles: capitalisedInTitles, germanWithArticle: germanWithArticle)
        }
        if isTitleCase(first), !capitalisedAlone.contains(first), words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }),
           byDictionary || evidence == "cognate" && germanWithArticle {
            return Lemmatizer.englishPhrase(([first.lowercased()] + words.dropFirst()).joined(separator: " "))
        }
        // A name the text also capitalises standing alone keeps its capital ("flight of Ariane":
        // "the fourth flight of Ariane 6").
        func isCutFromTitle(_ word: String) -> Bool { isTitleCase(word) && !capitalisedAlone.contains(word) }
        guard first.first?.isLowercase == true, words.dropFirst().contains(where: isCutFromTitle) else { return target }
        // What follows "of" is a name of its own, not a title's word ("chairman of Pro Bahn"),
        // where the text capitalises it outside titles ("sea of Fog" of "Wanderer above the Sea
        // of Fog" is none).
        let afterOf = words.firstIndex(of: "of").map { $0 + 1 } ?? words.count
        for index in words.indices.dropFirst() where (index < afterOf || mayLower(words[index])) && isCutFromTitle(words[index]) {
            words[index] = words[index].lowercased()
        }
        // In lower case the head takes its singular, which a capital had kept as a name's -s
        // ("train Drivers" of "Train Drivers' Union" → "train driver").
        return Lemmatizer.englishPhrase(words.joined(separator: " "))
    }

    /// The term with the capitals the dictionary gives its words or runs of words, which the
    /// common-noun casing took from a headline ("Middle East conflict: …" gave "middle east
    /// conflict"; Ding writes "Middle East"). The longest run first, up to four words; not a
    /// run the text itself writes in lower case somewhere ("the federal government", though Ding
    /// writes "Federal Government").
    /// - Complexity: O(words · 4) dictionary lookups.
    /// - Parameter writtenInLowerCase: whether the text writes the run (lower case) with one of
    ///   the words the dictionary capitalises (its spelling, second) in lower case: "southern
    ///   Germany" for "Southern Germany"; "north" of "north of the city" is no such run for
    ///   "North Sea".
    static func restoringCapitals(_ term: String, from dictionary: BilingualDictionary,
                                  writtenInLowerCase: (_ run: String, _ written: String) -> Bool) -> String {
        var words = term.split(separator: " ").map(String.init)
        var start = 0
        while start < words.count {
            var step = 1
            for length in stride(from: min(4, words.count - start), through: 1, by: -1) {
                let run = words[start..<(start + length)]
                let key = run.joined(separator: " ").lowercased()
                // A word the dictionary writes only in its plural here ("Bayern {pl} :: Bavarians"
                // is the sense a text's "Bayerns" loads; "Bavarian" then keeps its capital too).
                func pluralSpelling() -> String? {
                    guard length == 1, let plural = dictionary.targetSpelling(key + "s"), plural.hasSuffix("s") else { return nil }
                    return String(plural.dropLast())
                }
                guard run.contains(where: { $0.first?.isLowercase == true }),
                      let written = dictionary.targetSpelling(key) ?? pluralSpelling(),
                      !writtenInLowerCase(key, written) else { continue }
                let writtenWords = written.split(separator: " ").map(String.init)
                guard writtenWords.count == length else { continue }
                words.replaceSubrange(start..<(start + length), with: writtenWords)
                step = length
                break
            }
            start += step
        }
        return words.joined(separator: " ")
    }

    /// English capitalises days, months and the adjectives of nations, peoples and faiths
    /// wherever they stand; the text may show them only first in a sentence or beside a name
    /// ("Next Saturday Bayern host …", "German pupils scored …" opening every sentence it is in).
    static let alwaysCapitalised: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "German", "French", "British", "English", "American", "European", "Russian", "Ukrainian", "Chinese", "Japanese",
        "Italian", "Spanish", "Polish", "Dutch", "Swiss", "Austrian", "Greek", "Turkish", "Swedish", "Norwegian", "Danish",
        "Finnish", "Irish", "Scottish", "Welsh", "Czech", "Slovak", "Hungarian", "Romanian", "Bulgarian", "Serbian",
        "Croatian", "Belgian", "Portuguese", "Canadian", "Mexican", "Brazilian", "Indian", "Israeli", "Palestinian",
        "Iranian", "Iraqi", "Syrian", "Saudi", "Egyptian", "African", "Asian", "Arab", "Arabic", "Korean", "Soviet",
        "Baltic", "Nordic", "Scandinavian", "Bavarian", "Prussian", "Roman", "Latin", "Catholic", "Protestant",
        "Christian", "Muslim", "Jewish", "Islamic", "Australian", "Belarusian", "Georgian", "Lithuanian", "Latvian",
        "Estonian", "Slovenian", "Albanian", "Taiwanese", "Vietnamese", "Afghan", "Pakistani", "Nigerian", "Kurdish",
    ]

    /// Words that join the capitalised words of a name ("Institute for Meteorology", "Ministry
    /// of Defence"); "on", "and", "the" join a name to the next word as often ("in Brussels on
    /// Wednesday").
    static let nameConnectors: Set<Substring> = ["of", "for"]

    /// The capitalised words of a sentence (not its first) that stand alone: no capitalised
    /// neighbour, directly or across a connector, without punctuation between ("the Council
    /// decided", "Habeck (Greens)"); a name's or title's words are not ("NATO-Russia Council").
    static func capitalisedAlone(in sentence: String) -> [String] {
        let tokens = sentence.split(whereSeparator: \.isWhitespace)
        func isPunctuation(_ character: Character?) -> Bool { character.map { !$0.isLetter && $0 != "-" } ?? false }
        /// Whether a token ends in punctuation; a plural's possessive apostrophe is none
        /// ("Employers' Associations" is one name).
        func endsInPunctuation(_ token: Substring) -> Bool {
            guard let last = token.last, isPunctuation(last) else { return false }
            return !("'’".contains(last) && token.dropLast().last == "s")
        }
        let words = tokens.map { $0.drop { !$0.isLetter }.reversed().drop { !$0.isLetter && $0 != "-" }.reversed() }.map { String($0) }
        // A clause's first word is capitalised as the sentence's is ("Vogler: Wages have …").
        let openings = ClauseOpenings.offsets(in: sentence)
        let opens = tokens.indices.map { index in
            index == 0 || tokens[index].firstIndex(where: \.isLetter).map { openings.contains(sentence.utf8.distance(from: sentence.startIndex, to: $0)) } ?? false
        }
        // Nor is a title's word one standing alone ("Snow" of "Monastery Graveyard in the Snow").
        let titles = englishTitleSpans(in: sentence)
        let inTitle = titles.isEmpty ? [] : tokens.map { isInside($0, of: sentence, spans: titles) }
        func capitalised(_ index: Int) -> Bool {
            index > 0 && index < words.count && !opens[index] && words[index].first?.isUppercase == true && (inTitle.isEmpty || !inTitle[index])
        }
        /// A neighbour's capital counts first in the sentence or clause too, unless it is a
        /// function word's ("Golden Bear for documentary …" opening a headline is one name; "The
        /// Council decided" has none).
        func capitalisedNeighbour(_ index: Int) -> Bool {
            capitalised(index) || index >= 0 && index < words.count && opens[index] && words[index].first?.isUppercase == true
                && !StopWords.english.contains(words[index].lowercased())
        }
        /// No punctuation between token `index` and the next.
        func joined(_ index: Int) -> Bool {
            index >= 0 && index + 1 < tokens.count && !endsInPunctuation(tokens[index]) && !isPunctuation(tokens[index + 1].first)
        }
        /// Whether token `index` is a connector, with "the" after it ("of the"): `index + 1`.
        func connectorWithThe(_ index: Int) -> Bool {
            index >= 0 && index + 1 < words.count && nameConnectors.contains(Substring(words[index])) && words[index + 1] == "the"
                && joined(index) && joined(index + 1)
        }
        /// Whether token `index` is an "and" inside a body's name, after its "of" or "for"
        /// ("Organisation for Economic Co-operation and Development", "Ministry of Food and
        /// Agriculture"; not "Germany and France"), as ``capitalisedRuns(in:)`` reads it.
        func andInName(_ index: Int) -> Bool {
            guard index >= 1, index + 1 < words.count, words[index] == "and", joined(index - 1), joined(index),
                  capitalisedNeighbour(index - 1), capitalisedNeighbour(index + 1) else { return false }
            var before = index - 1
            while before >= 1, joined(before - 1) {
                let word = words[before - 1]
                if nameConnectors.contains(Substring(word)) { return true }
                guard capitalisedNeighbour(before - 1) || word == "the" else { return false }
                before -= 1
            }
            return false
        }
        var alone: [String] = []
        for position in words.indices where capitalised(position) {
            if andInName(position - 1) || andInName(position + 1) { continue }
            var inName = false
            if joined(position - 1) && (capitalisedNeighbour(position - 1)
                || (position >= 2 && nameConnectors.contains(Substring(words[position - 1])) && joined(position - 2) && capitalisedNeighbour(position - 2))
                || (position >= 3 && connectorWithThe(position - 2) && joined(position - 3) && capitalisedNeighbour(position - 3))) {
                inName = true
            }
            // "the Functioning of the European Union", "Ministry of the Interior".
            if joined(position) && (capitalised(position + 1)
                || (position + 2 < words.count && nameConnectors.contains(Substring(words[position + 1])) && joined(position + 1) && capitalised(position + 2))
                || (position + 3 < words.count && connectorWithThe(position + 1) && capitalised(position + 3))) {
                inName = true
            }
            if !inName { alone.append(words[position]) }
        }
        return alone
    }
}
