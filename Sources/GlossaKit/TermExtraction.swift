import Foundation
import GlossaAlign
import GlossaCore
import GlossaExchange

extension Glossa {
    /// Term pairs of aligned text.
    public static func terms(of alignment: DocumentAlignment, dictionary: BilingualDictionary = .init(),
                             threshold: Double = TermLinker.defaultThreshold) throws(SegmentationError) -> [TermPair] {
        try TermLinker(dictionary: dictionary).link(alignment.pairs, threshold: threshold)
    }

    /// A Ding dictionary (Debian's trans-de-en) read for the words of `texts` only.
    public static func dingDictionary(bytes: [UInt8], for texts: [String]) -> BilingualDictionary {
        var needed = Set<String>()
        for text in texts {
            let words = text.split(whereSeparator: { !$0.isLetter && $0 != "-" })
            // A lower-case adjective and the noun after it, as the dictionary lists such terms
            // ("künstliche Intelligenz"): every headword ending with the noun and its base form.
            // (Not after a function word: "eine Stadt" would let thousands of Ding's lines past the
            // byte filter below for nothing.) Also capitalised, as it opens a sentence ("Gelbe
            // Karte für …").
            for (written, noun) in zip(words, words.dropFirst()) where noun.first?.isUppercase == true {
                let adjective = written.prefix(1).lowercased() + written.dropFirst()
                guard GermanTermCandidates.mayBeInflectedAdjective(adjective) else { continue }
                let nouns = Set([String(noun), Lemmatizer.germanNoun(String(noun))])
                guard let stem = GermanTermCandidates.adjectiveStem(adjective) else { continue }
                for ending in GermanTermCandidates.headwordAdjectiveEndings {
                    for form in nouns { needed.insert(WordForms.folded(stem + ending + " " + form)) }
                }
            }
            for word in words {
                let folded = WordForms.folded(String(word))
                needed.insert(folded)
                // Inflected adjectives are listed under their stem ("offenen" → "offen"); nouns
                // under their base form.
                var forms = [folded]
                for ending in ["en", "er", "es", "em", "e", "s", "n"] where folded.hasSuffix(ending) && folded.count > ending.count + 2 {
                    forms.append(String(folded.dropLast(ending.count)))
                }
                // And the lemmatizer's base form, where it undoes more than an ending
                // ("Zugeständnissen" → "Zugeständnis").
                if word.first?.isUppercase == true { forms.append(WordForms.folded(Lemmatizer.germanNoun(String(word)))) }
                needed.formUnion(forms)
                // Compound parts are looked up too: every prefix (also as a modifier entry) and
                // suffix of four letters or more (three for a head), of the word and of its stems ("Truppenaufmarsches": "aufmarsch"), and
                // the heads after a noun of two or three letters ("Gaspreise": "gas", "preise").
                // Cost: O(length²) keys for a long word; reading Ding takes as long either way.
                for form in forms {
                    let scalars = Array(form)
                    guard scalars.count >= 6 else { continue }
                    for cut in 2...(scalars.count - 3) {
                        // Ding's compound modifiers ("Bundes… :: federal") and heads of three
                        // letters ("Bundes|amt") for compounds split for their parts' sake.
                        needed.insert(String(scalars[..<cut]) + "…")
                        needed.insert(String(scalars[cut...]))
                        if cut <= scalars.count - 4 { needed.insert(String(scalars[..<cut])) }
                    }
                    // And the middle parts of long compounds ("Inflations|ausgleichs|prämie":
                    // "ausgleich"), between two parts of three letters or more.
                    guard scalars.count >= 11 else { continue }
                    for start in 3...(scalars.count - 8) {
                        for end in (start + 4)...(scalars.count - 3) { needed.insert(String(scalars[start..<end])) }
                    }
                }
            }
        }
        return DingDictionaryReader.read(bytes: bytes, keeping: needed, fold: WordForms.folded)
    }
}
