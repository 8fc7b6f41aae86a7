import Foundation
import GlossaCore
import GlossaText

/// Links German and English term candidates within aligned sentence pairs into glossary pairs.
///
/// Evidence, strongest first: the same word (names, acronyms: NATO / NATO), an exonym
/// (Brüssel / Brussels, OSZE / OSCE), a dictionary entry, a cognate (Deeskalation /
/// de-escalation: same consonant skeleton, close spelling), a compound whose parts all translate
/// into the words of the English phrase (Sicherheit + Garantie / security guarantee), and
/// repeated co-occurrence (Dice over the aligned pairs, at least twice). Competitive linking
/// then takes the best-scored pairs first, each term at most once, so a frequent word cannot
/// take every partner.
///
/// Not thread-safe (tokenizers): one per task.
/// - Complexity: O(pairs · candidates²) to score, O(k log k) to link k candidate pairs.
public final class TermLinker {
    public static let defaultThreshold = 0.7

    /// Words that join the parts of a name in either language; no part of a compositional match.
    static let functionWords: Set<String> = ["der", "des", "für", "von", "und", "in", "zur", "zum", "im", "of", "for", "and", "the", "on"]

    /// The corpus's compound splitter (its lexicon: the text's words and the dictionary's), set by ``link(_:threshold:)``.
    private var splitter = CompoundSplitter(lexicon: [:])
    /// ``deeperPieces(of:_:)`` of the compounds met in ``link(_:threshold:)``.
    private var deeperPiecesCache: [String: [String]] = [:]
    /// A compound part's multi-word translations, once per part (asked for every English term
    /// the compound meets).
    private var multiWordCache: [String: [String]] = [:]
    private let german: GermanTermCandidates
    private let english: EnglishTermCandidates
    public let dictionary: BilingualDictionary

    public init(dictionary: BilingualDictionary = .init()) throws(SegmentationError) {
        german = try GermanTermCandidates()
        english = try EnglishTermCandidates()
        self.dictionary = dictionary
    }

    private struct Occurrence {
        var variants: [String: Int] = [:]
        var count = 0
    }

    public func link(_ pairs: [AlignedPair], threshold: Double = TermLinker.defaultThreshold) -> [TermPair] {
        // The corpus's own vocabulary: for sentence-initial words, lemmas and compound parts.
        var lowercase = Set<String>(), lexicon: [String: Int] = [:], nouns = Set<String>(), inside = Set<String>()
        for pair in pairs {
            for (position, word) in pair.source.split(whereSeparator: { !$0.isLetter && $0 != "-" }).enumerated() {
                let text = String(word)
                if text.first?.isLowercase == true { lowercase.insert(text) }
                lexicon[WordForms.folded(text), default: 0] += 1
                if text.first?.isUppercase == true {
                    nouns.insert(text)
                    if position > 0 { inside.insert(text) }
                }
            }
        }
        for word in dictionary.translations.keys where !word.contains(" ") {
            lexicon[word, default: 0] += 1
            // Ding's compound modifiers ("Bundes… :: federal") are words for the splitter, and
            // likelier first parts than words that merely fit ("Bundes|amt", not "Bünde|samt":
            // counted as four words, they outweigh a plural and a noun).
            if word.hasSuffix("…") { lexicon[String(word.dropLast()), default: 0] += 4 }
        }
        // The dictionary's plurals are words too: "Zusatz|beiträge" splits on "Beiträge".
        for word in dictionary.baseForms.keys where !word.contains(" ") { lexicon[WordForms.folded(word), default: 0] += 1 }
        german.lowercaseWords = lowercase
        german.knownNouns = nouns
        german.capitalisedInside = inside
        german.baseForms = dictionary.baseForms
        german.genders = dictionary.genders
        german.nouns = dictionary.nouns
        german.dictionaryWords = dictionary.translations
        german.collocations = dictionary.collocations
        splitter = CompoundSplitter(lexicon: lexicon,
                                    shortModifiers: Set(dictionary.nouns.keys.lazy.filter { (2...3).contains($0.count) }.map(WordForms.folded)))
        deeperPiecesCache = [:]
        multiWordCache = [:]
        german.splitter = splitter

        // English words the text writes in lower case somewhere: a capital on them is the
        // sentence's or a title's ("De-escalation and diplomacy …" is the term "de-escalation").
        english.verbs = EnglishTermCandidates.verbForms(in: pairs.lazy.map(\.target))
        // And the words it capitalises inside a sentence: names, whatever else they are.
        // Of those, the ones it also capitalises standing alone, not inside a name or title
        // ("Council" of "the Council decided", not of "NATO-Russia Council").
        var englishLowercase = Set<String>(), englishCapitalisedInside = Set<String>(), englishCapitalisedAlone = Set<String>()
        for pair in pairs {
            for (position, word) in pair.target.split(whereSeparator: { !$0.isLetter && $0 != "-" }).enumerated() {
                if word.first?.isLowercase == true { englishLowercase.insert(String(word)) }
                else if position > 0 { englishCapitalisedInside.insert(String(word)) }
            }
            englishCapitalisedAlone.formUnion(Self.capitalisedAlone(in: pair.target))
        }
        var sourceOccurrences: [String: Occurrence] = [:], targetOccurrences: [String: Occurrence] = [:]
        var namePieces = Set<String>(), wholeNames = Set<String>()
        var together: [String: [String: Int]] = [:]
        var examples: [String: TermPair.Example] = [:]
        let germanCandidates = pairs.map { german.candidates(in: $0.source) }
        // Adjective + noun phrases the text writes in lower case ("lebenslange Haft"): opening a
        // sentence or headline ("Lebenslange Haft für Mord …") the capital is the sentence's.
        // Keyed by the adjective's stem, since a guessed gender may decline it otherwise.
        func stemKey(_ phrase: String) -> String {
            let words = phrase.split(separator: " ", maxSplits: 1).map(String.init)
            return (GermanTermCandidates.adjectiveStem(words[0]) ?? words[0]).lowercased() + " " + (words.count > 1 ? words[1] : "")
        }
        var lowercasePhrases: [String: String] = [:]
        for candidate in germanCandidates.joined() where candidate.words.count > 1 && candidate.base.first?.isLowercase == true {
            lowercasePhrases[stemKey(candidate.base)] = candidate.base
        }
        for (pairIndex, pair) in pairs.enumerated() {
            // A German word the English sentence has as it is ("Jens" of "Jens Stoltenberg") is a
            // name, not an inflected form: its genitive-looking -s stays.
            let targetWords = Set(pair.target.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init))
            var foldedTarget: (words: Set<String>, text: String)?
            let sourceCandidates = germanCandidates[pairIndex].map { candidate in
                var candidate = candidate
                if candidate.words.count > 1, !lowercasePhrases.isEmpty, pair.source.drop(while: { !$0.isLetter }).hasPrefix(candidate.text) {
                    if let lowered = lowercasePhrases[stemKey(candidate.base)] { candidate.base = lowered }
                }
                if candidate.words.count == 1, candidate.text != candidate.base, targetWords.contains(candidate.text) {
                    candidate.base = candidate.text
                }
                // A word the dictionary lists as a singular of its own (with a gender) and as
                // another's plural is that other noun only where the English has its translation:
                // "Franken" is the plural of "Franke" (Frank) beside "Franks", the currency beside
                // "franc". (A plural heading a line, "Konsequenzen {pl}", is no singular.)
                if candidate.words.count == 1, candidate.text != candidate.base, german.baseForms[candidate.text] == candidate.base,
                   german.nouns[candidate.text.lowercased()] == candidate.text, german.genders[WordForms.folded(candidate.text)] != nil {
                    if foldedTarget == nil { foldedTarget = Self.foldedWords(pair.target) }
                    if !Self.hasTranslation(of: candidate.base, in: foldedTarget!, dictionary: dictionary) { candidate.base = candidate.text }
                }
                // So is a name of several words the English keeps ("Deutsche Bahn"): no declension
                // is guessed for it ("Deutscher Bahn", without a dictionary to give the gender).
                if candidate.words.count > 1, candidate.text != candidate.base, candidate.words.allSatisfy({ $0.first?.isUppercase == true }),
                   (" " + pair.target + " ").contains(" " + candidate.text + " ") {
                    candidate.base = candidate.text
                }
                return candidate
            }
            let sentenceWords = pair.target.split(whereSeparator: { !$0.isLetter && $0 != "-" })
            let titleCase = Self.isTitleCase(sentenceWords)
            // The sentence's names, found only when a candidate needs them (most do not).
            var names: Set<String>?
            let targetCandidates = english.candidates(in: pair.target).map { candidate in
                var candidate = candidate
                // Not where the phrase is a whole name inside a sentence: "the Federal Network
                // Agency" stays although the text writes "the federal government" (a piece of
                // a name, "Train Drivers" of "German Train Drivers' Union", is no name).
                var isName = false
                if !titleCase, candidate.words.count > 1, candidate.words.first?.first?.isUppercase == true,
                   sentenceWords.first.map({ $0 != candidate.words.first! }) ?? false {
                    if names == nil { names = Self.capitalisedRuns(in: pair.target) }
                    isName = names!.contains(candidate.words.map { EnglishTermCandidates.withoutPossessive($0) }.joined(separator: " "))
                    if isName { wholeNames.insert(candidate.base) }
                }
                // A piece of a longer name ("Energy Association" of "German Wind Energy
                // Association") is no guess by position's partner.
                if !isName, let names, candidate.words.count > 1,
                   names.contains(where: { $0.count > candidate.text.count && (" " + $0 + " ").contains(" " + candidate.words.joined(separator: " ") + " ") }) {
                    namePieces.insert(candidate.base)
                }
                if !isName, let first = candidate.words.first, first.first?.isUppercase == true, !first.dropFirst().contains(where: \.isUppercase),
                   englishLowercase.contains(first.lowercased()) {
                    // In lower case the head noun takes its singular ("Sanctions" stayed as written),
                    // and so do the words after it the text also writes in lower case ("Regional
                    // Court" of "the Cologne Regional Court" is the headline's "regional court").
                    let words = candidate.base.split(separator: " ").enumerated().map { index, word in
                        index == 0 || englishLowercase.contains(word.lowercased()) && !word.dropFirst().contains(where: \.isUppercase)
                            ? word.prefix(1).lowercased() + word.dropFirst() : String(word)
                    }
                    candidate.base = Lemmatizer.englishPhrase(words.joined(separator: " "))
                }
                return candidate
            }
            var sourceBases = Set<String>(), targetBases = Set<String>()
            for candidate in sourceCandidates {
                sourceOccurrences[candidate.base, default: Occurrence()].variants[candidate.text, default: 0] += 1
                sourceBases.insert(candidate.base)
            }
            for candidate in targetCandidates {
                targetOccurrences[candidate.base, default: Occurrence()].variants[candidate.text, default: 0] += 1
                targetBases.insert(candidate.base)
            }
            for base in sourceBases { sourceOccurrences[base]?.count += 1 }
            for base in targetBases { targetOccurrences[base]?.count += 1 }
            // A name both sentences write alike ("Elbe", "Verdi") is in both terms or in neither:
            // "Pegel der Elbe" is no partner of "continue", nor "Hochwasser" of "Elbe water".
            let sharedNames = Self.capitalisedWords(pair.source).intersection(Self.capitalisedWords(pair.target))
            var sourceNames: [String: Set<String>] = [:], targetNames: [String: Set<String>] = [:]
            if !sharedNames.isEmpty {
                for candidate in sourceCandidates { sourceNames[candidate.base, default: []].formUnion(Self.capitalisedWords(candidate.text).intersection(sharedNames)) }
                for candidate in targetCandidates { targetNames[candidate.base, default: []].formUnion(Self.capitalisedWords(candidate.text).intersection(sharedNames)) }
            }
            for source in sourceBases {
                for target in targetBases where sourceNames[source, default: []] == targetNames[target, default: []] {
                    together[source, default: [:]][target, default: 0] += 1
                    let key = source + "\u{1F}" + target
                    if examples[key] == nil { examples[key] = .init(source: pair.source, target: pair.target) }
                }
            }
        }

        // Score every pair that occurs together.
        struct Scored {
            var source: String
            var target: String
            var score: Double
            var evidence: String
            var count: Int
            /// How exclusively the two occur together (Dice over the aligned pairs).
            var dice: Double
            /// 0 for a word the text capitalises only inside names ("Standing" of "Standing
            /// Conference of Education Ministers", which Ding gives for "Ergebnis" as a sports
            /// table's "standings"): a common word met in the same sentence goes first.
            var free = 1
            /// 1 unless the pair is a name spelled alike: a translation of the name ("Weißrussland"
            /// / "Belarus") goes first where it is as sure.
            var translated: Int { evidence == "identical name" ? 0 : 1 }
            /// How close the two are in length (0 for equal lengths, below 0 the further apart).
            var lengthFit: Double {
                -abs(log(Double(max(1, source.count)) / Double(max(1, target.count))))
            }
        }
        var scored: [Scored] = []
        // Every English term's folded forms once, not once per German partner.
        var targetForms: [String: Forms] = [:]
        for target in targetOccurrences.keys {
            targetForms[target] = Forms(folded: WordForms.folded(target), words: target.split(separator: " ").map { WordForms.folded(String($0)) })
        }
        for (source, targets) in together {
            let sourceFolded = WordForms.folded(source)
            // Split on folded forms: the lexicon's keys (corpus words, dictionary entries) are folded.
            let parts = splitter.split(WordForms.folded(source.split(separator: " ").last.map(String.init) ?? source))
            // The words of the dictionary's translations of the term, for co-occurrence below.
            let dictionaryWords = Set(dictionary.targets(of: sourceFolded).flatMap { $0.split(separator: " ").map(String.init) })
            func isDictionaryWord(_ word: String) -> Bool {
                dictionaryWords.contains(word) || dictionaryWords.contains(WordForms.folded(Lemmatizer.englishNoun(word)))
            }
            func sharesDictionaryWord(_ target: String) -> Bool {
                targetForms[target]?.words.contains(where: isDictionaryWord) ?? false
            }
            var local: [Scored] = []
            for (target, count) in targets {
                guard let forms = targetForms[target],
                      var (score, evidence) = evidence(source: source, sourceFolded: sourceFolded, target: target, targetForms: forms,
                                                       parts: parts, count: count,
                                                       sourceCount: sourceOccurrences[source]?.count ?? 0,
                                                       targetCount: targetOccurrences[target]?.count ?? 0) else { continue }
                // Met together often, a compound and its English phrase are as sure as a piece of
                // the phrase that co-occurs as often ("additional" three times beside
                // "Zusatzbeitrag" does not beat "additional contribution").
                if evidence.hasPrefix("compositional"),
                   let repeated = Self.coOccurrence(count: count, sourceCount: sourceOccurrences[source]?.count ?? 0,
                                                    targetCount: targetOccurrences[target]?.count ?? 0) {
                    score = max(score, repeated.0)
                }
                // Co-occurrence gives way where the dictionary points to another English word
                // met as often: "Fernverkehr" (Ding: long-distance traffic) twice beside
                // "long-distance services" is no "service".
                // A guess by position takes no piece of a longer name.
                if evidence == "compositional, one part by position", namePieces.contains(target) { continue }
                if evidence == "co-occurrence", !dictionaryWords.isEmpty, !sharesDictionaryWord(target),
                   targets.contains(where: { $0.value >= count && sharesDictionaryWord($0.key) }) { continue }
                // Nor does it take, around words the dictionary gives, the translation of another
                // word of the German sentence: "new mayor" twice beside "einen neuen
                // Oberbürgermeister" (Ding: Lord Mayor) is the "mayor" in it, "new" is "neuen";
                // "key interest rate" beside "den Leitzins" stays whole.
                if evidence == "co-occurrence", !dictionaryWords.isEmpty, target.contains(" "),
                   let inner = targets.keys.filter({ other in
                       (targets[other] ?? 0) >= count && other.count < target.count && (" " + target + " ").contains(" " + other + " ")
                           && (targetForms[other]?.words ?? []).allSatisfy(isDictionaryWord)
                   }).max(by: { $0.count < $1.count }),
                   let example = examples[source + "\u{1F}" + target] {
                    let innerWords = Set(targetForms[inner]?.words ?? [])
                    let extra = (targetForms[target]?.words ?? []).filter { !innerWords.contains($0) }
                    let besides = translationsOfOtherWords(in: example.source, besides: source)
                    if !extra.isEmpty, extra.allSatisfy(besides.contains) { continue }
                }
                let sourceCount = sourceOccurrences[source]?.count ?? 0, targetCount = targetOccurrences[target]?.count ?? 0
                let dice = 2 * Double(count) / Double(max(1, sourceCount + targetCount))
                var scoredPair = Scored(source: source, target: target, score: score, evidence: evidence, count: count, dice: dice)
                if !target.contains(" "), englishCapitalisedInside.contains(target), !englishCapitalisedAlone.contains(target),
                   !englishLowercase.contains(target.lowercased()), !Lemmatizer.isAcronym(target) {
                    scoredPair.free = 0
                }
                local.append(scoredPair)
            }
            // Every part of the compound in the text's phrase beats a dictionary sense that
            // drops one: Staats|regierung is the text's "state government", Automatisierungs|technik
            // its "automation technology", though Ding gives "government" and "automation" alone.
            let dictionaryTargets = local.filter { $0.evidence == "dictionary" }
            for index in local.indices where local[index].evidence == "compositional" {
                let phrase = local[index]
                if dictionaryTargets.contains(where: { phrase.count >= $0.count && (" " + phrase.target + " ").contains(" " + $0.target + " ") }) {
                    local[index].score = 0.93
                }
            }
            scored += local
        }
        // Competitive linking: best first; among equally sure pairs a translation before a name
        // spelled alike (the text's "Belarus" beside "Weißrussland"), then a word the text does
        // not capitalise only inside names (``Scored/free``), then the more exclusive one
        // (Dice: "Akzenttasten" goes with "dead keys" every time, with "dead" only some of the
        // times "dead" occurs), then the more frequent, then the longer English phrase (the
        // whole term where a shorter one is a piece of it), then the German term closer to it
        // in length (a headline and its lead name "Bundesnetzagentur" and "Engpässe" together
        // twice: the long name goes with "Federal Network Agency", the short word is left for
        // "shortage"); the terms' spelling last, so that the result never depends on the order
        // a dictionary happens to list them in.
        scored.sort { first, second in
            // (Tuples compare up to six elements: translation first, then a word free of names.)
            let left = (first.score, first.translated * 2 + first.free, first.dice, first.count, first.target.count, first.lengthFit)
            let right = (second.score, second.translated * 2 + second.free, second.dice, second.count, second.target.count, second.lengthFit)
            return left != right ? left > right : (first.source, second.target) > (second.source, first.target)
        }
        var linkedSources = Set<String>(), linkedTargets = Set<String>()
        /// Every run of whole words, in lower case, of the linked targets but the whole target.
        var linkedPieces = Set<String>()
        var result: [TermPair] = []
        for candidate in scored {
            guard !linkedSources.contains(candidate.source), !linkedTargets.contains(candidate.target) else { continue }
            // Co-occurrence alone cannot take a piece of a phrase already linked on better
            // evidence: its words are that phrase's translation ("Federal Network" of "Federal
            // Network Agency" / Bundesnetzagentur, met twice beside "Engpässen").
            if candidate.evidence == "co-occurrence", linkedPieces.contains(candidate.target.lowercased()) { continue }
            linkedSources.insert(candidate.source)
            linkedTargets.insert(candidate.target)
            linkedPieces.formUnion(Self.pieces(of: candidate.target))
            // Linked, so neither takes another partner; reported if sure enough. A proper name
            // spelled alike (Stoltenberg, Wendy) is a sure translation but rarely a glossary
            // entry: it is reported below the default threshold. Other words spelled alike are
            // reported below every other kind of evidence: text left untranslated (a keyword, a
            // menu item) and false friends (Gift / gift) spell alike too.
            let confidence: Double
            switch candidate.evidence {
            case "identical name": confidence = min(candidate.score, 0.6)
            case "identical": confidence = min(candidate.score, 0.8)
            default: confidence = candidate.score
            }
            guard confidence >= threshold else { continue }
            let sourceVariants = (sourceOccurrences[candidate.source]?.variants ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            let targetVariants = (targetOccurrences[candidate.target]?.variants ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            var target = candidate.target
            // A piece of a longer name that the text never uses as a name by itself ("Automotive
            // Industry" of "German Association of the Automotive Industry"), translating a closed
            // German compound by the dictionary or part for part, is the common noun: lower
            // case, unless the dictionary writes it with capitals. German names keep theirs:
            // "Ständiger Rat" / "Permanent Council", "Max-Planck-Institut".
            if namePieces.contains(target), !wholeNames.contains(target), target.contains(" "),
               !candidate.source.contains(" "), !candidate.source.contains("-"),
               candidate.evidence == "dictionary" || candidate.evidence.hasPrefix("compositional"),
               target.split(separator: " ").allSatisfy({ $0.first?.isUppercase == true && !$0.dropFirst().contains(where: \.isUppercase) }),
               dictionary.targetSpelling(target.lowercased()) == nil {
                target = Lemmatizer.englishPhrase(target.lowercased())
            }
            target = Self.restoringCapitals(Self.commonNounCase(target, evidence: candidate.evidence,
                                                                capitalisedInside: englishCapitalisedInside,
                                                                capitalisedAlone: englishCapitalisedAlone),
                                            from: dictionary, writtenInLowerCase: englishLowercase)
            // A German noun used only in the plural keeps the English plural the text writes
            // ("Kosten" / "costs", "Materialkosten" / "material costs").
            if Lemmatizer.isGermanPluraleTantum(candidate.source), let written = targetVariants.first {
                target = Self.keepingPlural(target, written: written)
            }
            result.append(TermPair(source: candidate.source,
                                   target: target,
                                   sourceVariants: sourceVariants,
                                   targetVariants: targetVariants, frequency: candidate.count,
                                   confidence: (confidence * 1000).rounded() / 1000, evidence: candidate.evidence,
                                   example: examples[candidate.source + "\u{1F}" + candidate.target] ?? .init(source: "", target: "")))
        }
        return result.sorted { ($0.confidence, $0.frequency, $1.source) > ($1.confidence, $1.frequency, $0.source) }
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

    /// The dictionary's one-word translations of the German sentence's words other than the
    /// term's, inflected adjectives by their stem ("neuen" → "new"), folded.
    private func translationsOfOtherWords(in sentence: String, besides term: String) -> Set<String> {
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

    /// A sentence's words folded, each also in the singular, and its folded text between spaces.
    static func foldedWords(_ sentence: String) -> (words: Set<String>, text: String) {
        let words = sentence.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map { WordForms.folded(String($0)) }
        return (Set(words + words.map { WordForms.folded(Lemmatizer.englishNoun($0)) }), " " + words.joined(separator: " ") + " ")
    }

    /// Whether the English sentence holds one of the dictionary's translations of `source`
    /// (a word in either number, or a phrase word for word).
    static func hasTranslation(of source: String, in sentence: (words: Set<String>, text: String), dictionary: BilingualDictionary) -> Bool {
        dictionary.targets(of: WordForms.folded(source)).contains { translation in
            translation.contains(" ") ? sentence.text.contains(" " + translation + " ") : sentence.words.contains(translation)
        }
    }

    /// The capitalised words of a text, cut at every character that is no letter ("Verdi" of
    /// "Verdi-Verhandlungsführerin" and of "Verdi's").
    static func capitalisedWords(_ text: String) -> Set<String> {
        Set(text.split(whereSeparator: { !$0.isLetter }).lazy.filter { $0.count >= 2 && $0.first!.isUppercase }.map(String.init))
    }

    /// The runs of two or more capitalised words of a sentence, each as far as it goes (words
    /// joined by "of", "for", "of the" belong together; punctuation ends a run, a possessive does not,
    /// a capitalised function word is none of it, as "The" opening a sentence):
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
    /// capitals mix that way, and its head takes the singular. Acronyms keep theirs ("gas
    /// pipeline to EU"). A word a dictionary translates, capitalised only inside names
    /// ("Meteorology" of "Institute for Meteorology", "Council" of "NATO-Russia Council"), is
    /// the common noun: "meteorology"; so is a phrase it opens whose other words are in lower
    /// case ("Consumer advocates criticised …" beside "German Consumer Organisations"). A word
    /// also capitalised alone keeps its capital (days, months, "the Greens", "Russian").
    static func commonNounCase(_ target: String, evidence: String, capitalisedInside: Set<String>,
                               capitalisedAlone: Set<String>) -> String {
        guard !["identical", "identical name", "exonym"].contains(evidence) else { return target }
        var words = target.split(separator: " ").map(String.init)
        guard let first = words.first, !Self.alwaysCapitalised.contains(first) else { return target }
        func isTitleCase(_ word: String) -> Bool {
            word.first?.isUppercase == true && !word.dropFirst().contains(where: \.isUppercase)
        }
        if isTitleCase(first), !capitalisedInside.contains(first) {
            return commonNounCase(Lemmatizer.englishPhrase(target.prefix(1).lowercased() + target.dropFirst()),
                                  evidence: evidence, capitalisedInside: capitalisedInside, capitalisedAlone: capitalisedAlone)
        }
        if isTitleCase(first), !capitalisedAlone.contains(first), words.dropFirst().allSatisfy({ $0.first?.isLowercase == true }),
           evidence == "dictionary" || evidence.hasPrefix("compositional") {
            return Lemmatizer.englishPhrase(target.prefix(1).lowercased() + target.dropFirst())
        }
        guard first.first?.isLowercase == true, words.dropFirst().contains(where: isTitleCase) else { return target }
        for index in words.indices.dropFirst() where isTitleCase(words[index]) { words[index] = words[index].lowercased() }
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
    static func restoringCapitals(_ term: String, from dictionary: BilingualDictionary, writtenInLowerCase: Set<String>) -> String {
        var words = term.split(separator: " ").map(String.init)
        var start = 0
        while start < words.count {
            var step = 1
            for length in stride(from: min(4, words.count - start), through: 1, by: -1) {
                let run = words[start..<(start + length)]
                guard run.contains(where: { $0.first?.isLowercase == true }), !run.contains(where: writtenInLowerCase.contains),
                      let written = dictionary.targetSpelling(run.joined(separator: " ").lowercased()) else { continue }
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

    /// English capitalises days and months wherever they stand; the text may show them only
    /// first in a sentence or beside a name ("Next Saturday Bayern host …").
    static let alwaysCapitalised: Set<String> = [
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
        "April", "May", "June", "July", "August", "September", "October", "November", "December",
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
        func capitalised(_ index: Int) -> Bool { index > 0 && index < words.count && words[index].first?.isUppercase == true }
        /// No punctuation between token `index` and the next.
        func joined(_ index: Int) -> Bool {
            index >= 0 && index + 1 < tokens.count && !endsInPunctuation(tokens[index]) && !isPunctuation(tokens[index + 1].first)
        }
        var alone: [String] = []
        for position in words.indices where capitalised(position) {
            var inName = false
            if joined(position - 1) && (capitalised(position - 1)
                || (position >= 2 && nameConnectors.contains(Substring(words[position - 1])) && joined(position - 2) && capitalised(position - 2))) {
                inName = true
            }
            if joined(position) && (capitalised(position + 1)
                || (position + 2 < words.count && nameConnectors.contains(Substring(words[position + 1])) && joined(position + 1) && capitalised(position + 2))) {
                inName = true
            }
            if !inName { alone.append(words[position]) }
        }
        return alone
    }

    /// An English term folded whole and word by word.
    private struct Forms {
        var folded: String
        var words: [String]
    }

    /// The strongest evidence that `target` translates `source`, or nil if there is none.
    private func evidence(source: String, sourceFolded: String, target: String, targetForms: Forms, parts: [String], count: Int,
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
            let isName = source.first?.isUppercase == true && target.first?.isUppercase == true && !Lemmatizer.isAcronym(source)
            return (0.95, isName ? "identical name" : "identical")
        }
        if (Exonyms.germanToEnglish[sourceFolded] ?? []).contains(targetFolded) { return (0.95, "exonym") }
        if dictionaryTranslates(sourceFolded, targetFolded) { return (0.92, "dictionary") }
        // A single word and its cognate.
        if parts.count == 1, targetWords.count == 1, Self.isCognate(sourceFolded, targetFolded) { return (0.9, "cognate") }
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
        // Treibhausgas|emissionen / "greenhouse gas emissions".
        if !source.contains(" "), sourcePieces.count >= 2 {
            contentWords = Self.joiningPhrases(of: sourcePieces.flatMap(multiWordTranslations), in: contentWords)
        }
        // A compound the dictionary knows whole, met as its parts word for word: Staats|regierung
        // / "state government" (Ding: "government"; the linker prefers the text's fuller phrase).
        if sourcePieces.count == 1, contentWords.count >= 2, !source.contains(" "), !source.contains("-") {
            let deeper = deeperPieces(of: source, sourcePieces)
            if deeper.count == contentWords.count {
                let matchers = deeper.map(pieceMatcher)
                if deeper.indices.allSatisfy({ matchers[$0](contentWords[$0]) }) { return (0.85, "compositional") }
            }
        }
        // An English compound written with a hyphen, part for part: Echt|zeit|überwachung /
        // real-time surveillance, Minister|präsident / Minister-President (Ding knows the German
        // whole, as "prime minister").
        // (Folded words have lost their hyphens: the split is the target's as written.)
        if !source.contains(" "), !source.contains("-"), target.contains("-") {
            let split = target.split(whereSeparator: { $0 == " " || $0 == "-" }).map { WordForms.folded(String($0)) }
                .filter { !Self.functionWords.contains($0) }
            let pieces = sourcePieces.count == split.count ? sourcePieces : deeperPieces(of: source, sourcePieces)
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
            if !allParts, source.contains(" "), sourcePieces.count < contentWords.count,
               sourcePieces.count == source.split(separator: " ").count {
                let deeper = sourcePieces.flatMap { deeperPieces(of: $0, [$0]) }
                if deeper.count == contentWords.count {
                    var matched = Set<Int>()
                    for matcher in deeper.map(pieceMatcher) {
                        guard let match = contentWords.indices.first(where: { !matched.contains($0) && matcher(contentWords[$0]) }) else { break }
                        matched.insert(match)
                    }
                    if matched.count == contentWords.count { return (0.85, "compositional") }
                }
            }
            // A part the dictionary knows whole but not in this sense, split further:
            // Inflationsausgleich|prämie / inflation compensation bonus, whose first part Ding
            // gives as "inflationary adjustment".
            if !allParts, !source.contains(" "), !source.contains("-") {
                let deeper = deeperPieces(of: source, sourcePieces)
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
                let ordered = targetFolded.contains(" of ") ? Array(contentWords.reversed()) : contentWords
                let unmatched = sourcePieces.indices.filter { !matchers[$0](ordered[$0]) }
                if unmatched.count == 1, let piece = unmatched.first.map({ sourcePieces[$0] }), !Lemmatizer.isAcronym(piece),
                   splitter.split(WordForms.folded(piece)).count == 1 {
                    return (0.75, "compositional, one part by position")
                }
            }
        }
        return Self.coOccurrence(count: count, sourceCount: sourceCount, targetCount: targetCount)
    }

    /// Repeated co-occurrence: twice or more, and (Dice) nearly always together.
    static func coOccurrence(count: Int, sourceCount: Int, targetCount: Int) -> (Double, String)? {
        guard count >= 2, 2 * Double(count) / Double(sourceCount + targetCount) >= 0.8 else { return nil }
        return (min(0.9, 0.6 + 0.1 * Double(count)), "co-occurrence")
    }

    /// The dictionary's translations of a compound's part that have several words.
    private func multiWordTranslations(_ part: String) -> [String] {
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

    /// A compound's pieces split further where they split at all, once per compound (the
    /// term linker asks for every English term the compound meets).
    private func deeperPieces(of source: String, _ pieces: [String]) -> [String] {
        if let known = deeperPiecesCache[source] { return known }
        let deeper = pieces.flatMap { splitter.split(WordForms.folded($0), evenIfKnown: true) }
        deeperPiecesCache[source] = deeper
        return deeper
    }

    /// A compound's parts with runs of them joined where the dictionary has the run as one word,
    /// the longest run first, left to right: ["sand", "sack", "barriere"] → ["sandsack", "barriere"].
    /// - Complexity: O(parts²) dictionary lookups.
    private func coarserPieces(_ parts: [String]) -> [String] {
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
    private func pieceMatcher(_ piece: String) -> (String) -> Bool {
        let folded = WordForms.folded(piece)
        let lemma = WordForms.folded(Lemmatizer.germanNoun(piece))
        var translations = dictionary.targets(of: folded).union(dictionary.targets(of: lemma)).union(dictionary.targets(of: folded + "…"))
            .union(Exonyms.germanToEnglish[folded] ?? []).union(Exonyms.germanToEnglish[lemma] ?? [])
        for ending in ["en", "er", "es", "em", "e"] where translations.isEmpty && folded.hasSuffix(ending) && folded.count > ending.count + 2 {
            translations = dictionary.targets(of: String(folded.dropLast(ending.count)))
        }
        // "Truppe" → "troops": the dictionary's plural meets the text's singular.
        translations.formUnion(translations.map { WordForms.folded(Lemmatizer.englishNoun($0)) })
        return { word in
            let singular = WordForms.folded(Lemmatizer.englishNoun(word))
            return translations.contains(word) || translations.contains(singular) || word == folded || word == lemma
                || Self.isCognate(folded, word) || Self.isCognate(lemma, singular)
        }
    }

    /// The dictionary has the pair, allowing for number on both sides (the dictionary lists
    /// "Geheimdienst" → "intelligence service"; the text has "Geheimdienste" / "forces").
    private func dictionaryTranslates(_ source: String, _ target: String) -> Bool {
        var translations = dictionary.targets(of: source)
        if translations.isEmpty, source.hasSuffix("e"), source.count > 4 { translations = dictionary.targets(of: String(source.dropLast())) }
        if translations.contains(target) { return true }
        // A term kept as written (capitalised at the start of a sentence) is still in the plural.
        if translations.contains(WordForms.folded(Lemmatizer.englishPhrase(target))) { return true }
        if translations.contains(where: { WordForms.folded(Lemmatizer.englishPhrase($0)) == target }) { return true }
        // "minister of education" is the text's "education minister(s)", "ministry of defence"
        // its "defence ministry": the dictionary's "A of B" as the compound "B A".
        let singular = WordForms.folded(Lemmatizer.englishPhrase(target))
        return translations.contains { translation in
            guard let inverted = Self.ofPhraseAsCompound(translation) else { return false }
            return inverted == target || inverted == singular
        }
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
    /// ("Ministerium" and "Minister" share a skeleton but are not the same word).
    static func isCognate(_ first: String, _ second: String) -> Bool {
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
}
