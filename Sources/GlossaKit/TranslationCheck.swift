import GlossaAlign
import GlossaCore

/// Catches two texts that are not translations of each other (the wrong article paired, a
/// folder's files mixed up), before their sentence pairs go into a memory. The aligner pairs
/// sentences of any two texts by their lengths; only the words tell whether the pairs are
/// translations: in a translation a good share of each linked sentence's words find a partner
/// on the other side (names, numbers, cognates, exonyms), between unrelated texts almost none
/// do. A dictionary's translations are not counted: Ding doubled the share for translations and
/// unrelated articles on the same news alike (0.41–0.57 against up to 0.091). Where few words
/// match, the links' confidence decides: the lengths of a translation's sentences follow each
/// other, an unrelated text's do not.
public enum TranslationCheck {
    /// Below this share of matched words a text is no translation of the other. Measured:
    /// translations 0.18–0.43 (seven news, report and sports articles, one loosely translated;
    /// the alignment benchmark's documents 0.28–0.30), unrelated articles 0–0.042 (eight
    /// pairings, two of them articles on the same economic news), with or without Ding.
    static let minimumMatchRate = 0.08
    /// With fewer 1-1 links than this there is too little to tell.
    static let linksToTell = 5
    /// At or above this mean link confidence the sentences' lengths confirm each other as a
    /// translation's do, whatever their words: a recipe or a business letter has few names,
    /// numbers and cognates (a recipe's translation matched 4% of them, the unrelated articles
    /// up to 4.2%). Measured over 57 translations: 0.930–0.995; over 25 pairings of unrelated
    /// articles: 0.712–0.877.
    static let confidenceOfATranslation = 0.9

    public static func mismatch(_ result: DocumentAlignment, sourceName: String, targetName: String) -> AlignmentProblem? {
        guard let support = result.lexicalSupport, support.oneToOneLinks >= linksToTell,
              support.matchRate < minimumMatchRate, !result.links.isEmpty else { return nil }
        let meanConfidence = result.links.reduce(0) { $0 + $1.confidence } / Double(result.links.count)
        guard meanConfidence < confidenceOfATranslation else { return nil }
        return .notATranslation(source: sourceName, target: targetName, matchPercent: Int((support.matchRate * 100).rounded()))
    }
}

/// Why an alignment is unfit to use, with a message that names the files and what to do.
public enum AlignmentProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file reads as the other language: the files were given in the wrong order.
    case swappedLanguage(file: String, looksLike: String, givenAs: String)
    /// The file reads as neither language glossa was told (a French version given as English).
    case notInLanguage(file: String, language: String, commonWordPercent: Int)
    /// The two texts are no translations of each other.
    case notATranslation(source: String, target: String, matchPercent: Int)

    public var description: String {
        switch self {
        case .swappedLanguage(let file, let looksLike, let givenAs):
            "\(file) looks like \(looksLike) text, but it was given as the \(givenAs) side; check the order of the files (source first)"
        case .notInLanguage(let file, let language, let percent):
            "\(file) does not look like \(language) text (\(percent)% of its words are common \(language) words, against 30–50% in "
                + "\(language) prose); give the \(language) version (glossa align takes other languages with --source-lang / --target-lang)"
        case .notATranslation(let source, let target, let percent):
            "\(target) does not look like a translation of \(source): the words of their sentence pairs hardly ever "
                + "match (\(percent)% of names, numbers and related words find a partner, against 18–45% in translations); "
                + "check that the two files belong together"
        }
    }
}

extension DocumentAlignment {
    /// What makes the alignment unfit to use: a text in the wrong language, or two texts that
    /// are not translations of each other; nil if neither.
    public func problem(sourceName: String, targetName: String) -> AlignmentProblem? {
        LanguageCheck.mismatch(self, sourceName: sourceName, targetName: targetName)
            ?? TranslationCheck.mismatch(self, sourceName: sourceName, targetName: targetName)
    }
}
