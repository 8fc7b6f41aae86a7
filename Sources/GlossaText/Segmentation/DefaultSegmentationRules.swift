import Foundation
import GlossaCore

/// glossa's own sentence rules for German and English, on top of ICU's sentence break
/// iterator. They are plain SRX 2.0 data: `glossa segment --export-rules` writes them as an SRX
/// file that OmegaT and Okapi load, and that a user may edit and pass back with `--rules`.
///
/// ICU (plain `de` / `en`) already breaks after `.`, `?`, `!` (with closing quotes and brackets)
/// before an upper-case letter, keeps `3.5`, `100.000` and `example.com` together, and does not
/// break before a lower-case word. What it gets wrong, and these rules mend: abbreviations
/// ("z. B.", "Dr.", "Mr."), German ordinals and dates ("am 12. Januar", "der 2. Weltkrieg"),
/// initials ("J. R. R. Tolkien"), an omission ellipsis ("Was ... Russland"), `?` inside a URL.
/// Rule order matters (the first match decides): sentence-final abbreviations that break come
/// before the lists that do not.
public enum DefaultSegmentationRules {
    public static let rules = SegmentationRules(
        languageRules: [
            .init(name: "German", rules: german),
            .init(name: "English", rules: english),
            .init(name: "Default", rules: common),
        ],
        languageMaps: [
            .init(languagePattern: "(?i)de(?:[-_].*)?", languageRuleName: "German"),
            .init(languagePattern: "(?i)en(?:[-_].*)?", languageRuleName: "English"),
            .init(languagePattern: ".*", languageRuleName: "Default"),
        ],
        cascade: true
    )

    private static func noBreak(_ before: String, _ after: String) -> SegmentationRules.Rule {
        .init(isBreak: false, beforeBreak: before, afterBreak: after)
    }

    private static func breaks(_ before: String, _ after: String) -> SegmentationRules.Rule {
        .init(isBreak: true, beforeBreak: before, afterBreak: after)
    }

    private static func words(_ list: [String]) -> String {
        "\\b(?:" + list.map { $0.replacingOccurrences(of: ".", with: "\\.") }.joined(separator: "|") + ")\\."
    }

    // MARK: German

    /// Abbreviations that never end a German sentence (followed by anything).
    static let germanAbbreviations = [
        "Abb", "Abg", "Abk", "Abs", "Abt", "abzgl", "Adr", "allg", "Anh", "Anl", "Anm", "Aufl", "Az",
        "Bd", "Bde", "Bearb", "bes", "betr", "Betr", "Bez", "Bhf", "bspw", "Bsp", "bzgl", "bzw", "ca",
        "Co", "dgl", "Di", "Dipl", "Dir", "Do", "Dr", "Dres", "dt", "ebd", "eigtl", "einschl", "entspr", "erw",
        "ev", "evtl", "Fa", "Fam", "habil", "jur", "med", "nat", "phil", "rer", "theol", "h.c", "mult", "dent", "vet", "em", "oec", "pharm", "paed", "pol", "Fr", "Frl", "geb", "Gebr", "gegr", "gem", "Gen", "ggf", "ggü", "gez", "Hbf",
        "Hg", "hl", "Hr", "Hrn", "Hrsg", "i.d.R", "i.A", "i.V", "Inh", "inkl", "insb", "Ing", "Jh", "Jhd",
        "jhrl", "jun", "Kap", "kath", "Kfm", "kgl", "Kl", "Kr", "lt", "Ltd", "max", "Mi", "Mio", "mind", "Mo",
        "Mrd", "Mrz", "mtl", "Nr", "Nrn", "näml", "o.Ä", "o.ä", "od", "Okt", "Pfd", "Pkt", "Pl", "Prof", "Prov",
        "rd", "Reg", "röm", "Sa", "sen", "So", "sog", "St", "Std", "stellv", "Str", "stv", "Tel", "Tsd", "u.a",
        "u.Ä", "u.ä", "u.U", "u.v.m", "Univ", "urspr", "v.a", "Verf", "verh", "vgl",
        "Vors", "z.B", "z.T", "z.Z", "zit", "Ziff", "zus", "zzgl", "zzt", "Tab", "Min", "Sek", "Jg", "Jahrg", "lfd", "Lfd",
        "Jan", "Feb", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Nov", "Dez",
        // "siehe", "Seite", "und", "oder": a lone letter before a period is no word ("(s. Anlage
        // 1)", "S. 12", "Jahrgang 1970 u. Bürger der Stadt").
        "s", "S", "u", "o",
        // Written with a capital where they open a sentence ("Vgl. Art. 12", "Gem. § 5 …").
        "Vgl", "Gem", "Ggf", "Evtl", "Ca", "Lt", "Insb", "Inkl", "Zzgl", "Bzgl", "Bspw", "Sog", "Z.B", "U.a", "Z.T", "V.a", "I.d.R",
    ]

    static let germanMonths = "(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\\b"

    /// Nouns that follow a German ordinal number ("im 19. Jahrhundert", "zum 3. Mal").
    static let germanOrdinalNouns = "(?:Jahrhunderts?|Jahrtausends?|Jh|Jahrestag|Geburtstag|Todestag|Lebensjahr|Mal|Platz|Rang|Runde|Spieltag|Etappe|Stock|Etage|Klasse|Liga|Bundesliga|Weltkriegs?|Kapitel|Auflage|Quartal|Halbjahr|Jahreshälfte|Sitzung|Parteitag|Amtszeit|Legislaturperiode|Armee|Division|Generation|Welle|Staffel|Folge|Ausgabe|Teil|Band|Akt|Sinfonie|Symphonie|Todestages|Geburtstages|Minute|Spielminute|Halbzeit|Saison|Spielzeit|Woche|Kalenderwoche|Wahlperiode|Stufe|Stelle|Reihe|Satz|Lauf|Durchgang|Wahlgang|Semester|Schuljahr|Abschnitt|Absatz|Bezirk|Kongress|Konferenz|Gipfel|Tagung|Lesung)\\b"

    /// Words before a German ordinal ("der 2. Weltkrieg", "am 12. Januar", "seit dem 3."), also
    /// capitalised at the start of a sentence ("Der 2. Vorsitzende …"): "[Dd]er", one
    /// alternative per word (listing both spellings made the German mix 10% slower to segment).
    static let germanOrdinalContext: String = {
        let words = ["der", "die", "das", "des", "dem", "den", "am", "im", "vom", "zum", "zur", "beim", "ins", "ans", "seit", "bis",
                     "ab", "vor", "nach", "zu", "für", "jeder", "jede", "jedes", "jedem", "jeden", "ein", "eine", "einem", "einen",
                     "einer", "eines", "ihr", "ihre", "ihrem", "ihren", "ihres", "sein", "seine", "seinem", "seinen", "seiner",
                     "seines", "unser", "unsere", "unserem", "diesem", "dieser", "dieses", "diesen"]
        return "(?:" + words.map { "[" + $0.prefix(1).uppercased() + $0.prefix(1) + "]" + $0.dropFirst() }.joined(separator: "|") + ")"
    }()

    /// Words that typically open a German sentence (for abbreviations that may end one).
    static let germanSentenceStarts = "(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Er|Sie|Es|Wir|Ich|Ihr|Man|Dann|Danach|Dabei|Damit|Daher|Deshalb|Dazu|Dafür|Dagegen|Darum|Dadurch|Daraufhin|Darüber|Zuvor|Zunächst|Zuletzt|Später|Bisher|Inzwischen|Mittlerweile|Insgesamt|Dies|Diese|Dieser|Dieses|Auch|Aber|Doch|So|Zudem|Außerdem|Allerdings|Trotzdem|Nun|Jetzt|Heute|Hier|Dort|In|Im|Am|An|Auf|Aus|Bei|Mit|Nach|Seit|Für|Von|Vor|Zu|Zum|Zur|Um|Ab|Bis|Über|Unter|Gegen|Durch|Ohne|Während|Wegen|Trotz|Laut|Noch|Schon|Nur|Erst|Bereits|Wie|Was|Wer|Wo|Warum|Als|Wenn|Weil|Obwohl)\\b"

    static let german: [SegmentationRules.Rule] = [
        // "usw.", "etc." and "u. ä." end a sentence when a capital follows.
        breaks("\\b(?:usw|etc|usf|Chr)\\.", "\\s+[\"“„»«‚‘'(\\[]?\\p{Lu}"),
        // "u. ä." is followed by a noun as often as it ends a sentence: break only before a
        // word that typically opens one.
        breaks("\\b[uo]\\.\\s?[äÄ]\\.", "\\s+[\"“„»«‚‘'(\\[]?" + germanSentenceStarts),
        // Two-part abbreviations that often end a sentence ("2:1 n. V.", "Oberst a. D.",
        // "Frankfurt a. M.", "FC Bayern e. V."): break before a word that typically opens one.
        breaks("\\b(?:n\\.\\s?V|i\\.\\s?R|a\\.\\s?D|a\\.\\s?M|v\\.\\s?J|d\\.\\s?J|v\\.\\s?H|i\\.\\s?Vj|e\\.\\s?V)\\.",
               "\\s+[\"“„»«‚‘'(\\[]?" + germanSentenceStarts),
        // Units, quantities and months after a number end a sentence as often as they go on
        // ("20 Mrd. Euro", "… auf 20 Mrd.| Das war ein Rekord", "5 Euro pro Std.| Dazu …"):
        // break before a word that typically opens one (nouns follow them, capitalised too).
        breaks("\\b(?:Mio|Mrd|Tsd|Std|Min|Sek|Jh|Jhd|Co|Jan|Feb|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez)\\.",
               "\\s+[\"“„»«‚‘'(\\[]?" + germanSentenceStarts),
        // Swiss francs after an amount ("kostet 20 Fr.| Die Miete …"); "Fr." before a name is
        // "Frau" ("Fr. Müller") and goes on.
        breaks("\\d\\s?s?Fr\\.", "\\s+[\"“„»«‚‘'(\\[]?" + germanSentenceStarts),
        noBreak(words(germanAbbreviations), "\\s"),
        noBreak("\\b[vn]\\.", "\\s*Chr\\."),
        // The first letter of a two-part abbreviation whose second part has two or three
        // letters: "i. Vj." (im Vorjahr), "i. Br.", "a. Rh.".
        noBreak("\\b\\p{Ll}\\.", "\\s\\p{Lu}\\p{Ll}{1,2}\\.\\s"),
        // A page, column or article before its number: "S. 12", "Sp. 3", "Art. 5 GG" (a noun
        // otherwise: "Waren aller Art. Er …").
        noBreak("\\b(?:S|Sp|Art)\\.", "\\s*\\d"),
        // Stoppage time: "in der 90.+2 Minute".
        noBreak("\\b\\d{1,3}\\.", "\\+\\d"),
        // Street names: "Hauptstr. 5".
        noBreak("\\p{Ll}str\\.", "\\s"),
        // Dates: "am 12. Januar", "12. 1. 2022", "3. Oktober 1990".
        noBreak("\\b\\d{1,2}\\.", "\\s*" + germanMonths),
        noBreak("\\b\\d{1,2}\\.", "\\s?\\d{1,2}\\.\\s?\\d{2,4}\\b"),
        noBreak("\\b\\d{1,2}\\.\\s?\\d{1,2}\\.", "\\s?\\d{2,4}\\b"),
        // Ordinals: "im 19. Jahrhundert", "der 2. Weltkrieg", "zum 3. Mal".
        noBreak("\\b\\d{1,3}\\.", "\\s+" + germanOrdinalNouns),
        noBreak("\\b" + germanOrdinalContext + "\\s\\d{1,3}\\.", "\\s"),
        // A Roman numeral is an ordinal after an article or preposition ("des VIII.
        // Zivilsenats", "im II. Quartal", "die III. Liga"); after a name it may end the
        // sentence ("… Papst Leo XIV.| Der Besuch …").
        noBreak("\\b" + germanOrdinalContext + "\\s[IVXLC]{1,6}\\.", "\\s"),
    ]

    // MARK: English

    /// Abbreviations that can end an English sentence: they break before a common sentence start.
    static let englishFinalAbbreviations = [
        "etc", "U.S", "U.K", "U.N", "E.U", "D.C", "Inc", "Ltd", "Corp", "Co", "Bros", "Jr", "Sr", "a.m", "p.m",
        "A.M", "P.M", "al",
    ]

    static let englishSentenceStarts = "(?:The|A|An|He|She|It|They|We|I|You|This|That|These|Those|There|Here|His|Her|Its|Their|Our|My|In|On|At|But|And|Or|So|Yet|If|When|While|After|Before|Since|As|For|Some|Many|Most|Meanwhile|However|Still|Now|Then|What|Who|Why|How|Officials|According|Last|Next|Earlier|Later|Today|Yesterday|Also|Both|Each|Only|Even|During|Despite|Although|Because)\\b"

    /// Abbreviations that never end an English sentence.
    static let englishAbbreviations = [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Adm", "Sgt",
        "Cpl", "Pvt", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "St", "Mt", "Ft", "vs", "v",
        "e.g", "i.e", "cf", "approx", "est", "dept", "Dept", "fig", "Fig", "figs", "eq", "ref", "Ref", "ed", "eds",
        "pp", "ca", "viz", "Tab", "tab", "min", "sec", "hr", "hrs", "yr", "yrs", "Ex", "ex", "Univ", "Assn", "Ave", "Blvd", "Rd", "Sq", "Calif", "Conn", "Fla", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// What may follow a clock time's "a.m."/"p.m." inside its sentence: a day, a month, a time
    /// zone ("at 6 a.m. Tuesday", "9 a.m. GMT", "4 p.m. Berlin time").
    static let englishAfterClockTime = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|CT|MT|PT|IST|JST|AEST|AEDT|Eastern|Central|Mountain|Pacific|Atlantic)\\b|\\p{Lu}\\p{L}*\\s+[Tt]ime\\b"

    static let english: [SegmentationRules.Rule] = [
        // A clock time ends a sentence before any capitalised word but a day, a month or a time
        // zone ("… at around 6:45 a.m.| Two cars were …"), not only before a typical opener.
        breaks("\\b[aApP]\\.[mM]\\.", "\\s+[\"“‘'(\\[]?(?!" + englishAfterClockTime + ")\\p{Lu}"),
        breaks(words(englishFinalAbbreviations), "\\s+[\"“‘'(\\[]?" + englishSentenceStarts),
        breaks("\\betc\\.", "\\s+[\"“‘'(\\[]?\\p{Lu}"),
        // A month's abbreviation goes on before its day ("Jan. 15") and ends a sentence before
        // a word that typically opens one ("… by the end of Sept.| The price …").
        breaks("\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.", "\\s+[\"“‘'(\\[]?" + englishSentenceStarts),
        noBreak(words(englishFinalAbbreviations), "\\s"),
        noBreak(words(englishAbbreviations), "\\s"),
        // "No. 5", "Vol. 2", "p. 12", "Art. 5", "ext. 42", "Tel. 555", "chap. 3".
        noBreak("\\b(?:No|Nos|no|Vol|vol|Vols|vols|p|Art|Sec|sect|Sect|Ch|Para|para|ext|Ext|tel|Tel|chap|Chap)\\.", "\\s*\\d"),
        // … and before a Roman numeral or a reference that opens with capitals ("case no.
        // VIII ZR 45/24", "Vol. IV", "No. C-311/18"); a lone "I" is the pronoun ("The answer
        // was no. I left.").
        noBreak("\\b(?:No|Nos|no|nos|Vol|vol)\\.", "\\s*(?:[IVXLC]{2,6}|[VX])\\b"),
        noBreak("\\b(?:No|Nos|no|nos)\\.", "\\s*\\p{Lu}{1,3}[-/]?\\d"),
    ]

    // MARK: Every language

    static let common: [SegmentationRules.Rule] = [
        // A sentence that opens with a number and goes on in lower case ("… Act. 399 members
        // voted", "… verabschiedet. 2022 war …"): ICU reads the number and the lower-case word
        // as the same sentence going on (its rule for "e.g. 5 apples"). After a word of three
        // letters or more that no abbreviation rule above claimed, it is a new sentence.
        // (Three letters, not "\\b\\p{L}{3,}": a fixed-length look-behind costs ICU a third as much.)
        breaks("\\p{L}{3}\\.", "\\s+\\d[\\d.,:]*\\s+\\p{Ll}"),
        // A temperature's unit is no initial: "… auf 38,5 °C.| Am Samstag …", "… 101 °F.| The …".
        breaks("°[CFK]\\.", "\\s+[\"“„»«‚‘'(\\[]?\\p{Lu}"),
        // Initials and multi-part abbreviations: "J. R. R. Tolkien", "z. B.", "e. g.".
        noBreak("\\b\\p{Lu}\\.", "\\s*\\p{Lu}"),
        noBreak("\\b\\p{Ll}\\.", "\\s*\\p{L}\\."),
        noBreak("\\b\\p{Ll}\\.\\p{L}\\.", "\\s"),
        noBreak("\\b\\p{Ll}\\.\\s\\p{L}\\.", "\\s"),
        // A question or exclamation inside quotes, then the sentence goes on: "„Kommst du?“ fragte er."
        noBreak("[?!][\"'“”‘’»«]", "\\s+\\p{Ll}"),
        noBreak("(?:^|\\s|\\()\\p{Lu}\\.\\s?\\p{Lu}\\.", "\\s"),
        // An omission ellipsis with space on both sides, or in brackets, stays inside the sentence.
        noBreak("\\s\\.\\.\\.", "\\s"),
        noBreak("\\s…", "\\s"),
        noBreak("[\\[(](?:\\.\\.\\.|…)[\\])]", "\\s"),
        noBreak("^[\"“„»«‚‘'(]?\\.\\.\\.", "\\s"),
        noBreak("^[\"“„»«‚‘'(]?…", "\\s"),
        // "?" and "!" glued to what follows are part of a URL, a name or a number ("?q=1", "Yahoo!Mail").
        noBreak("[?!]", "[\\p{L}\\p{N}=&/_%#~-]"),
        // A list number or section number alone at the start of a paragraph: "1. Einleitung".
        noBreak("^(?:\\d{1,3}\\.){0,3}\\d{1,3}\\.", "\\s"),
        // … and after a sentence inside one: a number alone is no sentence ("… in Leverkusen.
        // 1. FC Köln remain …", "Schritte: 1. Öffnen."). After a period only when a word of
        // four letters or more ends there, not "…str." ("Goethestr. 12. Dort …", "S. 12. Das …",
        // where the period is an abbreviation's and the number ends the sentence). One or two
        // digits after one space: with "\\s{1,3}" and section numbers (1.2.3.) every year at a
        // sentence end ("… in 2021.") cost ICU a long look-behind, 10% of the English mix. Nor
        // after a reference's abbreviation of four letters: "See chap. 3.| They agree."
        noBreak("(?:\\p{L}{2}(?:\\p{L}[\\p{L}&&[^r]]|[\\p{L}&&[^t]]r)(?<![cC]hap|[sS]ect|[pP]ara|[vV]ols)\\.|[!?:])[\"'“”‘’»«)]?\\s\\d{1,2}\\.", "\\s"),
        // German club and league names keep their ordinal in any language: "travel to 1. FC
        // Heidenheim", "promoted from the 2. Bundesliga", "gegen 1. FSV Mainz 05".
        noBreak("\\b[1-3]\\.", "\\s(?:FC|FFC|FSV|SC|SV|Bundesliga|Liga)\\b"),
        noBreak("^[IVXivx]{1,4}\\.", "\\s"),
        noBreak("^\\p{L}[.)]", "\\s"),
    ]
}
