import GlossaCore

/// Base forms of nouns, by rule: German plural and case endings, English plurals. No lexicon:
/// the rules are ordered from the most specific ending to the least, and a `known` set (words
/// seen in the corpus or a dictionary) is preferred when it holds a candidate.
///
/// - Complexity: O(length) per word.
public enum Lemmatizer {
    /// German noun endings, most specific first: (ending, replacement).
    static let germanEndings: [(String, String)] = [
        ("ungen", "ung"), ("heiten", "heit"), ("keiten", "keit"), ("schaften", "schaft"), ("nisse", "nis"),
        ("nissen", "nis"), ("essen", "esse"), ("innen", "in"), ("ionen", "ion"), ("täten", "tät"), ("eien", "ei"), ("ien", "ie"), ("ären", "äre"),
        ("uren", "ur"), ("iken", "ik"), ("metern", "meter"),
        ("eren", "ere"), ("elen", "ele"), ("anten", "ant"), ("enten", "ent"), ("isten", "ist"), ("ysten", "yst"), ("iven", "ive"), ("enzen", "enz"), ("anzen", "anz"),
        ("ismus", "ismus"), ("es", ""), ("en", ""), ("er", "er"), ("s", ""), ("n", ""), ("e", "e"),
    ]

    /// The base form of a German noun ("Einflusssphären" → "Einflusssphäre",
    /// "Sicherheitsgarantien" → "Sicherheitsgarantie", "Krieges" → "Krieg"). Words in `known`
    /// are their own base form unless a shorter known form exists.
    public static func germanNoun(_ word: String, known: Set<String> = []) -> String {
        guard word.count > 3, !Acronym.isAcronym(word) else { return word }
        // Place names are capitalised: the folding (an allocation) only for those, since the
        // compound splitter asks about every lower-case piece it tries.
        if word.first?.isUppercase == true, Exonyms.isPlaceName(WordForms.folded(word)) { return word }
        // Plural-only nouns, some also as the head of a compound (Nebenkosten, Kaufleute).
        let lower = word.lowercased()
        if isGermanPluraleTantum(word) { return word }
        // An English loan's plural in -ies (Repositories), when the text has the singular in -y.
        if lower.hasSuffix("ies"), known.contains(String(word.dropLast(3)) + "y") { return String(word.dropLast(3)) + "y" }
        // A noun in -en whose genitive in -ens the text also has is a singular ("Treffen",
        // "Treffens"): a nominalised verb, not a plural.
        if word.hasSuffix("en"), known.contains(word + "s") || germanNounsInEn.contains(word) || hasHeadInEn(word) { return word }
        // A hyphenated compound inflects on its last part.
        if let hyphen = word.lastIndex(of: "-") {
            let head = String(word[word.index(after: hyphen)...])
            return String(word[...hyphen]) + germanNoun(head, known: known)
        }
        if let singular = irregularGermanSingular(word, lower: lower) { return singular }
        for (ending, replacement) in germanEndings where word.hasSuffix(ending) {
            let stem = String(word.dropLast(ending.count))
            guard stem.count >= 3 else { continue }
            let candidate = stem + replacement
            if candidate == word { return word }
            // Bare -s, -n, -es, -en are only case or plural endings after the right letters.
            switch ending {
            case "s":
                // Genitive -s (Rats, Landes are caught by -es): not after s, x, z, nor in -nis, -us,
                // nor -eis (Preis, Kreis, Hinweis: nouns in -ei are feminine, with no genitive -s).
                if stem.hasSuffix("s") || stem.hasSuffix("x") || stem.hasSuffix("z") || word.hasSuffix("us") || word.hasSuffix("eis") { continue }
                // Nor in -nis (Bündnis), -tis (Antarktis, Bronchitis), -sis (Basis), -xis (Praxis;
                // "Taxis" stays a plural rather than "Praxi" a word), Kürbis.
                if germanEndingsKeepingS.contains(where: { lower.hasSuffix($0) }) { continue }
                // Nor the heads of finance and everyday compounds whose s is their own
                // ("Wechselkurs", "Leitzins", "Gips"): a genitive of "Kur" or "Zin" is no reading.
                if germanNounsInS.contains(where: { lower.hasSuffix($0) }) { continue }
            case "es":
                // Genitive -es after a consonant cluster (Krieges, Aufmarsches), not "-ses" of a plural.
                guard let last = stem.last, !"aeiouäöü".contains(last) else { continue }
                if !known.isEmpty, !known.contains(candidate), known.contains(stem + "e") { return stem + "e" }
            case "en":
                // Weak plural of nouns in -at, -ant, -ent, -ist, -graf, -om (Soldaten, Staaten,
                // Diplomaten, Fotografen, Ökonomen); elsewhere -en is more often -e + n (Seiten,
                // Strafen, Virologen, Minuten, Blockaden), left to the -n rule.
                if known.contains(stem) { return stem }
                if known.contains(stem + "e") { return stem + "e" }
                // A compound whose head the text writes alone ("Wettersatelliten" beside
                // "Satellit", "Haftstrafen" beside "Strafe").
                if let head = knownHead(of: stem, known: known) { return head }
                // Latin nouns in -or too (Autoren, Sektoren, Investoren), not a short -ore (Sporen).
                let latinInOr = stem.hasSuffix("or") && stem.count >= 5
                guard latinInOr || ["at", "ant", "ent", "ist", "graf", "om"].contains(where: { stem.hasSuffix($0) }) else { continue }
            case "n":
                // Plural -n after -e, -el, -er (Sphären is caught above; Kugeln, Bauern).
                guard stem.hasSuffix("e") || stem.hasSuffix("el") || stem.hasSuffix("er") else { continue }
                if stem.hasSuffix("er"), !known.contains(stem) { continue }
            default:
                break
            }
            return candidate
        }
        return word
    }

    /// The base form of a compound ending in `stem` + "en" whose head the text writes alone as
    /// a noun: `stem` if it ends in a known noun ("Wettersatellit" of "Satellit"), `stem` + "e"
    /// if that does ("Haftstrafe" of "Strafe"). Heads of four letters or more, the longest first.
    /// - Complexity: O(length) set lookups, each allocating the head; only for words in -en.
    static func knownHead(of stem: String, known: Set<String>) -> String? {
        let lower = Array(stem.lowercased())
        guard !known.isEmpty, lower.count >= 7 else { return nil }
        for start in 3...(lower.count - 4) {
            let head = String(lower[start...])
            let capitalised = head.prefix(1).uppercased() + head.dropFirst()
            if known.contains(capitalised) { return stem }
            if known.contains(capitalised + "e") { return stem + "e" }
        }
        return nil
    }

    /// Endings whose final s belongs to the noun: Bündnis, Antarktis, Basis, Praxis, Kürbis;
    /// the few other nouns in -is (Cannabis, Iris, Metropolis, Epidermis, Hybris). Any other -is
    /// is the plural of a short word in -i, a growing kind (Promis, Azubis, Unis, Taxis).
    static let germanEndingsKeepingS = ["nis", "tis", "sis", "xis", "rbis", "cannabis", "iris", "polis", "ermis", "hybris", "syphilis"]

    /// The singular of a plural no ending rule undoes, alone or as a compound's head, also in
    /// the dative: "Pflegekräften" → "Pflegekraft", "Arbeitsplätze" → "Arbeitsplatz",
    /// "Mitglieder" → "Mitglied", "Ministerien" → "Ministerium", "Risiken" → "Risiko". Without
    /// a dictionary these stayed plural (or lost a Latin ending: "Ministerie", "Theme").
    /// - Complexity: one dictionary lookup by the last four letters, then a suffix test per
    ///   head that ends in them, the longest first.
    static func irregularGermanSingular(_ word: String, lower: String) -> String? {
        // The table's entries by their last four letters: one lookup for most words (the
        // compound splitter asks this of every piece it tries).
        guard lower.count >= 4, let entries = germanIrregularPluralsByEnding[String(lower.suffix(4))] else { return nil }
        for (form, singular) in entries where lower.hasSuffix(form) {
            let prefix = word.dropLast(form.count)
            return prefix.isEmpty ? singular.prefix(1).uppercased() + singular.dropFirst() : String(prefix) + singular
        }
        return nil
    }

    /// ``germanIrregularPlurals`` and their datives in -n, keyed by their last four letters,
    /// the longest form first.
    static let germanIrregularPluralsByEnding: [String: [(String, String)]] = {
        var table: [String: [(String, String)]] = [:]
        for (plural, singular) in germanIrregularPlurals {
            for form in plural.hasSuffix("n") ? [plural] : [plural, plural + "n"] {
                table[String(form.suffix(4)), default: []].append((form, singular))
            }
        }
        return table.mapValues { $0.sorted { $0.0.count > $1.0.count } }
    }()

    /// Plural heads and their singulars: umlaut plurals, -er plurals, Latin and Greek ones.
    /// Only heads no other noun ends in ("Länder" is left alone: the federal states).
    static let germanIrregularPlurals: [(String, String)] = [
        ("kräfte", "kraft"), ("plätze", "platz"), ("sätze", "satz"), ("märkte", "markt"), ("städte", "stadt"), ("ärzte", "arzt"),
        ("gäste", "gast"), ("häfen", "hafen"), ("höfe", "hof"), ("fälle", "fall"), ("flüsse", "fluss"), ("schlüsse", "schluss"),
        ("schüsse", "schuss"), ("räume", "raum"), ("bäume", "baum"), ("zölle", "zoll"), ("löhne", "lohn"), ("pläne", "plan"),
        ("kämpfe", "kampf"), ("köpfe", "kopf"), ("stühle", "stuhl"), ("säle", "saal"), ("bänke", "bank"), ("nächte", "nacht"),
        ("wände", "wand"), ("bände", "band"), ("stände", "stand"), ("gründe", "grund"), ("brände", "brand"), ("bräuche", "brauch"),
        ("gänge", "gang"), ("hänge", "hang"), ("fänge", "fang"), ("sprünge", "sprung"), ("brüche", "bruch"), ("sprüche", "spruch"),
        ("züge", "zug"), ("flüge", "flug"), ("träge", "trag"), ("schläge", "schlag"),
        ("häuser", "haus"), ("bücher", "buch"), ("dächer", "dach"), ("fächer", "fach"), ("ämter", "amt"), ("wörter", "wort"),
        ("männer", "mann"), ("völker", "volk"), ("dörfer", "dorf"), ("wälder", "wald"), ("räder", "rad"),
        ("bäder", "bad"), ("gläser", "glas"), ("gehälter", "gehalt"), ("blätter", "blatt"), ("glieder", "glied"), ("kinder", "kind"),
        ("felder", "feld"), ("bilder", "bild"), ("gelder", "geld"), ("schilder", "schild"), ("kleider", "kleid"),
        ("mütter", "mutter"), ("väter", "vater"), ("brüder", "bruder"), ("töchter", "tochter"), ("gärten", "garten"), ("böden", "boden"),
        ("ministerien", "ministerium"), ("gremien", "gremium"), ("stadien", "stadium"), ("kriterien", "kriterium"),
        ("konsortien", "konsortium"), ("laboratorien", "laboratorium"), ("territorien", "territorium"), ("moratorien", "moratorium"),
        ("kuratorien", "kuratorium"), ("stipendien", "stipendium"), ("präsidien", "präsidium"), ("podien", "podium"),
        ("symposien", "symposium"), ("gymnasien", "gymnasium"), ("zentren", "zentrum"), ("museen", "museum"), ("viren", "virus"),
        ("themen", "thema"), ("firmen", "firma"), ("dramen", "drama"), ("risiken", "risiko"), ("konten", "konto"), ("alben", "album"),
        ("algorithmen", "algorithmus"), ("mechanismen", "mechanismus"), ("organismen", "organismus"), ("rhythmen", "rhythmus"),
        // Plurals in -e of nouns in -ier (no singular in -iere among them: Karriere, Premiere
        // end otherwise), and feminine plurals in -en the rules would read as -e + n ("Spure",
        // "Bauarbeite").
        ("tiere", "tier"), ("papiere", "papier"), ("passagiere", "passagier"), ("offiziere", "offizier"), ("turniere", "turnier"),
        ("reviere", "revier"), ("quartiere", "quartier"), ("pioniere", "pionier"), ("kuriere", "kurier"), ("klaviere", "klavier"),
        ("spuren", "spur"), ("arbeiten", "arbeit"), ("zeiten", "zeit"),
        // Weak masculine nouns in -en whose stem ends as no -at, -ent or -ist does.
        ("piloten", "pilot"), ("patrioten", "patriot"), ("idioten", "idiot"), ("despoten", "despot"), ("nauten", "naut"),
        ("architekten", "architekt"), ("philosophen", "philosoph"), ("monarchen", "monarch"), ("satelliten", "satellit"),
        ("favoriten", "favorit"), ("banditen", "bandit"), ("menschen", "mensch"), ("helden", "held"), ("fürsten", "fürst"),
        ("herren", "herr"), ("grafen", "graf"), ("prinzen", "prinz"), ("bären", "bär"),
        // Masculine nouns in -e that decline -en, -ens ("Namen und Adressen", "des Namens"):
        // "der Namen" is an old nominative, the dictionary's headword is "Name".
        ("namen", "name"), ("namens", "name"), ("willen", "wille"), ("willens", "wille"), ("gedanken", "gedanke"),
        ("gedankens", "gedanke"), ("buchstaben", "buchstabe"), ("buchstabens", "buchstabe"),
    ].sorted { $0.0.count > $1.0.count }

    /// Nouns (and compound heads) whose final s belongs to them.
    /// Loans keep theirs too ("Investitionsfonds", "Chaos", "Mythos"; not "Investitionsfond").
    static let germanNounsInS = ["kurs", "zins", "puls", "hals", "glas", "gras", "gips", "keks", "schnaps", "fuchs", "lachs", "wuchs",
                                 "wachs", "mais", "fels", "knirps", "klaps", "mops", "fonds", "erlös", "chaos", "kosmos", "mythos",
                                 "ethos", "pathos", "atlas", "moos", "paradies", "ananas"]

    /// The singular of a noun ending in a derivational suffix's plural ("Lieferungen",
    /// "Möglichkeiten", "Regionen"), nil for any other word (``GermanDerivationalPlurals``).
    public static func derivationalSingular(_ word: String) -> String? {
        GermanDerivationalPlurals.singular(of: word)?.singular
    }

    /// Nouns with no singular (or none in use). "Daten" only alone: Soldaten, Kandidaten end
    /// alike and are plurals.
    static let germanPluraliaTantum: Set<String> = ["daten", "alpen", "masern", "streitkräfte"]
    /// Plural-only nouns that no other noun ends in, so a compound ending in one is plural-only.
    static let germanPluraliaTantumHeads = ["kosten", "ferien", "leute", "eltern", "spesen", "trümmer", "personalien", "finanzen", "einkünfte",
                                            "medien"]

    /// Common German nouns whose base form ends in -en (so -en is no plural ending there).
    static let germanNounsInEn: Set<String> = [
        "Westen", "Osten", "Norden", "Süden", "Frieden", "Glauben", "Garten", "Wagen", "Boden",
        "Rahmen", "Regen", "Schaden", "Laden", "Haken", "Kuchen", "Knochen", "Rücken", "Zeichen", "Wesen", "Leben",
        "Treffen", "Essen", "Verfahren", "Vorhaben", "Unternehmen", "Verhalten", "Vorgehen", "Abkommen", "Einkommen",
        "Vermögen", "Vertrauen", "Ansehen", "Wissen", "Gewissen", "Verbrechen", "Versprechen", "Schreiben", "Ergebnis",
        "Becken", "Bewusstsein", "Vorkommen", "Aufkommen", "Entgegenkommen", "Zustandekommen", "Einvernehmen",
    ]

    /// Whether a compound's head is one of ``germanNounsInEn`` ("Sondervermögen", "Starkregen",
    /// "Lastwagen"). "Essen" ends too many plurals to count as a head ("Interessen", "Prozessen").
    static func hasHeadInEn(_ word: String) -> Bool {
        let lower = word.lowercased()
        return germanNounsInEnHeads.contains { lower.count > $0.count + 2 && lower.hasSuffix($0) }
    }

    static let germanNounsInEnHeads: [String] = germanNounsInEn.filter { $0 != "Essen" && $0.count >= 5 }.map { $0.lowercased() }

    /// The base form of an English noun ("spheres" → "sphere", "guarantees" → "guarantee",
    /// "policies" → "policy", "talks" stays a plurale tantum only if the caller says so).
    public static func englishNoun(_ word: String) -> String {
        // A plural's possessive cut from a name ("Drivers'" of "Train Drivers' Union").
        if let last = word.last, "'’".contains(last), word.count > 2 { return englishNoun(String(word.dropLast())) }
        let lower = word.lowercased()
        // "men" is too short for the rules below ("Männer" / "men": Mann / man).
        if lower == "men" { return String(word.prefix(1)) + "an" }
        guard lower.count > 3, !Acronym.isAcronym(word), !englishInvariable.contains(lower) else { return word }
        // Proper names keep their -s (Brussels, Athens); peoples do not ("Danes", "Germans").
        if word.first?.isUppercase == true && word.dropFirst().contains(where: \.isLowercase) && !lower.hasSuffix("ies") {
            let singular = String(word.dropLast())
            return lower.hasSuffix("s") && (TermLinker.alwaysCapitalised.contains(singular) || englishDemonymNouns.contains(singular)) ? singular : word
        }
        if let singular = irregularEnglishSingular(word, lower: lower) { return singular }
        if lower.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if lower.hasSuffix("es"), let singular = englishSingularInE(word, lower: lower) { return singular }
        for ending in ["sses", "shes", "ches", "xes", "zes"] where lower.hasSuffix(ending) { return String(word.dropLast(2)) }
        if lower.hasSuffix("ss") || lower.hasSuffix("us") || lower.hasSuffix("is") { return word }
        if lower.hasSuffix("s") { return String(word.dropLast()) }
        return word
    }

    /// English plurals without -s, also as the head of a compound ("small children",
    /// "businesswomen", "spokesmen"): the singular, else nil.
    static func irregularEnglishSingular(_ word: String, lower: String) -> String? {
        // Most words end in none of these plurals' last letters ("-s" above all): at once.
        guard let last = lower.last, last == "n" || last == "t" || last == "h" || last == "e" else { return nil }
        for (plural, singular) in englishIrregularPlurals where lower.hasSuffix(plural) {
            return String(word.dropLast(plural.count)) + singular
        }
        // "-men" is the plural of "-man" ("chairmen", "gunmen"), except in Latin nouns.
        if lower.hasSuffix("men"), !englishSingularsInMen.contains(lower) {
            return String(word.dropLast(3)) + "man"
        }
        return nil
    }

    /// Plurals in -es the rules for -ches, -zes and -s get wrong: a singular in -e before
    /// them ("headaches", "tranches", "prizes", "freezes"), Greek -sis ("crises", "analyses",
    /// "hypotheses"), -f/-fe ("lives", "halves") and -o ("embargoes", "heroes"). Nil for the
    /// rest.
    /// - Complexity: O(1) but for a scan of the short lists below.
    static func englishSingularInE(_ word: String, lower: String) -> String? {
        // "-uses", "-ases" of singulars in -us and -as ("buses", "bonuses", "viruses", "gases"),
        // not of those in -use, -ase ("causes", "houses", "abuses", "cases", "phases"): the short
        // ones as whole words or after a listed modifier ("minibuses"), the longer at a word's end.
        if lower.hasSuffix("ses"), englishSingularsInUsAs.contains(where: { singular in
            lower == singular + "es" || singular.count >= 5 && lower.hasSuffix(singular + "es")
                || singular.count < 5 && ["mini", "omni", "trolley", "air", "school", "bio"].contains { lower == $0 + singular + "es" }
        }) {
            return String(word.dropLast(2))
        }
        // "-aches" of "ache" (headache, backache) and "cache", not "beaches", "coaches".
        if lower.hasSuffix("aches"), !lower.hasSuffix("eaches"), !lower.hasSuffix("oaches") { return String(word.dropLast()) }
        if englishSingularsInChe.contains(where: { lower.hasSuffix($0 + "s") }) { return String(word.dropLast()) }
        // "-zes" of "-ze" (prize, size, freeze, bronze), not "waltzes", "buzzes".
        if lower.hasSuffix("zes"), !lower.hasSuffix("tzes"), !lower.hasSuffix("zzes") { return String(word.dropLast()) }
        if lower == "crises" || lower.hasSuffix("theses") || lower.hasSuffix("lyses") || lower.hasSuffix("gnoses") || lower.hasSuffix("emphases") {
            return String(word.dropLast(2)) + "is"
        }
        if let (plural, singular) = englishPluralsInVes.first(where: { lower == $0.0 || lower.count > $0.0.count && lower.hasSuffix($0.0) && $0.0 != "lives" }) {
            return String(word.dropLast(plural.count)) + singular
        }
        // "-oes" of "-o" after a consonant (heroes, potatoes, vetoes, embargoes), not "shoes",
        // "canoes", "toes".
        if lower.hasSuffix("oes"), lower.count >= 6, !lower.hasSuffix("shoes"), !lower.hasSuffix("canoes"), !lower.hasSuffix("oboes"),
           let before = lower.dropLast(3).last, !"aeiouy".contains(before) {
            return String(word.dropLast(2))
        }
        return nil
    }

    /// Peoples named by nouns of their own, not by their adjective ("the Danes", "two Poles");
    /// those named by it ("Germans", "Bavarians") are ``TermLinker/alwaysCapitalised``.
    static let englishDemonymNouns: Set<String> = [
        "Dane", "Swede", "Pole", "Finn", "Turk", "Scot", "Brit", "Jew", "Kurd", "Serb", "Croat", "Slovak", "Czech", "Arab",
        "Iraqi", "Israeli", "Pakistani", "Afghan", "Saudi", "Briton", "Texan", "Berliner", "Swabian",
    ]

    static let englishSingularsInUsAs: [String] = [
        "bus", "gas", "bias", "atlas", "alias", "canvas", "bonus", "virus", "campus", "census", "consensus", "status", "focus",
        "surplus", "circus", "syllabus", "prospectus", "chorus", "corpus", "apparatus", "walrus", "lotus", "cactus", "octopus",
        "hiatus", "impetus", "nexus", "sinus", "fetus", "foetus", "thesaurus", "stimulus", "fungus", "radius",
    ]

    static let englishSingularsInChe: [String] = [
        "tranche", "avalanche", "niche", "cliche", "cliché", "psyche", "quiche", "creche", "crèche", "douche", "microfiche",
        "moustache", "mustache", "panache",
    ]

    static let englishPluralsInVes: [(String, String)] = [
        ("lives", "life"), ("wives", "wife"), ("knives", "knife"), ("halves", "half"), ("shelves", "shelf"), ("wolves", "wolf"),
        ("thieves", "thief"), ("loaves", "loaf"), ("calves", "calf"),
    ]

    static let englishIrregularPlurals: [(String, String)] = [
        ("children", "child"), ("women", "woman"), ("feet", "foot"), ("teeth", "tooth"), ("geese", "goose"), ("mice", "mouse"),
    ]

    /// Singulars in -men: "specimen", "regimen", "abdomen", "omen" … (whole words: "seamen" and
    /// "cameramen" end in "amen").
    static let englishSingularsInMen: Set<String> = [
        "specimen", "regimen", "abdomen", "stamen", "omen", "amen", "semen", "hymen", "lumen", "acumen", "cyclamen", "rumen",
        "nomen", "dolmen", "foramen", "gravamen", "albumen", "bitumen", "tegmen", "germen", "yemen", "carmen",
    ]

    /// The base form of an English noun phrase: its head noun (the last word, or the word
    /// before "of") in the singular: "spheres of influence" → "sphere of influence".
    public static func englishPhrase(_ phrase: String) -> String {
        var words = phrase.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return phrase }
        if englishPluralPhrases.contains(where: { (" " + phrase.lowercased()).hasSuffix(" " + $0) }) { return phrase }
        let head = words.firstIndex(of: "of").map { max(0, $0 - 1) } ?? words.count - 1
        words[head] = englishNoun(words[head])
        return words.joined(separator: " ")
    }

    /// Phrases used only in the plural whose head alone has a singular ("German armed forces",
    /// Ding's Bundeswehr; "a police force" is singular).
    static let englishPluralPhrases = ["armed forces"]

    /// English nouns that end in -s in the singular or are used only in the plural.
    static let englishInvariable: Set<String> = [
        "news", "series", "species", "means", "politics", "economics", "physics", "talks", "arms", "headquarters",
        "whereabouts", "crossroads", "thanks", "always", "perhaps", "sometimes", "various",
        // Plural in the sense business news uses them ("annual sales" is Jahresumsatz, not a sale).
        "sales", "earnings", "proceeds", "goods", "premises", "customs", "savings",
        // Fields of study are singular ("mathematics is"); "topics", "critics" are plurals.
        "mathematics", "statistics", "ethics", "logistics", "electronics", "athletics", "genetics", "linguistics",
        "gymnastics", "acoustics", "robotics", "informatics", "semantics", "phonetics", "mechanics", "dynamics",
        "thermodynamics", "optics", "aesthetics", "geopolitics", "diagnostics", "pharmaceutics", "aeronautics",
        // Singulars in -as, -os, -es, -ns ("atlas", "chaos"; -as and -os are mostly plurals:
        // "areas", "photos"), and nouns used only in the plural ("clothes" is no "clothe").
        "atlas", "alias", "bias", "canvas", "pancreas", "chaos", "cosmos", "ethos", "pathos", "kudos", "rhinoceros", "thermos",
        "lens", "diabetes", "rabies", "measles", "herpes", "mumps", "biceps", "triceps", "forceps",
        "clothes", "trousers", "scissors", "jeans", "pliers", "binoculars", "surroundings", "outskirts", "belongings",
        "congratulations", "odds",
        // Singular and plural alike ("a barracks", "the steelworks").
        "barracks", "gallows", "steelworks", "ironworks", "gasworks", "waterworks",
    ]

    /// The stem of a gender-inclusive spelling ("Lehrer*innen", "Schüler_innen", "LehrerInnen",
    /// "Ärzt:in" → "Lehrer", "Schüler", "Lehrer", "Ärzt"); nil for any other word. The Binnen-I
    /// in the singular only after the endings of nouns for people ("StudentIn"; not "LinkedIn").
    public static func genderInclusiveStem(_ word: String) -> String? {
        var stem: Substring?
        for ending in ["_innen", "*innen", ":innen", "/innen", "/-innen", "_in", "*in", ":in", "/in", "/-in"] where word.hasSuffix(ending) {
            stem = word.dropLast(ending.count)
            break
        }
        if stem == nil {
            for ending in ["Innen", "In"] where word.hasSuffix(ending) {
                let before = word.dropLast(ending.count)
                let personal = ending == "Innen" || ["er", "ent", "ant", "ist", "eur", "og", "at", "it"].contains { before.hasSuffix($0) }
                if before.count >= 3, before.last?.isLowercase == true, personal { stem = before }
                break
            }
        }
        guard let stem, stem.count >= 3 else { return nil }
        return String(stem)
    }

    /// The masculine nouns a gender-inclusive stem may stand for, likeliest first: the stem
    /// itself ("Lehrer"), with -e ("Kolleg" → "Kollege"), without its umlaut ("Ärzt" → "Arzt").
    public static func masculineForms(ofStem stem: String) -> [String] {
        [stem, stem + "e", withoutLastUmlaut(stem)]
    }

    /// The word with its last umlaut undone ("Ärzt" → "Arzt").
    static func withoutLastUmlaut(_ word: String) -> String {
        guard let index = word.lastIndex(where: { "äöüÄÖÜ".contains($0) }) else { return word }
        let plain: Character = switch word[index] {
        case "ä": "a"
        case "ö": "o"
        case "ü": "u"
        case "Ä": "A"
        case "Ö": "O"
        default: "U"
        }
        var result = word
        result.replaceSubrange(index...index, with: String(plain))
        return result
    }

    /// The masculine stem of a feminine noun for a person ("Lehrerin", "Lehrerinnen" →
    /// "Lehrer"; "Journalistin" → "Journalist"), by the endings that make such nouns only
    /// ("Termin", "Berlin" are none); nil for any other word.
    public static func masculineOfFeminine(_ word: String) -> String? {
        for (ending, cut) in [("erinnen", 5), ("erin", 2), ("entinnen", 5), ("entin", 2), ("antinnen", 5), ("antin", 2),
                              ("istinnen", 5), ("istin", 2), ("oginnen", 5), ("ogin", 2)] where word.hasSuffix(ending) && word.count > ending.count + 1 {
            return String(word.dropLast(cut))
        }
        return nil
    }

    /// A Roman numeral from II to XXXIX ("Phase III", "Teil IV"): a number, no term of its own.
    public static func isRomanNumeral(_ word: String) -> Bool {
        guard word.count >= 2, word.allSatisfy({ "IVX".contains($0) }) else { return false }
        var rest = Substring(word)
        while rest.hasPrefix("X"), word.count - rest.count < 3 { rest = rest.dropFirst() }
        return ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"].contains(String(rest))
    }

    /// Whether a German noun is used only in the plural ("Kosten", "Materialkosten", "Eltern"):
    /// its English partner keeps the plural the text writes ("costs", "material costs").
    public static func isGermanPluraleTantum(_ word: String) -> Bool {
        let lower = word.lowercased()
        return germanPluraliaTantum.contains(lower) || germanPluraliaTantumHeads.contains { lower.hasSuffix($0) }
    }
}
