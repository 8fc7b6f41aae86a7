import GlossaCore

extension TermLinker {
    /// Which candidates of a sentence pair stand inside quotes, where both sentences quote
    /// (``QuotedSpans``): a German term inside quotes pairs only with an English one inside
    /// ("Stimme des Windes" of „Die Stimme des Windes“ was paired with "Iranian drama" beside
    /// it), the words of a quotation both sentences write alike pair with nothing, and a title
    /// both quote is a pair of its own.
    struct QuotedCandidates {
        /// Base forms (German and English) inside quotes (true) or outside (false), where that
        /// is the same at every place the candidate stands in its sentence.
        var source: [String: Bool] = [:]
        var target: [String: Bool] = [:]
        /// Base forms inside a quotation both sentences write alike.
        var alike = Set<String>()
        /// A title both sentences quote, each its only quotation, as written: („Die Stimme des
        /// Windes“, "The Voice of the Wind").
        var title: (source: String, target: String)?

        func agree(_ sourceBase: String, _ targetBase: String) -> Bool {
            guard let inside = source[sourceBase], let other = target[targetBase] else { return true }
            return inside == other
        }
    }

    /// - Complexity: O(candidates · sentence length); nothing for a pair where one side does
    ///   not quote.
    static func quotedCandidates(_ pair: AlignedPair, _ sourceCandidates: [TermCandidate],
                                 _ targetCandidates: [TermCandidate]) -> QuotedCandidates {
        var result = QuotedCandidates()
        guard let sourceSpans = QuotedSpans.ranges(in: pair.source, german: true), !sourceSpans.isEmpty,
              let targetSpans = QuotedSpans.ranges(in: pair.target, german: false), !targetSpans.isEmpty else { return result }
        let sourceTexts = QuotedSpans.texts(of: sourceSpans, in: pair.source), targetTexts = QuotedSpans.texts(of: targetSpans, in: pair.target)
        let alikeTexts = Set(sourceTexts).intersection(targetTexts)
        let alikeSource = sourceSpans.indices.filter { alikeTexts.contains(sourceTexts[$0]) }.map { sourceSpans[$0] }
        let alikeTarget = targetSpans.indices.filter { alikeTexts.contains(targetTexts[$0]) }.map { targetSpans[$0] }
        /// Each candidate's place (inside or outside), and those inside an alike quotation.
        func classify(_ candidates: [TermCandidate], in sentence: String, spans: [Range<Int>],
                      alikeSpans: [Range<Int>]) -> (flags: [String: Bool], alike: Set<String>) {
            var flags: [String: Bool] = [:], mixed = Set<String>(), alike = Set<String>()
            for candidate in candidates {
                if !alikeSpans.isEmpty, QuotedSpans.isQuoted(candidate.text, in: sentence, spans: alikeSpans) == true {
                    alike.insert(candidate.base)
                }
                guard let inside = QuotedSpans.isQuoted(candidate.text, in: sentence, spans: spans) else {
                    mixed.insert(candidate.base)
                    continue
                }
                if let earlier = flags[candidate.base], earlier != inside { mixed.insert(candidate.base) }
                flags[candidate.base] = inside
            }
            for base in mixed { flags[base] = nil }
            return (flags, alike)
        }
        let source = classify(sourceCandidates, in: pair.source, spans: sourceSpans, alikeSpans: alikeSource)
        let target = classify(targetCandidates, in: pair.target, spans: targetSpans, alikeSpans: alikeTarget)
        result.source = source.flags
        result.target = target.flags
        result.alike = source.alike.union(target.alike)
        if sourceSpans.count == 1, targetSpans.count == 1, alikeTexts.isEmpty {
            let german = String(decoding: Array(pair.source.utf8)[sourceSpans[0]], as: UTF8.self)
            let english = String(decoding: Array(pair.target.utf8)[targetSpans[0]], as: UTF8.self)
            if isTitle(german: german, english: english) { result.title = (german, english) }
        }
        return result
    }

    /// Whether two quotations are a title and its translation, not a statement or scare quotes:
    /// the English in title case (every word capitalised but short function words, two words
    /// or more: "Night Train to Lisbon"), the German opening with a capital, up to eight words,
    /// neither with a sentence's punctuation ("„extrem kritisch“" / "extremely critical" and
    /// „Das Urteil schafft endlich Klarheit …“ are none).
    static func isTitle(german: String, english: String) -> Bool {
        let germanWords = german.split(separator: " "), englishWords = english.split(separator: " ")
        guard (1...8).contains(germanWords.count), (2...10).contains(englishWords.count),
              german.first?.isUppercase == true,
              !hasSentencePunctuation(german), !hasSentencePunctuation(english) else { return false }
        return isEnglishTitleCase(englishWords)
    }

    /// Every word capitalised but short function words after the first ("Wanderer above the
    /// Sea of Fog"), two words or more.
    static func isEnglishTitleCase(_ words: [Substring]) -> Bool {
        words.count >= 2 && words.enumerated().allSatisfy { index, word in
            word.first?.isUppercase == true || index > 0 && titleFunctionWords.contains(word.lowercased())
        }
    }

    /// The byte ranges of an English sentence's quotations in title case, without a sentence's
    /// punctuation: titles ("Monastery Graveyard in the Snow"), whose capitals are the
    /// title's, not a name's.
    static func englishTitleSpans(in sentence: String) -> [Range<Int>] {
        guard let spans = QuotedSpans.ranges(in: sentence, german: false), !spans.isEmpty else { return [] }
        let bytes = Array(sentence.utf8)
        return spans.filter { span in
            let text = String(decoding: bytes[span], as: UTF8.self)
            return !hasSentencePunctuation(text) && isEnglishTitleCase(text.split(separator: " "))
        }
    }

    /// A statement's punctuation, which no title has.
    static func hasSentencePunctuation(_ text: String) -> Bool {
        text.contains { ".,;:!?".contains($0) }
    }

    /// Words a title leaves in lower case ("Night Train to Lisbon", "The Voice of the Wind",
    /// "Wanderer above the Sea of Fog").
    static let titleFunctionWords: Set<String> = [
        "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "and", "or", "but", "with", "from", "as", "into", "over", "vs",
        "above", "below", "under", "about", "after", "before", "between", "through", "without", "within", "upon", "against",
        "among", "off", "up", "out", "nor",
    ]
}
