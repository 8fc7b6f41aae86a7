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
    /// A quoted title's translation: sure where both sentences quote it, but a name, not a
    /// term (below the dictionary's 0.92 and a compound's 0.85, as "identical" is).
    static let titleConfidence = 0.8
    /// A name both sentences give with the same acronym in parentheses: anchored at both ends,
    /// as sure as a dictionary's translation.
    static let acronymNameConfidence = 0.92
    /// Two terms met as often beside two others, paired by nothing but the order competitive
    /// linking happened to take them in: below the default threshold.
    static let undecidedTieConfidence = 0.6
    /// The German articles, whose next word is a noun or its adjective ("die Polizei").
    static let germanArticles: Set<String> = ["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"]

    /// Whether two terms are other words, not forms of one word: a second sense or synonym
    /// must be one ("removal" / "removing", "storage" / "store" share their first four letters,
    /// "try" opens "trying"). Compared folded.
    static func areOtherWords(_ term: String, _ other: String) -> Bool {
        let folded = WordForms.folded(term), otherFolded = WordForms.folded(other)
        return !beginAlike(folded, otherFolded) && !folded.hasPrefix(otherFolded) && !otherFolded.hasPrefix(folded)
    }

    /// Whether two folded words share their first four letters or more ("Investition" /
    /// "investment", "storage" / "store").
    static func beginAlike(_ folded: String, _ other: String) -> Bool {
        zip(folded, other).prefix { $0 == $1 }.count >= 4
    }

    /// Words that join the parts of a name in either language; no part of a compositional match.
    static let functionWords: Set<String> = ["der", "des", "für", "von", "und", "in", "zur", "zum", "im", "of", "for", "and", "the", "on"]

    /// The corpus's compound splitter (its lexicon: the text's words and the dictionary's), set by ``link(_:threshold:)``.
    var splitter = CompoundSplitter(lexicon: [:])
    /// ``deeperPieces(_:)`` of the compound pieces met in ``link(_:threshold:)``.
    var deeperPiecesCache: [String: [String]] = [:]
    /// A compound part's multi-word translations, once per part (asked for every English term
    /// the compound meets).
    var multiWordCache: [String: [String]] = [:]
    let german: GermanTermCandidates
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
        // A sentence pair met twice (an article saved twice, as text and as a web page; a wire
        // story's boilerplate) is one piece of evidence: counted twice, every phrase of it
        // co-occurs "repeatedly" with every German term in it.
        var seen = Set<String>()
        func key(_ text: String) -> String { text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        let pairs = pairs.filter { seen.insert(key($0.source) + "\u{1F}" + key($0.target)).inserted }
        // The corpus's own vocabulary: for sentence-initial words, lemmas and compound parts.
        var lowercase = Set<String>(), lexicon: [String: Int] = [:], nouns = Set<String>(), inside = Set<String>()
        for pair in pairs {
            for (word, opens) in ClauseOpenings.words(in: pair.source) {
                let text = String(word)
                if text.first?.isLowercase == true { lowercase.insert(text) }
                lexicon[WordForms.folded(text), default: 0] += 1
                if text.first?.isUppercase == true {
                    nouns.insert(text)
                    if !opens { inside.insert(text) }
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
        german.neutersInEn = GermanTermCandidates.neutersInEn(in: pairs.map(\.source))
        german.capitalisedInside = inside
        german.baseForms = dictionary.baseForms
        german.genders = dictionary.genders
        german.nouns = dictionary.nouns
        german.pluralNouns = dictionary.pluralNouns
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
        var englishCapitalisedInTitles = Set<String>()
        for pair in pairs {
            // A title's capitals are the title's ("Snow" of "Monastery Graveyard in the Snow").
            let titles = Self.englishTitleSpans(in: pair.target)
            for (word, opens) in ClauseOpenings.words(in: pair.target) {
                if word.first?.isLowercase == true { englishLowercase.insert(String(word)) }
                else if !titles.isEmpty, Self.isInside(word, of: pair.target, spans: titles) { englishCapitalisedInTitles.insert(String(word)) }
                else if !opens { englishCapitalisedInside.insert(String(word)) }
            }
            englishCapitalisedAlone.formUnion(Self.capitalisedAlone(in: pair.target))
        }
        /// The names the text writes inside a sentence (not the run a sentence opens with, whose
        /// first capital may be the sentence's): a headline or a sentence opening with one
        /// ("Federal Network Agency approves …") names it too, not the common noun "federal
        /// network agency". A line in title case shows no names ("Your Customer Service Team").
        /// Each English sentence's capitalised runs, found once (the candidates ask for them too).
        let englishRuns = pairs.map { Self.capitalisedRuns(in: $0.target) }
        var englishNamesInside = Set<String>()
        for (pair, runs) in zip(pairs, englishRuns) where !Self.isTitleCase(pair.target.split(whereSeparator: { !$0.isLetter && $0 != "-" })) {
            let opening = pair.target.drop { !$0.isLetter }
            englishNamesInside.formUnion(runs.lazy.filter { !opening.hasPrefix($0) })
        }
        german.englishNames = englishCapitalisedInside.union(englishCapitalisedAlone)
        /// The singulars of the words the text writes in lower case: a title's "Self-Portrait"
        /// is the common noun of "her self-portraits".
        let englishLowercaseSingulars = Set(englishLowercase.lazy.map(Lemmatizer.englishNoun))
        var sourceOccurrences: [String: Occurrence] = [:], targetOccurrences: [String: Occurrence] = [:]
        var namePieces = Set<String>(), wholeNames = Set<String>()
        var together: [String: [String: Int]] = [:]
        /// For each pair met together (by the key of `examples`), how near the same relative
        /// place of their sentences the two stood, summed over the sentence pairs (1 each at
        /// the same place).
        var placeTotals: [String: Double] = [:]
        /// Per sentence pair, where its terms stand (for the order of two ties, below; kept, not copied).
        var sentenceWordPlaces: [(source: [String: Double], target: [String: Double])] = []
        var examples: [String: TermPair.Example] = [:]
        /// The sentence pairs in which each German and English term meet (by the key of
        /// `examples`), for a second sense; only with a dictionary, which a second sense needs
        /// (recording them cost a tenth of the time on 23,602 catalog messages without one).
        let tracksSenses = !dictionary.translations.isEmpty
        var sentencesTogether: [String: [Int]] = [:]
        /// Per sentence pair, the German candidates' texts by base form (for the forms of a
        /// term with two senses, each sense's own).
        var sourceTexts: [[String: [String]]] = []
        /// Quoted titles and their translations (``QuotedCandidates/title``), with how often
        /// and where first.
        var titles: [String: (source: String, target: String, count: Int, example: TermPair.Example)] = [:]
        /// Names introduced with their acronym (``acronymNames(_:sourceCandidates:)``), with
        /// how often, as written, and where first.
        var namedByAcronym: [String: (name: AcronymName, count: Int, sourceTexts: [String: Int], targetTexts: [String: Int], example: TermPair.Example)] = [:]
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
                // So is a compound on such a head where the English translates the head and not
                // the other noun: "Datenschutzabkommen" / "data protection agreement" is no plural
                // of "…abkomme" (a descendant).
                if candidate.words.count == 1, candidate.text != candidate.base, let reading = german.pluralReadingOfHead(candidate.text) {
                    if foldedTarget == nil { foldedTarget = Self.foldedWords(pair.target) }
                    if Self.hasTranslation(of: reading.head, in: foldedTarget!, dictionary: dictionary),
                       !Self.hasTranslation(of: reading.singular, in: foldedTarget!, dictionary: dictionary) {
                        candidate.base = candidate.text
                    }
                }
                // And the other way round: a word kept as a listed noun of its own is the plural
                // of another where the English translates that one and not it ("Zwecke" / "purposes",
                // not the brad Ding also lists as "Zwecke").
                if candidate.words.count == 1, candidate.text == candidate.base, let singular = german.singularReading(of: candidate.text) {
                    if foldedTarget == nil { foldedTarget = Self.foldedWords(pair.target) }
                    if Self.hasTranslation(of: singular, in: foldedTarget!, dictionary: dictionary),
                       !Self.hasTranslation(of: candidate.text, in: foldedTarget!, dictionary: dictionary) {
                        candidate.base = singular
                    }
                }
                // Without the dictionary's word for it, a word in -e is a plural where the English
                // has its cognate's plural, without an -e of its own: "Probleme" / "problems",
                // "Produkte" / "products". The rules alone cannot tell them from singulars in -e,
                // which the English writes with -e or -y ("Minute" / "minutes", "Initiative",
                // "Studie" / "studies"); a dative in -en ("Experten" of "Experte") is left alone.
                if candidate.words.count == 1, candidate.text == candidate.base, candidate.base.hasSuffix("e"), !candidate.base.hasSuffix("ie"),
                   candidate.base.count >= 6, german.nouns[candidate.base.lowercased()] == nil {
                    let stem = WordForms.folded(String(candidate.base.dropLast()))
                    let hasPluralCognate = targetWords.contains { word in
                        let lemma = WordForms.folded(Lemmatizer.englishNoun(word))
                        return lemma != WordForms.folded(word) && !lemma.hasSuffix("e") && (lemma == stem || Self.isCognate(stem, lemma))
                    }
                    if hasPluralCognate { candidate.base = String(candidate.base.dropLast()) }
                }
                // So is a name of several words the English keeps ("Deutsche Bahn"): no declension
                // is guessed for it ("Deutscher Bahn", without a dictionary to give the gender).
                // (Quoted too: „Nature Astronomy“ / "Nature Astronomy" is no "Naturer Astronomy".)
                if candidate.words.count > 1, candidate.text != candidate.base, candidate.words.allSatisfy({ $0.first?.isUppercase == true }),
                   Self.containsWords(pair.target, candidate.text) {
                    candidate.base = candidate.text
                }
                // A feminine the candidates put under its masculine stays feminine where the
                // English says so too: "Schauspielerin" / "actress" (not "Schauspieler").
                if candidate.words.count == 1, candidate.text != candidate.base, let feminine = Self.feminineLemma(candidate.text),
                   feminine != candidate.base, Self.namesAWoman(pair.target) {
                    candidate.base = feminine
                }
                return candidate
            }
            let sentenceWords = pair.target.split(whereSeparator: { !$0.isLetter && $0 != "-" })
            let titleCase = Self.isTitleCase(sentenceWords)
            // The sentence's names, asked for by a candidate that may be one (most are not); a
            // piece of a name is told only after that (as before the runs were found up front).
            var names: Set<String>?
            let targetCandidates = english.candidates(in: pair.target).map { candidate in
                var candidate = candidate
                // Not where the phrase is a whole name inside a sentence: "the Federal Network
                // Agency" stays although the text writes "the federal government" (a piece of
                // a name, "Train Drivers" of "German Train Drivers' Union", is no name).
                var isName = false
                if !titleCase, candidate.words.count > 1, candidate.words.first?.first?.isUppercase == true,
                   sentenceWords.first.map({ $0 != candidate.words.first! }) ?? false {
                    if names == nil { names = englishRuns[pairIndex] }
                    isName = names!.contains(candidate.words.map { EnglishTermCandidates.withoutPossessive($0) }.joined(separator: " "))
                    if isName { wholeNames.insert(candidate.base) }
                }
                // A piece of a longer name ("Energy Association" of "German Wind Energy
                // Association") is no guess by position's partner.
                if !isName, let names, candidate.words.count > 1,
                   names.contains(where: { $0.count > candidate.text.count && (" " + $0 + " ").contains(" " + candidate.words.joined(separator: " ") + " ") }) {
                    namePieces.insert(candidate.base)
                }
                // (Capitals after a hyphen are a title's too: "Self-Portrait", "Co-operation".)
                if !isName, candidate.words.count == 1 || !englishNamesInside.contains(candidate.words.map { EnglishTermCandidates.withoutPossessive($0) }.joined(separator: " ")),
                   let first = candidate.words.first, first.first?.isUppercase == true,
                   !zip(first, first.dropFirst()).contains(where: { $1.isUppercase && $0 != "-" }),
                   englishLowercase.contains(first.lowercased()) || englishLowercaseSingulars.contains(Lemmatizer.englishNoun(first.lowercased())) {
                    // In lower case the head noun takes its singular ("Sanctions" stayed as written),
                    // and so do the words after it the text also writes in lower case ("Regional
                    // Court" of "the Cologne Regional Court" is the headline's "regional court").
                    let words = candidate.base.split(separator: " ").enumerated().map { index, word in
                        index == 0 ? word.lowercased()
                            : englishLowercase.contains(word.lowercased()) && !word.dropFirst().contains(where: \.isUppercase)
                            ? word.prefix(1).lowercased() + word.dropFirst() : String(word)
                    }
                    candidate.base = Lemmatizer.englishPhrase(words.joined(separator: " "))
                }
                // "bases" is "base" to the rules; where the dictionary gives "legal basis" and no
                // "legal base", it is the Greek plural ("analyses" and "crises" the rules know).
                if let last = candidate.words.last, last.lowercased().hasSuffix("ses"), candidate.base.hasSuffix("se") {
                    let greek = String(candidate.base.dropLast()) + "is"
                    if dictionary.listsTarget(greek.lowercased()), !dictionary.listsTarget(candidate.base.lowercased()) { candidate.base = greek }
                }
                return candidate
            }
            var sourceBases = Set<String>(), targetBases = Set<String>()
            var textsHere: [String: [String]] = [:]
            for candidate in sourceCandidates {
                sourceOccurrences[candidate.base, default: Occurrence()].variants[candidate.text, default: 0] += 1
                sourceBases.insert(candidate.base)
                if tracksSenses { textsHere[candidate.base, default: []].append(candidate.text) }
            }
            sourceTexts.append(textsHere)
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
            // A German phrase that ends on a name both sentences write alike names a role or a
            // part of that body ("Aktionäre der Rheinchem" / "Rheinchem shareholders",
            // "Chefvolkswirt der Commerzbank"), a free combination, no term.
            let nameBound = Set(sourceCandidates.lazy.filter { candidate in
                candidate.words.count >= 3 && candidate.words.contains(where: { GermanTermCandidates.connectors.contains($0.lowercased()) })
                    && candidate.words.last.map(sharedNames.contains) == true
            }.map(\.base))
            // A capitalised adjective and its noun opening a clause ("Endgültige Gewissheit bringe
            // erst …"), the adjective nowhere capitalised inside one, are a name only where the
            // English writes a name: not "final certainty".
            var openings: Set<Int>?
            let openingPhrases = Set(sourceCandidates.lazy.filter { candidate in
                guard candidate.words.count == 2, candidate.base.first?.isUppercase == true, !inside.contains(candidate.words[0]),
                      let range = pair.source.range(of: candidate.text) else { return false }
                if openings == nil { openings = ClauseOpenings.offsets(in: pair.source) }
                return openings!.contains(pair.source.utf8.distance(from: pair.source.startIndex, to: range.lowerBound))
            }.map(\.base))
            for name in acronymNames(pair, sourceCandidates: sourceCandidates) {
                let key = name.source + "\u{1F}" + name.target
                namedByAcronym[key, default: (name, 0, [:], [:], .init(source: pair.source, target: pair.target))].count += 1
                namedByAcronym[key]!.sourceTexts[name.sourceText, default: 0] += 1
                namedByAcronym[key]!.targetTexts[name.targetText, default: 0] += 1
            }
            let quotes = Self.quotedCandidates(pair, sourceCandidates, targetCandidates)
            if let title = quotes.title {
                titles[title.source + "\u{1F}" + title.target, default: (title.source, title.target, 0, .init(source: pair.source, target: pair.target))].count += 1
            }
            let sourcePlaces = Self.places(of: sourceCandidates, in: pair.source)
            let targetPlaces = Self.places(of: targetCandidates, in: pair.target)
            sentenceWordPlaces.append((sourcePlaces, targetPlaces))
            for source in sourceBases where !quotes.alike.contains(source) && !nameBound.contains(source) {
                for target in targetBases where sourceNames[source, default: []] == targetNames[target, default: []]
                    && !quotes.alike.contains(target) && quotes.agree(source, target) && Self.ordinalAgrees(source, target)
                    && !(openingPhrases.contains(source) && target.first?.isLowercase == true) {
                    together[source, default: [:]][target, default: 0] += 1
                    let key = source + "\u{1F}" + target
                    if let german = sourcePlaces[source], let english = targetPlaces[target] { placeTotals[key, default: 0] += 1 - abs(german - english) }
                    if tracksSenses { sentencesTogether[key, default: []].append(pairIndex) }
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
            /// How near the same place of their sentences the two stand, on average over the
            /// sentence pairs they meet in: 2 within a quarter of the sentence, 1 within about
            /// half of it, 0 further apart (coarse, so that only a clear difference decides).
            var place = 0
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
                      let found = evidence(source: source, sourceFolded: sourceFolded, target: target, targetForms: forms,
                                           parts: parts, count: count,
                                           sourceCount: sourceOccurrences[source]?.count ?? 0,
                                           targetCount: targetOccurrences[target]?.count ?? 0) else { continue }
                var score = found.0
                let evidence = found.1
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
                // Nor the front of a longer phrase, whose last word is no head: "hospital
                // emergency" of "Hospital emergency departments" for "Krankenhausgesellschaft".
                if evidence == "compositional, one part by position", let example = examples[source + "\u{1F}" + target],
                   Self.goesOnAsNoun(target, in: example.target) { continue }
                if evidence == "co-occurrence", Self.opensWithAdjectiveTheTermLacks(target, source: source) { continue }
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
                let placeFit = (placeTotals[source + "\u{1F}" + target] ?? 0) / Double(max(1, count))
                scoredPair.place = placeFit >= 0.75 ? 2 : placeFit >= 0.45 ? 1 : 0
                if !target.contains(" "), englishCapitalisedInside.contains(target), !englishCapitalisedAlone.contains(target),
                   !englishLowercase.contains(target.lowercased()), !Acronym.isAcronym(target) {
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
            // A piece of a phrase met as often stands where the phrase stands: its place never
            // beats the whole's ("electoral" of "electoral reform", whose middle is nearer the
            // German's by a word), so the longer phrase still goes first among them.
            for index in local.indices where local[index].place > 0 {
                let piece = " " + local[index].target + " "
                for other in local where other.place < local[index].place && other.count == local[index].count
                    && other.target.count > local[index].target.count && (" " + other.target + " ").contains(piece) {
                    local[index].place = other.place
                }
            }
            scored += local
        }
        // Competitive linking: best first; among equally sure pairs a translation before a name
        // spelled alike (the text's "Belarus" beside "Weißrussland"), then a word the text does
        // not capitalise only inside names (``Scored/free``), then the more exclusive one
        // (Dice: "Akzenttasten" goes with "dead keys" every time, with "dead" only some of the
        // times "dead" occurs), then the more frequent, then the pair whose terms stand at the
        // same place of their sentences (``Scored/place``: "Das Unternehmen plant Investitionen"
        // / "The company is planning investments" and once the other way round: Unternehmen /
        // company, not investment), then the longer English phrase (the
        // whole term where a shorter one is a piece of it), then the German term closer to it
        // in length (a headline and its lead name "Bundesnetzagentur" and "Engpässe" together
        // twice: the long name goes with "Federal Network Agency", the short word is left for
        // "shortage"); the terms' spelling last, so that the result never depends on the order
        // a dictionary happens to list them in.
        scored.sort { first, second in
            // (Tuples compare up to six elements: translation first, then a word free of names.)
            let left = (first.score, first.translated * 2 + first.free, first.dice, first.count, first.place)
            let right = (second.score, second.translated * 2 + second.free, second.dice, second.count, second.place)
            if left != right { return left > right }
            let leftRest = (first.target.count, first.lengthFit), rightRest = (second.target.count, second.lengthFit)
            return leftRest != rightRest ? leftRest > rightRest : (first.source, second.target) > (second.source, first.target)
        }
        // Is a run of words written somewhere with a word in lower case that the dictionary
        // capitalises ("southern Germany" against "Southern Germany")? The English sentences'
        // words, and where each word (in lower case) stands, are gathered when a term first asks
        // (only runs the dictionary capitalises do); a question then reads only the places its
        // first word stands. Cost: O(words) once, O(places of the first word) per question.
        var englishSentences: [[Substring]] = []
        var wordPlaces: [String: [(sentence: Int, position: Int)]]?
        func writtenInLowerCase(_ run: String, _ written: String) -> Bool {
            guard run.contains(" ") else { return englishLowercase.contains(run) }
            if wordPlaces == nil {
                englishSentences = pairs.map { $0.target.split(whereSeparator: { !$0.isLetter && $0 != "-" }) }
                var places: [String: [(sentence: Int, position: Int)]] = [:]
                for (sentence, words) in englishSentences.enumerated() {
                    for (position, word) in words.enumerated() {
                        // By its singular too: the term's head is ("members of parliament" is a
                        // run of "member of parliament").
                        let lower = word.lowercased(), singular = Lemmatizer.englishNoun(lower)
                        places[lower, default: []].append((sentence, position))
                        if singular != lower { places[singular, default: []].append((sentence, position)) }
                    }
                }
                wordPlaces = places
            }
            let runWords = run.split(separator: " ").map(String.init), writtenWords = written.split(separator: " ")
            for (sentence, position) in wordPlaces![runWords[0]] ?? [] {
                let words = englishSentences[sentence]
                guard position + runWords.count <= words.count else { continue }
                let found = words[position..<(position + runWords.count)]
                guard zip(found, runWords).allSatisfy({ $0.0.lowercased() == $0.1 || Lemmatizer.englishNoun($0.0.lowercased()) == $0.1 }) else { continue }
                if zip(found, writtenWords).contains(where: { $0.0.first?.isLowercase == true && $0.1.first?.isUppercase == true }) { return true }
            }
            return false
        }
        var linkedSources = Set<String>(), linkedTargets = Set<String>()
        /// Every run of whole words, in lower case, of the linked targets but the whole target.
        /// The pieces of the English phrases linked so far, each with the German terms linked
        /// to a phrase it is a piece of.
        var linkedPieces: [String: Set<String>] = [:]
        /// The targets each source was linked to, with the evidence.
        var linkedSenses: [String: [(target: String, evidence: String)]] = [:]
        /// A second sense of a linked German term: the dictionary gives both translations, the
        /// text uses them in different sentences, and they are different words (a build over
        /// many articles meets "Preis" as "prize" at a film festival and as "price" in a rail
        /// timetable; linked once, the glossary had only "prize", with the prices' "Preise"
        /// among its forms).
        func isAnotherSense(_ candidate: Scored) -> Bool {
            guard candidate.evidence == "dictionary", let senses = linkedSenses[candidate.source],
                  senses.allSatisfy({ $0.evidence == "dictionary" }) else { return false }
            let sentences = Set(sentencesTogether[candidate.source + "\u{1F}" + candidate.target] ?? [])
            return senses.allSatisfy { sense in
                sentences.isDisjoint(with: sentencesTogether[candidate.source + "\u{1F}" + sense.target] ?? [])
                    && Self.areOtherWords(candidate.target, sense.target)
            }
        }
        /// The sources each target was linked to, with the evidence.
        var linkedSynonyms: [String: [(source: String, evidence: String)]] = [:]
        /// A German synonym of a linked English term, on the same conditions the other way round:
        /// the dictionary gives both, the text uses them in different sentences, and they are
        /// different words ("Beschäftigte" and "Mitarbeiter" both "employees", a sentence apart;
        /// linked once, the glossary lost the one met second).
        func isAnotherSynonym(_ candidate: Scored) -> Bool {
            guard candidate.evidence == "dictionary", !linkedSources.contains(candidate.source), let sources = linkedSynonyms[candidate.target],
                  sources.allSatisfy({ $0.evidence == "dictionary" }) else { return false }
            let sentences = Set(sentencesTogether[candidate.source + "\u{1F}" + candidate.target] ?? [])
            return sources.allSatisfy { synonym in
                sentences.isDisjoint(with: sentencesTogether[synonym.source + "\u{1F}" + candidate.target] ?? [])
                    && Self.areOtherWords(candidate.source, synonym.source)
            }
        }
        // Co-occurrence alone cannot tell which of two words met together as often goes with
        // which: a headline and its lead both name "Haft", "Mord" and "Ehefrau", "life",
        // "murder" and "wife", and Dice favoured "life" for "Mord" only because the English
        // repeats "murder" where the German writes "Mordmerkmale". A single word paired with a
        // single word by co-occurrence, where the German has another such partner met as often
        // and the English another such German partner, is a guess unless it stands at a clearly
        // nearer place, the two pairs keep their order in every sentence pair that has all four
        // (``orderAgrees``), or the two words begin alike: linked, so that neither takes a worse
        // partner, but reported below the default threshold. (A phrase beside a word keeps the
        // length rule above: the long name goes with the long name.)
        // Cost: per such link, its partners' lists (a few per word); the sentences of every
        // single word are gathered once, when a tie first asks.
        var coOccurringBySource: [String: [Scored]] = [:], coOccurringByTarget: [String: [Scored]] = [:]
        for candidate in scored where candidate.evidence == "co-occurrence" && !candidate.source.contains(" ") && !candidate.target.contains(" ") {
            coOccurringBySource[candidate.source, default: []].append(candidate)
            coOccurringByTarget[candidate.target, default: []].append(candidate)
        }
        /// The terms linked by such guesses: still open to the others of their tie, so that the
        /// last pair of a headline's three is no surer than the first two.
        var guessedSources = Set<String>(), guessedTargets = Set<String>()
        /// The sentence pairs each single word stands in, gathered when a tie first asks.
        var sourceSentences: [String: [Int]]?, targetSentences: [String: [Int]]?
        /// Whether the two German words stand in the order of their two English partners in
        /// every sentence pair that has all four ("Länder wollen Abschüsse erleichtern" / "states
        /// want to make culling easier", and so in the lead): nil where none has.
        func orderAgrees(_ source: String, _ target: String, _ otherSource: String, _ otherTarget: String) -> Bool? {
            if sourceSentences == nil {
                var sources: [String: [Int]] = [:], targets: [String: [Int]] = [:]
                for (index, places) in sentenceWordPlaces.enumerated() {
                    for word in places.source.keys { sources[word, default: []].append(index) }
                    for word in places.target.keys { targets[word, default: []].append(index) }
                }
                sourceSentences = sources
                targetSentences = targets
            }
            let shared = Set(sourceSentences![source] ?? []).intersection(sourceSentences![otherSource] ?? [])
                .intersection(targetSentences![target] ?? []).intersection(targetSentences![otherTarget] ?? [])
            guard !shared.isEmpty else { return nil }
            return shared.allSatisfy { index in
                let places = sentenceWordPlaces[index]
                return (places.source[source]! < places.source[otherSource]!) == (places.target[target]! < places.target[otherTarget]!)
            }
        }
        func isUndecidedTie(_ candidate: Scored) -> Bool {
            guard candidate.evidence == "co-occurrence", !candidate.source.contains(" "), !candidate.target.contains(" "),
                  !Self.beginAlike(WordForms.folded(candidate.source), WordForms.folded(candidate.target)) else { return false }
            let alternatives = (coOccurringBySource[candidate.source] ?? []).filter {
                $0.target != candidate.target && (!linkedTargets.contains($0.target) || guessedTargets.contains($0.target)) && $0.count >= candidate.count
            }
            let rivals = (coOccurringByTarget[candidate.target] ?? []).filter {
                $0.source != candidate.source && (!linkedSources.contains($0.source) || guessedSources.contains($0.source)) && $0.count >= candidate.count
            }
            return alternatives.contains { alternative in
                rivals.contains { rival in
                    (alternative.place >= candidate.place || rival.place >= candidate.place)
                        && orderAgrees(candidate.source, candidate.target, rival.source, alternative.target) != true
                }
            }
        }
        /// The German words the text writes after an article ("die Polizei"), gathered when a
        /// term first asks: a common noun's mark, which a person's name lacks.
        var afterArticle: Set<Substring>?
        func writtenWithArticle(_ source: String) -> Bool {
            if afterArticle == nil {
                var words = Set<Substring>()
                for pair in pairs {
                    let tokens = pair.source.split(whereSeparator: { !$0.isLetter && $0 != "-" })
                    for index in tokens.indices.dropFirst() where Self.germanArticles.contains(tokens[index - 1].lowercased()) { words.insert(tokens[index]) }
                }
                afterArticle = words
            }
            return (sourceOccurrences[source]?.variants.keys.contains { afterArticle!.contains(Substring($0)) } ?? false)
                || afterArticle!.contains(Substring(source))
        }
        var result: [TermPair] = []
        /// Each result's key in `sentencesTogether` (its target before the casing rules).
        var resultKeys: [String] = []
        // A name both sentences give with its acronym is linked first: no piece of it is taken
        // by co-occurrence or by position, and neither name takes another partner. (A German
        // name met with two English ones keeps the more frequent.)
        func variants(_ counts: [String: Int]) -> [String] { counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key) }
        // Where other evidence finds the same pair as surely (the dictionary's "Europäische
        // Zentralbank"), it is the one reported. (One pass over the scored pairs, for the few names.)
        var otherEvidence: [String: Scored] = [:]
        if !namedByAcronym.isEmpty {
            for candidate in scored where candidate.score >= Self.acronymNameConfidence {
                let key = candidate.source + "\u{1F}" + candidate.target
                if namedByAcronym[key] != nil, otherEvidence[key] == nil { otherEvidence[key] = candidate }
            }
        }
        for (key, named) in namedByAcronym.sorted(by: { ($0.value.count, $1.key) > ($1.value.count, $0.key) })
        where !linkedSources.contains(named.name.source) && !linkedTargets.contains(named.name.target) {
            linkedSources.insert(named.name.source)
            linkedTargets.insert(named.name.target)
            linkedSenses[named.name.source, default: []].append((named.name.target, "named by its acronym"))
            linkedSynonyms[named.name.target, default: []].append((named.name.source, "named by its acronym"))
            for piece in Self.pieces(of: named.name.target) { linkedPieces[piece, default: []].insert(named.name.source) }
            let other = otherEvidence[key]
            guard Self.acronymNameConfidence >= threshold else { continue }
            // The acronym is a form of the name, after the forms written out ("THW" finds
            // Technisches Hilfswerk in a lookup).
            result.append(TermPair(source: named.name.source, target: named.name.target,
                                   sourceVariants: variants(named.sourceTexts) + [named.name.sourceAcronym],
                                   targetVariants: variants(named.targetTexts) + [named.name.targetAcronym], frequency: named.count,
                                   confidence: other?.score ?? Self.acronymNameConfidence, evidence: other?.evidence ?? "named by its acronym",
                                   example: named.example))
            resultKeys.append(key)
        }
        for candidate in scored {
            guard !linkedTargets.contains(candidate.target) && (!linkedSources.contains(candidate.source) || isAnotherSense(candidate))
                    || isAnotherSynonym(candidate) else { continue }
            // Co-occurrence alone cannot take a piece of a phrase already linked on better
            // evidence: its words are that phrase's translation ("Federal Network" of "Federal
            // Network Agency" / Bundesnetzagentur, met twice beside "Engpässen"); nor can a guess
            // by position ("armed forces" of Bundeswehr's "German armed forces" for Einsatzkräfte),
            // unless its German is the same piece of that phrase's German ("Verkaufspreis" /
            // "retail price" beside "empfohlener Verkaufspreis" / "recommended retail price";
            // "Buchmesse" / "book fair" beside "Frankfurter Buchmesse" / "Frankfurt Book Fair").
            // Nor a dictionary's translation with its adjective left out: the text's "works
            // council" is Betriebsrat's, no "council" for Vorstand (Ding: "executive council").
            if ["co-occurrence", "compositional, one part by position", "dictionary, without its adjective"].contains(candidate.evidence),
               let wholes = linkedPieces[candidate.target.lowercased()],
               !wholes.contains(where: { (" " + $0 + " ").contains(" " + candidate.source + " ") }) { continue }
            let isGuess = isUndecidedTie(candidate)
            if isGuess {
                guessedSources.insert(candidate.source)
                guessedTargets.insert(candidate.target)
            }
            linkedSources.insert(candidate.source)
            linkedTargets.insert(candidate.target)
            linkedSenses[candidate.source, default: []].append((candidate.target, candidate.evidence))
            linkedSynonyms[candidate.target, default: []].append((candidate.source, candidate.evidence))
            for piece in Self.pieces(of: candidate.target) { linkedPieces[piece, default: []].insert(candidate.source) }
            // Linked, so neither takes another partner; reported if sure enough. A proper name
            // spelled alike (Stoltenberg, Wendy) is a sure translation but rarely a glossary
            // entry: it is reported below the default threshold. Other words spelled alike are
            // reported below every other kind of evidence: text left untranslated (a keyword, a
            // menu item) and false friends (Gift / gift) spell alike too.
            let confidence: Double
            switch candidate.evidence {
            case "identical name": confidence = min(candidate.score, 0.6)
            case "identical": confidence = min(candidate.score, 0.8)
            default: confidence = isGuess ? min(candidate.score, Self.undecidedTieConfidence) : candidate.score
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
            if !Self.isPlaceOfAdjective(source: candidate.source, target: target) {
                target = Self.restoringCapitals(Self.commonNounCase(target, evidence: candidate.evidence,
                                                                    capitalisedInside: englishCapitalisedInside,
                                                                    capitalisedAlone: englishCapitalisedAlone,
                                                                    capitalisedInTitles: englishCapitalisedInTitles,
                                                                    germanWithArticle: candidate.evidence == "cognate" && writtenWithArticle(candidate.source)),
                                                from: dictionary, writtenInLowerCase: writtenInLowerCase)
            }
            // A Latin or Greek plural the text writes ("criteria", "phenomena") is given as the
            // dictionary's singular ("criterion") like any other plural, where the German is none.
            if candidate.evidence == "dictionary", !Lemmatizer.isGermanPluraleTantum(candidate.source), !german.isListedPluralOnly(candidate.source),
               let singular = dictionary.targets(of: WordForms.folded(candidate.source)).sorted()
                   .first(where: { Self.isClassicalPlural(WordForms.folded(target.lowercased()), of: $0) }) {
                target = dictionary.targetSpelling(singular) ?? singular
            }
            // A German noun used only in the plural keeps the English plural the text writes
            // ("Kosten" / "costs", "Materialkosten" / "material costs"; the dictionary's plural
            // nouns too: "Streitkräfte" / "forces"), where the text writes it so at all ("the
            // cost of …" beside "the enormous costs": "costs").
            if Lemmatizer.isGermanPluraleTantum(candidate.source) || german.isListedPluralOnly(candidate.source),
               let written = targetVariants.first(where: { Lemmatizer.englishPhrase($0) != $0 }) ?? targetVariants.first {
                target = Self.keepingPlural(target, written: written)
            }
            // An adjective met only opening its sentence is written in lower case
            // (``GermanTermCandidates/openingAdjectivePhrase(_:_:lemma:)``). Where the English is
            // a name, the German is one too ("Goldener Bär" / "Golden Bear" in a headline);
            // otherwise it is a term only where the dictionary lists it ("künstliche
            // Intelligenz"), as inside a sentence: "Steigende Zinsen belasten …" names no
            // "steigender Zins". A name capitalises all its words: "German pupils" is none, its
            // capital being the nationality's ("Deutsche Schüler so schwach wie nie").
            var source = candidate.source
            if source.first?.isLowercase == true, source.contains(" "), sourceVariants.allSatisfy({ $0.first?.isUppercase == true }) {
                let isName = target.split(separator: " ").allSatisfy { $0.first?.isUppercase == true || StopWords.english.contains($0.lowercased()) }
                if isName {
                    source = source.prefix(1).uppercased() + source.dropFirst()
                } else if dictionary.translations[WordForms.folded(source)] == nil {
                    continue
                }
            }
            result.append(TermPair(source: source,
                                   target: target,
                                   sourceVariants: sourceVariants,
                                   targetVariants: targetVariants, frequency: candidate.count,
                                   confidence: (confidence * 1000).rounded() / 1000, evidence: candidate.evidence,
                                   example: examples[candidate.source + "\u{1F}" + candidate.target] ?? .init(source: "", target: "")))
            resultKeys.append(candidate.source + "\u{1F}" + candidate.target)
        }
        // A name's last words, met only inside the name, are no entry of their own: "Europäisches
        // Asylsystem" / "European Asylum System" of "Gemeinsames Europäisches Asylsystem" /
        // "Common European Asylum System". (A common noun's stays: "Asylsystem" / "asylum system".)
        // As written, too: "Deutscher Verkehrsunternehmen" / "German Transport Companies" of
        // "Verband Deutscher Verkehrsunternehmen" / "Association of German Transport Companies"
        // (a genitive and a plural, whose base forms are no suffixes of the name's).
        let names = result.filter { $0.source.contains(" ") && $0.target.contains(" ") }
        func ends(_ whole: TermPair, on piece: TermPair) -> Bool {
            ([whole.source] + whole.sourceVariants).contains { long in ([piece.source] + piece.sourceVariants).contains { long.hasSuffix(" " + $0) } }
                && ([whole.target] + whole.targetVariants).contains { long in ([piece.target] + piece.targetVariants).contains { long.hasSuffix(" " + $0) } }
        }
        let kept = result.indices.filter { index in
            let pair = result[index]
            return !(pair.source.contains(" ") && pair.target.split(separator: " ").allSatisfy { $0.first?.isUppercase == true }
                && names.contains { name in name.frequency >= pair.frequency && ends(name, on: pair) })
        }
        (result, resultKeys) = (kept.map { result[$0] }, kept.map { resultKeys[$0] })
        // Quoted titles: a work's name and its translation ("Die Stimme des Windes" / "The Voice
        // of the Wind"), below translations proper, like names spelled alike.
        let linkedTitles = Set(result.map(\.source))
        for title in titles.values.sorted(by: { ($0.source, $0.target) < ($1.source, $1.target) })
        where Self.titleConfidence >= threshold && !linkedTitles.contains(title.source) {
            result.append(TermPair(source: title.source, target: title.target, sourceVariants: [title.source], targetVariants: [title.target],
                                   frequency: title.count, confidence: Self.titleConfidence, evidence: "quoted title", example: title.example))
            resultKeys.append(title.source + "\u{1F}" + title.target)
        }
        // A term with two senses lists, for each, the forms of the sentences of that sense.
        for indices in Dictionary(grouping: result.indices, by: { result[$0].source }).values where indices.count > 1 {
            for index in indices {
                var counts: [String: Int] = [:]
                for pairIndex in sentencesTogether[resultKeys[index]] ?? [] {
                    for text in sourceTexts[pairIndex][result[index].source] ?? [] { counts[text, default: 0] += 1 }
                }
                result[index].sourceVariants = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            }
        }
        // (The target last: a term's two senses may be as sure and as frequent.)
        return result.sorted { ($0.confidence, $0.frequency, $1.source, $1.target) > ($1.confidence, $1.frequency, $0.source, $0.target) }
    }
}
