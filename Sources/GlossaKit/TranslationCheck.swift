import GlossaAlign
import GlossaCore

/// Catches two texts that are not translations of each other (the wrong article paired, a
/// folder's files mixed up), before their sentence pairs go into a memory. The aligner pairs
/// sentences of any two texts by their lengths; only the words tell whether the pairs are
/// translations: in a translation a good share of each linked sentence's words find a partner
/// on the other side (names, numbers, cognates, exonyms), between unrelated texts almost none
/// do. A dictionary's translations are not counted: Ding doubled the share for translations and
/// unrelated articles on the same news alike (0.41–0.57 against up to 0.091).
public enum TranslationCheck {
    /// Below this share of matched words a text is no translation of the other. Measured:
    /// translations 0.18–0.43 (seven news, report and sports articles, one loosely translated;
    /// the alignment benchmark's documents 0.28–0.30), unrelated articles 0–0.042 (eight
    /// pairings, two of them articles on the same economic news), with or without Ding.
    static let minimumMatchRate = 0.08
    /// With fewer 1-1 links than this there is too little to tell.
    static let linksToTell = 5

    public static func mismatch(_ result: DocumentAlignment, sourceName: String, targetName: String) -> String? {
        guard let support = result.lexicalSupport, support.oneToOneLinks >= linksToTell,
              support.matchRate < minimumMatchRate else { return nil }
        let percent = Int((support.matchRate * 100).rounded())
        return "\(targetName) does not look like a translation of \(sourceName): the words of their sentence pairs hardly ever "
            + "match (\(percent)% of names, numbers and related words find a partner, against 18–45% in translations); "
            + "check that the two files belong together"
    }
}

extension DocumentAlignment {
    /// What makes the alignment unfit to use: a text in the wrong language, or two texts that
    /// are not translations of each other; nil if neither.
    public func problem(sourceName: String, targetName: String) -> String? {
        LanguageCheck.mismatch(self, sourceName: sourceName, targetName: targetName)
            ?? TranslationCheck.mismatch(self, sourceName: sourceName, targetName: targetName)
    }
}
