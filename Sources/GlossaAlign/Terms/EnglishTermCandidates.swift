import GlossaCore
import GlossaText

/// English term candidates of a sentence: noun-phrase chunks between function words and
/// punctuation, and every run of one to three words inside them, plus "X of Y" phrases
/// ("spheres of influence"). Base forms put the head noun in the singular.
///
/// Not thread-safe (ICU tokenizer): one per task. Cost: O(n) per sentence.
public final class EnglishTermCandidates {
    private let tokenizer: Tokenizer
    static let maximumWords = 3

    /// Function words and the reporting verbs of news ("said", "warned") that never stand inside
    /// an English term. Other verbs are found in the text itself (``verbs``, after a subject
    /// pronoun). Session 5 dropped thirty verbs of the seed article from this list ("massed",
    /// "stoke", "dictate"): without them the seed's glossary, two unseen articles' and the
    /// software catalogs' benchmark came out the same, pair for pair.
    static let breakers: Set<String> = StopWords.english.union([
        "is", "are", "was", "were", "be", "been", "said", "says", "told", "asked", "warned", "called", "stressed",
        "believe", "think", "according", "among",
        "towards", "within", "while", "already", "again", "further", "now", "today", "this",
        "near", "far", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        // Cardinals count the noun, they are no part of it ("in twelve districts" gave "twelve district").
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "dozen", "dozens", "both", "few", "fewer",
        "last", "next", "many", "much", "several", "well", "not", "no", "yes", "also", "either", "neither",
        "since", "until", "during", "against", "across", "through", "via", "per", "despite", "because", "although",
        // Determiner-like adjectives: they point, they do not name ("the same month", "such steps").
        "same", "other", "such", "own", "whole", "entire", "various", "certain", "respective",
        // Sentence adverbs ("the authors are therefore calling for …" gave a term "therefore calling").
        "therefore", "thus", "hence", "moreover", "furthermore", "nonetheless", "meanwhile", "otherwise", "instead", "indeed",
        "currently", "recently", "initially", "finally", "previously", "probably", "possibly", "apparently", "reportedly",
        "allegedly", "especially", "particularly", "mainly", "largely", "mostly", "nearly", "almost", "always", "never", "often",
        "sometimes", "usually", "together", "simply", "actually", "certainly", "clearly", "soon", "yet", "rather", "quite",
    ])

    /// Adjectives of age, size, degree and nation: no term alone ("new" beside "eine neue
    /// Studie"), in a phrase only where the German term says them too
    /// (``TermLinker/plainAdjectiveStems``).
    static let plainAdjectives = Set(TermLinker.plainAdjectiveStems.keys)

    /// Words that count: each a term of its own, never part of a longer one.
    static let numberWords: Set<String> = ["hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "trillions"]

    /// Units, amounts and fractions: they count what follows ("53 percent of households",
    /// "half of the votes"), they name nothing with it.
    static let measureWords: Set<String> = [
        "percent", "cent", "degree", "degrees", "metre", "metres", "meter", "meters", "kilometre", "kilometres", "kilometer",
        "kilometers", "tonne", "tonnes", "ton", "tons", "euro", "euros", "dollar", "dollars", "litre", "litres", "half",
        "quarter", "hectare", "hectares", "kilogram", "kilograms",
    ]

    /// Adjectives that take "of" ("short of nursing staff", "aware of the risk", "free of
    /// charge"): no head of an "X of Y" term.
    static let adjectivesBeforeOf: Set<String> = [
        "short", "full", "free", "aware", "unaware", "capable", "incapable", "afraid", "proud", "sure", "unsure", "fond",
        "tired", "guilty", "ahead", "independent", "critical", "typical", "worthy", "devoid", "ignorant", "jealous",
        "conscious", "certain", "wary", "mindful", "suspicious", "supportive", "reminiscent", "indicative", "able", "unable",
    ]

    /// Common verbs that are no nouns, with their -s and past forms (not -ing: "building",
    /// "warning" name things): they end a chunk wherever they stand, so "Elbe water level
    /// continues to rise" gives no term "continue" beside "Pegel". Verbs that are nouns too
    /// ("rise", "offer", "strike", "help", "leave" of "parental leave", "welcome") are not listed.
    static let commonVerbs: Set<String> = {
        let verbs = [
            "continue", "remain", "become", "seem", "include", "agree", "allow", "expect", "require", "consider",
            "appear", "happen", "provide", "explain", "suggest", "describe", "decide", "reduce", "achieve", "affect",
            "announce", "argue", "arrive", "avoid", "ensure", "exist", "improve", "introduce", "involve", "maintain",
            "obtain", "occur", "prevent", "prove", "refuse", "remove", "represent", "seek", "tend", "understand",
            "accept", "admit", "bring", "create", "deliver", "destroy", "enable", "establish", "fail", "forget", "give",
            "go", "grow", "hear", "keep", "know", "learn", "lose", "prepare", "produce", "reveal", "send",
            "speak", "take", "tell", "want", "emphasise", "emphasize", "insist", "confirm", "criticise",
            "criticize", "deny", "reject", "urge", "complain", "declare", "intend",
        ]
        var forms = Set<String>()
        for verb in verbs {
            forms.insert(verb)
            forms.insert(verb.hasSuffix("s") || verb.hasSuffix("sh") || verb.hasSuffix("ch") || verb.hasSuffix("o") ? verb + "es" : verb + "s")
            forms.insert(verb.hasSuffix("e") ? verb + "d" : verb + "ed")
        }
        // Irregular past forms.
        forms.formUnion(["became", "brought", "gave", "given", "went", "gone", "grew", "grown", "heard", "kept", "knew",
                         "learnt", "lost", "sought", "spoke", "spoken", "took", "taken", "understood", "forgot",
                         "forgotten", "sent", "denied", "denies", "occurred",
                         // what figures do in a report ("the oil price rose", "sales fell")
                         "rose", "risen", "fell", "fallen", "sank", "sunk", "began", "begun", "made", "sold", "held",
                         "thought", "stood"])
        return forms
    }()

    /// Ordinals open a chunk instead of standing inside one: German writes them into compounds
    /// whose English keeps the ordinal ("Zweitstimme" / "second vote", "Drittstaat" / "third
    /// country", "Erstschlag" / "first strike"), while "the votes, the second …" must not join
    /// them to the word before. Never a candidate on their own.
    static let ordinals = Set(germanOrdinalStems.keys)

    /// The ordinals with the stem a German compound writes them with ("Zweitstimme",
    /// "Drittstaat"): an English term opening with one pairs only with a German one that has it.
    static let germanOrdinalStems = ["first": "erst", "second": "zweit", "third": "dritt"]

    static let nameConnectors: Set<String> = ["of", "for", "and", "in", "on"]

    /// Subject pronouns: the word after one is a verb ("it applies", "he warned"); a noun
    /// never follows them directly.
    static let subjectPronouns: Set<String> = ["i", "he", "she", "it", "we", "they", "who", "which"]

    /// Verb forms the text itself shows after a subject pronoun (set by the term linker from
    /// the whole text): they end a chunk like the listed verbs, so "The group policy applies to
    /// …" does not give "group policy apply".
    public var verbs: Set<String> = []

    /// The verb forms of some English text: every lower-case word right after a subject pronoun.
    public static func verbForms<S: Sequence<String>>(in sentences: S) -> Set<String> {
        var verbs = Set<String>()
        for sentence in sentences {
            let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "'" && $0 != "’" })
            for index in words.indices.dropFirst() where subjectPronouns.contains(words[index - 1].lowercased()) {
                let word = words[index]
                if word.first?.isLowercase == true, !StopWords.english.contains(String(word)) { verbs.insert(String(word)) }
            }
        }
        return verbs
    }

    /// Words that open a noun phrase: a word in -ed right before one is a verb in the past
    /// ("the head of the study cited the school closures", "managers inflated their figures"),
    /// never the end of a noun phrase, nor is a participle that opens a clause ("the report
    /// published the day before").
    static let determiners: Set<String> = ["the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"]

    /// Verbs whose object is a gerund: the word in -ing after one is a verb with its own object
    /// ("considering closing plants", "stopped producing cars"), no noun's modifier, where
    /// "closing plants" beside "Schließung von Werken" made a term.
    static let gerundTakers: Set<String> = [
        "consider", "considers", "considered", "considering", "avoid", "avoids", "avoided", "avoiding", "stop", "stops", "stopped",
        "start", "starts", "started", "begin", "begins", "began", "continue", "continues", "continued", "keep", "keeps", "kept",
        "finish", "finished", "resume", "resumed", "risk", "risks", "suggest", "suggested", "recommend", "recommended",
        "deny", "denied", "denies", "admit", "admitted", "postpone", "postponed", "delay", "delayed", "quit", "enjoy",
    ]

    /// Whether token `index` is a lower-case word in -ing right after a verb that takes a gerund.
    static func isGerundAfterVerb(at index: Int, of tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard index > 0, token.kind == .word, token.text.count >= 6, token.text.hasSuffix("ing"), token.text.first?.isLowercase == true,
              tokens[index - 1].kind == .word else { return false }
        return gerundTakers.contains(tokens[index - 1].text.lowercased())
    }

    /// Whether token `index` is a lower-case word in -ed with a determiner after it: a verb.
    static func isPastBeforeDeterminer(at index: Int, of tokens: [Token]) -> Bool {
        let token = tokens[index]
        guard token.kind == .word, token.text.count >= 5, token.text.hasSuffix("ed"), token.text.first?.isLowercase == true,
              index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        return determiners.contains(tokens[index + 1].text.lowercased())
    }

    /// Forms of "be" and "have" before a past participle ("roads were blocked", "has been
    /// adopted"): a lower-case word in -ed after one, with adverbs between, is a verb, never a
    /// noun ("blocked" would otherwise stand beside "Blockade" as a cognate).
    static let auxiliaries: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "has", "have", "had"]
    /// Modal verbs, whose next word is a verb's infinitive.
    static let modals: Set<String> = ["will", "would", "can", "could", "shall", "should", "may", "might", "must"]
    static let beForms: Set<String> = ["is", "are", "was", "were", "be", "been", "being"]
    /// Words after which "to" marks an infinitive ("is expected to deal with", "wants to cut",
    /// "able to return", "in order to protect"): the word after that "to" is a verb, where
    /// "to" alone may be a preposition ("to court", "the road to recovery"). Not "due" ("due
    /// to the crisis"), "according" nor "agreed", which take nouns too ("agreed to cuts").
    static let infinitiveTakers: Set<String> = [
        "able", "unable", "likely", "unlikely", "expected", "going", "set", "about", "ready", "willing", "forced", "allowed",
        "required", "supposed", "obliged", "bound", "want", "wants", "wanted", "need", "needs", "needed", "has", "have", "had",
        "plan", "plans", "planned", "intend", "intends", "intended", "aim", "aims", "aimed", "seek", "seeks", "sought",
        "decide", "decides", "decided", "try", "tries", "tried", "hope", "hopes", "hoped", "fail", "fails", "failed",
        "refuse", "refuses", "refused", "promise", "promises", "promised", "threaten", "threatens", "threatened",
        "manage", "manages", "managed", "continue", "continues", "continued", "begin", "begins", "began", "start", "starts",
        "started", "order", "help", "helps", "helped", "wish", "wishes", "wished", "prefer", "prefers", "preferred",
    ]

    /// Whether a word may stand between an auxiliary and its participle ("were also blocked",
    /// "has largely been", "was not", "are therefore calling").
    static func isAdverbBetween(_ lower: String) -> Bool {
        lower.hasSuffix("ly") || ["also", "not", "still", "already", "just", "never", "now", "then", "since", "even", "often", "once",
                                  "therefore", "thus"].contains(lower)
    }

    /// An infinitive has no plural's -s ("agreed to cuts" is a noun); "discuss", "focus" and
    /// "access" end in one of their own.
    static func mayBeInfinitive(_ lower: String) -> Bool {
        !lower.hasSuffix("s") || lower.hasSuffix("ss") || lower.hasSuffix("us")
    }

    /// Nouns whose object follows "on" where German writes a compound: Verbot / ban,
    /// Steuer / tax, Abgabe / levy, Deckel / cap, Obergrenze / limit, Embargo, Zoll / tariff.
    static let nounsTakingOn: Set<String> = [
        "ban", "bans", "tax", "taxes", "levy", "levies", "cap", "caps", "limit", "limits", "ceiling", "embargo", "embargoes",
        "tariff", "tariffs", "duty", "duties", "moratorium", "surcharge", "restrictions", "attack", "attacks",
    ]

    /// "Moscow's" → "Moscow".
    static func withoutPossessive(_ word: String) -> String {
        for ending in ["'s", "’s", "'", "’"] where word.hasSuffix(ending) && word.count > ending.count + 1 {
            return String(word.dropLast(ending.count))
        }
        return word
    }

    /// Whether token `index` is the apostrophe of a plural's possessive between two capitalised
    /// words ("Teachers' Association", "Employers' Associations"), written without a space
    /// before it: part of a name, not punctuation that ends a chunk.
    ///
    /// So is a common noun's plural possessive before the noun it qualifies, both in lower case
    /// ("farmers' association", "doctors' associations", "workers' rights"): English writes as a
    /// possessive what German writes as a compound (Bauernverband, Ärzteverbände), where a closing
    /// quotation mark has a function word or punctuation after it ("called it 'progress' by …").
    static func isPossessiveInName(at index: Int, of tokens: [Token]) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].kind == .punctuation, ["'", "’"].contains(tokens[index].text) else { return false }
        let before = tokens[index - 1], after = tokens[index + 1]
        guard before.kind == .word, before.text.hasSuffix("s"), before.range.end == tokens[index].range.start, after.kind == .word,
              let first = before.text.first, let next = after.text.first else { return false }
        if first.isUppercase && next.isUppercase { return true }
        // A sentence's or headline's first word is capitalised whatever it is ("Employers'
        // associations criticised …", "Farmers' protests bring …").
        let opensSentence = index == 1 || tokens[index - 2].kind == .punctuation && ["\"", "“", "‘", "(", "'"].contains(tokens[index - 2].text)
        return (first.isLowercase || opensSentence) && next.isLowercase && before.text.count >= 4 && !breakers.contains(after.text.lowercased())
    }

    public init() throws(SegmentationError) {
        tokenizer = try Tokenizer(language: .english)
    }

    public func candidates(in sentence: String) -> [TermCandidate] {
        // Chunks: runs of content words; hyphenated words and numbers stay whole.
        var chunks: [[String]] = []
        var current: [String] = []
        var ofChunks: [([String], [String])] = []
        let tokens = tokenizer.tokens(sentence)
        var afterAuxiliary = false, afterBe = false, afterModal = false, afterInfinitiveTo = false
        /// The last word that was no adverb between ("decided not to raise": "decided").
        var lastVerbalWord = ""
        // In a question the modal comes before its subject ("Can recruitment close the gap?").
        let isQuestion = sentence.contains("?") && sentence.last(where: { !$0.isWhitespace }).map { "?\"”'’".contains($0) } == true
        for (index, token) in tokens.enumerated() {
            let lower = token.text.lowercased()
            // The word after a modal, adverbs between, is its verb ("will stand up", "would
            // bring", "can help"): "Bestand hat" / "will stand up" gave Bestand / stand.
            let isAfterModal = (afterModal || afterInfinitiveTo && Self.mayBeInfinitive(lower))
                && token.kind == .word && token.text.first?.isLowercase == true && !Self.isAdverbBetween(lower)
            let isParticiple = afterAuxiliary && lower.hasSuffix("ed") && lower.count >= 5 && token.text.first?.isLowercase == true
                // A progressive form before a function word ("are calling for", "is planning to"); a
                // noun in -ing after "is" ("the issue is housing") rarely has one after it.
                || afterBe && lower.hasSuffix("ing") && lower.count >= 6 && token.text.first?.isLowercase == true
                    && index + 1 < tokens.count && StopWords.english.contains(tokens[index + 1].text.lowercased())
            if token.kind == .word {
                let between = Self.isAdverbBetween(lower)
                afterBe = Self.beForms.contains(lower) || (afterBe && between)
                afterAuxiliary = Self.auxiliaries.contains(lower) || (afterAuxiliary && between)
                afterModal = !isQuestion && Self.modals.contains(token.text) || (afterModal && between)
                afterInfinitiveTo = lower == "to" && Self.infinitiveTakers.contains(lastVerbalWord) || (afterInfinitiveTo && between)
                if !between { lastVerbalWord = lower }
            } else {
                afterInfinitiveTo = false
                lastVerbalWord = ""
            }
            // A plural's possessive inside a name stays in it: "German Teachers' Association".
            if Self.isPossessiveInName(at: index, of: tokens) { continue }
            // British "per cent" is one word, the American "percent" ("per" alone is a breaker).
            if lower == "cent", index > 0, tokens[index - 1].text.lowercased() == "per" {
                if !current.isEmpty { chunks.append(current) }
                chunks.append([tokens[index - 1].text + " " + token.text])
                current = []
                continue
            }
            if Self.ordinals.contains(lower) {
                if !current.isEmpty { chunks.append(current) }
                current = [token.text]
                continue
            }
            // A number word is a term by itself (Milliarde / billion), not with the noun it
            // counts ("80 billion francs" names no "billion franc").
            if Self.numberWords.contains(lower) {
                if !current.isEmpty { chunks.append(current) }
                chunks.append([token.text])
                current = []
                continue
            }
            // A lower-case abbreviation ("a.m.", "e.g.") is no term; "U.S." and "Dr." may be in one;
            // nor is a number's compound ("34-year-old", "10-point"), whose German is no noun.
            if token.kind == .abbreviation && token.text.first?.isLowercase == true
                || token.text.first?.isNumber == true && token.text.contains("-") {
                if !current.isEmpty { chunks.append(current) }
                current = []
                continue
            }
            if token.kind == .word || token.kind == .abbreviation, !Self.breakers.contains(lower), !Self.commonVerbs.contains(lower),
               !verbs.contains(lower), !isParticiple, !isAfterModal, token.text.count >= 2, !Self.isPastBeforeDeterminer(at: index, of: tokens),
               !Self.isGerundAfterVerb(at: index, of: tokens), !TermCandidate.isAbbreviationBeforeNumber(at: index, in: tokens) {
                // A common noun's possessive stays inside a phrase ("citizen's income",
                // "children's hospital"); ``add`` drops it where the word ends a candidate.
                let isCommonPossessive = token.text.first?.isLowercase == true && token.text.count > 3
                    && (token.text.hasSuffix("'s") || token.text.hasSuffix("’s"))
                current.append(Self.isPossessiveInName(at: index + 1, of: tokens) ? token.text + tokens[index + 1].text
                    : isCommonPossessive ? token.text : Self.withoutPossessive(token.text))
                // A name's possessive ends the chunk: the owner is no modifier of what it owns
                // ("Deutsche Bahn's punctuality" gave "Bahn punctuality", "Russia's attack"
                // "Russia attack"). A common noun's may make a term ("children's hospital").
                if token.text.first?.isUppercase == true, Self.withoutPossessive(token.text) != token.text, token.text.hasSuffix("s") {
                    chunks.append(current)
                    current = []
                }
                continue
            }
            if !current.isEmpty { chunks.append(current) }
            current = []
        }
        if !current.isEmpty { chunks.append(current) }
        // "X of Y": the last word before "of" and the first word after it, or the first two
        // when they are both content words ("loss of purchasing power", "rate of price increases").
        let words = tokens.map(\.text)
        // A number word counts what follows ("thousands of tractors"), it names nothing with it.
        func isContent(_ word: String) -> Bool {
            word.first?.isLetter == true && !Self.breakers.contains(word.lowercased()) && !Self.ordinals.contains(word.lowercased())
                && !Self.numberWords.contains(word.lowercased()) && !Self.measureWords.contains(word.lowercased())
                && !Self.commonVerbs.contains(word.lowercased()) && !verbs.contains(word.lowercased())
        }
        // "X on Y" where X is a ban, tax or limit, which German makes a compound of
        // (Cannabisverbot / "ban on cannabis", Plastiksteuer / "tax on plastic"); other "on"s
        // rarely join two nouns into a term ("focus on quality").
        for index in words.indices.dropFirst().dropLast() where words[index] == "on" {
            let before = words[index - 1], after = words[index + 1]
            if Self.nounsTakingOn.contains(before.lowercased()), isContent(after), after.first?.isLowercase == true {
                ofChunks.append(([before], [after]))
            }
        }
        for index in words.indices.dropFirst().dropLast() where words[index] == "of" {
            let before = words[index - 1], after = words[index + 1]
            if isContent(before), isContent(after), !Self.adjectivesBeforeOf.contains(before.lowercased()) {
                // Not "chairman of Pro" cut from "chairman of Pro Bahn": a name after "of" whole.
                let nameGoesOn = after.first?.isUppercase == true && index + 2 < words.count && words[index + 2].first?.isUppercase == true
                // Nor "manufacturers of generic" cut from "manufacturers of generic drugs": an
                // adjective's noun after it.
                let nounGoesOn = after.first?.isLowercase == true && TermLinker.isAdjectiveByEnding(Substring(after))
                    && index + 2 < words.count && isContent(words[index + 2])
                    && words[index + 2].first?.isLowercase == true
                if !nameGoesOn, !nounGoesOn { ofChunks.append(([before], [after])) }
                if index + 2 < words.count, isContent(words[index + 2]) { ofChunks.append(([before], [after, words[index + 2]])) }
            }
        }
        var result: [TermCandidate] = []
        var seen = Set<String>()
        func add(_ words: [String]) {
            var words = words
            if let last = words.last, last.first?.isLowercase == true { words[words.count - 1] = Self.withoutPossessive(last) }
            let text = words.joined(separator: " ")
            guard !seen.contains(text), text.count >= 3,
                  words.count > 1 || !Self.ordinals.contains(text.lowercased()) && !Lemmatizer.isRomanNumeral(text) && !Self.plainAdjectives.contains(text)
            else { return }
            seen.insert(text)
            result.append(TermCandidate(text: text, base: Lemmatizer.englishPhrase(text), words: words))
        }
        for chunk in chunks {
            for length in 1...min(Self.maximumWords, chunk.count) {
                for start in 0...(chunk.count - length) {
                    // A possessive's noun phrase ends on its head, its last common noun: "the
                    // group's balance sheets" names no "group's balance" ("the association's
                    // president Carlo Sommaruga" its "association's president").
                    let end = start + length
                    if end < chunk.count, chunk[end].first?.isLowercase == true,
                       chunk[start..<(end - 1)].contains(where: { $0.hasSuffix("'s") || $0.hasSuffix("’s") }) { continue }
                    add(Array(chunk[start..<end]))
                }
            }
        }
        for (before, after) in ofChunks { add(before + [Self.nounsTakingOn.contains(before[0].lowercased()) ? "on" : "of"] + after) }
        // Names of bodies: capitalised words joined by of, for, and, in
        // ("Organization for Security and Co-operation in Europe").
        var run: [String] = []
        func flushName() {
            while let last = run.last, Self.nameConnectors.contains(last) { run.removeLast() }
            // "The" opening a sentence is no part of the name after it.
            while let first = run.first, Self.breakers.contains(first.lowercased()) { run.removeFirst() }
            let content = run.filter { !Self.nameConnectors.contains($0) }
            if content.count >= 3, run.contains(where: Self.nameConnectors.contains) { add(run) }
            // A name of four to six capitalised words is whole too ("German Trade Union
            // Confederation"; chunks stop at three words), where none is a function word or a
            // common verb, as a title-case headline's are ("Tesla Allowed To Expand …").
            if !run.contains(where: Self.nameConnectors.contains), (4...6).contains(run.count),
               !run.contains(where: { Self.breakers.contains($0.lowercased()) || Self.commonVerbs.contains($0.lowercased()) }) {
                add(run)
            }
            run = []
        }
        for word in words {
            if word.first?.isUppercase == true, word.count >= 2 {
                run.append(Self.withoutPossessive(word))
            } else if Self.nameConnectors.contains(word), !run.isEmpty {
                run.append(word)
            } else {
                flushName()
            }
        }
        flushName()
        return result
    }
}
