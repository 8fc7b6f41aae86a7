/// The American spelling of a British English word or phrase, for a dictionary written in
/// British English (Ding: "labour market", "colour", "organisation", "centre", "defence") read
/// against American text ("labor market data"). The rules cover the regular differences: -our
/// / -or, -ise / -ize (and -isation, -yse), -tre / -ter, -ogue / -og, and a few whole words
/// (defence, licence, programme, grey, tyre, cheque …). A rule that misfires ("contour" → "contor") only adds a spelling no text has; doubled
/// consonants (travelled / traveled) are left out, where the rule would make real words
/// ("filled" → "filed").
/// - Complexity: O(length).
public enum AmericanSpelling {
    /// The American form, or nil when it is the same. `british` is folded (lower case).
    public static func variant(of british: String) -> String? {
        var changed = false
        let words = british.split(separator: " ", omittingEmptySubsequences: false).map { word -> String in
            let american = americanWord(String(word))
            if american != word { changed = true }
            return american
        }
        return changed ? words.joined(separator: " ") : nil
    }

    private static func americanWord(_ word: String) -> String {
        // Hyphenated compounds word by word ("labour-intensive").
        if word.contains("-") { return word.split(separator: "-", omittingEmptySubsequences: false).map { americanWord(String($0)) }.joined(separator: "-") }
        guard word.count >= 5 else { return word }
        if let whole = wholeWords[word] { return whole }
        for (british, american) in endings where word.hasSuffix(british) && word.count - british.count >= 2 {
            return String(word.dropLast(british.count)) + american
        }
        return word
    }

    /// Endings, each before the shorter ones it ends with ("ours" before "our").
    private static let endings: [(String, String)] = [
        ("isations", "izations"), ("isation", "ization"), ("ourable", "orable"), ("ouring", "oring"), ("ourite", "orite"),
        ("ourites", "orites"), ("oured", "ored"), ("ising", "izing"), ("ysing", "yzing"), ("ised", "ized"), ("ises", "izes"),
        ("ysed", "yzed"), ("yses", "yzes"), ("ours", "ors"), ("ogues", "ogs"), ("tres", "ters"), ("ogue", "og"), ("ise", "ize"),
        ("yse", "yze"), ("our", "or"), ("tre", "ter"),
    ]

    /// Words the endings cannot tell.
    private static let wholeWords = [
        "defence": "defense", "licence": "license", "offence": "offense", "pretence": "pretense", "programme": "program",
        "programmes": "programs", "grey": "gray", "tyre": "tire", "tyres": "tires", "kerb": "curb", "plough": "plow",
        "cheque": "check", "cheques": "checks", "aluminium": "aluminum", "storey": "story", "sceptical": "skeptical",
    ]
}
