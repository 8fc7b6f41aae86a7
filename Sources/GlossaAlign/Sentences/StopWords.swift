/// Function words, which carry no evidence about which sentences are translations of each
/// other; the aligner leaves them out of its lexical comparison.
enum StopWords {
    static let german: Set<String> = [
        "der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen", "und", "oder", "aber",
        "als", "auch", "auf", "aus", "bei", "bis", "da", "dass", "daß", "damit", "dann", "darauf", "darum", "dazu", "dem",
        "denn", "doch", "durch", "er", "es", "sie", "ihr", "ihre", "ihren", "ihrem", "ihrer", "ihres", "sein", "seine",
        "seinen", "seinem", "seiner", "seines", "für", "gegen", "hat", "haben", "habe", "hatte", "hatten", "hätten", "ist",
        "sind", "war", "waren", "wird", "werden", "werde", "wurde", "wurden", "sei", "seien", "im", "in", "ins", "am",
        "an", "ans", "mit", "nach", "nicht", "noch", "nur", "ob", "sich", "so", "über", "um", "unter", "vom", "von",
        "vor", "wie", "wir", "was", "wenn", "weil", "zu", "zum", "zur", "zwischen", "man", "mehr", "sehr", "schon",
        "dieser", "diese", "dieses", "diesem", "diesen", "jeder", "jede", "jedes", "kein", "keine", "keinen", "können",
        "kann", "muss", "müsse", "soll", "sollte", "sollten", "will", "wollen", "dort", "hier", "heute", "jetzt", "etwa",
        "rund", "sowie", "bereits", "dabei", "dagegen", "trotzdem", "zudem", "zugleich", "gleichzeitig", "demnach",
        "allen", "alle", "allem", "beiden", "beide", "andere", "anderen", "anderer", "weiter", "weitere", "weiteren",
        "ich", "du", "ihm", "ihn", "uns", "euch", "mir", "mich", "dir", "dich", "wo", "wer", "wann", "warum", "worden",
    ]

    static let english: Set<String> = [
        "the", "a", "an", "and", "or", "but", "as", "also", "on", "at", "by", "to", "of", "in", "into", "for", "from",
        "with", "without", "about", "after", "before", "between", "over", "under", "that", "this", "these", "those",
        "there", "here", "it", "its", "he", "she", "they", "them", "their", "his", "her", "we", "our", "us", "you",
        "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
        "would", "shall", "should", "can", "could", "may", "might", "must", "do", "does", "did", "not", "no", "so",
        "than", "then", "when", "what", "which", "who", "whom", "whose", "why", "how", "if", "while", "all", "any",
        "each", "every", "some", "such", "other", "others", "more", "most", "very", "only", "just", "now", "still",
        "even", "however", "nevertheless", "around", "some", "up", "out", "said", "says", "told", "stressed",
    ]

    static func set(for language: String) -> Set<String> {
        switch language {
        case "de": return german
        case "en": return english
        default: return []
        }
    }
}
