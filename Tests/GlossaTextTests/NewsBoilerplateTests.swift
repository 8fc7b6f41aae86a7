import GlossaText
import Testing

/// Agency datelines and credit lines, as dpa, AFP, Reuters and AP write them, against
/// sentences that only look like them.
@Suite struct NewsBoilerplateTests {
    @Test(arguments: [
        ("Berlin (dpa) - Die Bundesregierung will den Ausbau beschleunigen.", "Die Bundesregierung will den Ausbau beschleunigen."),
        ("BERLIN, Jan 10 (Reuters) - The German government wants to speed up.", "The German government wants to speed up."),
        ("Frankfurt/Main (dpa-AFX) - Der Dax legte zu.", "Der Dax legte zu."),
        ("Paris (AFP/dpa) – Frankreich streikt.", "Frankreich streikt."),
        ("München (dpa/lby) - Ein Zug entgleiste.", "Ein Zug entgleiste."),
        ("WASHINGTON (AP) — President Biden spoke.", "President Biden spoke."),
        ("WASHINGTON — President Biden (D) spoke.", "President Biden (D) spoke."),
        ("Washington, 12. Januar (AFP): Biden sprach.", "Biden sprach."),
    ])
    func datelinesAreCutFromTheFirstSentence(_ sentence: String, _ expected: String) {
        #expect(NewsBoilerplate.withoutDateline(sentence) == expected)
    }

    @Test(arguments: [
        "Wirtschaftsminister Robert Habeck (Grüne) sprach von einem wichtigen Schritt.",
        "Die Partei (SPD) - so hieß es - lehnte ab.",
        "NATO - das ist ein Bündnis.",
        "Berlin (dpa) -",
        "The agency (Reuters) said nothing - again.",
        "NATO – Die Allianz lehnt das ab.",
        "MOSKAU – das sagte der Sprecher.",
    ])
    func sentencesThatOnlyLookLikeADatelineStay(_ sentence: String) {
        #expect(NewsBoilerplate.withoutDateline(sentence) == sentence)
    }

    @Test(arguments: [
        ("© dpa-infocom, dpa:240112-99-123456/3", true), ("(Reporting by Markus Wacket; Editing by Rachel More)", true),
        ("Editing by Rachel More", true), ("Copyright 2024 The Associated Press. All rights reserved.", true),
        ("dpa:240112-99-123456/3", true), ("Our Standards: The Thomson Reuters Trust Principles.", true),
        ("Die dpa meldete am Montag neue Zahlen.", false), ("Reporting by phone is allowed, the court said.", false),
        ("The reporting by the agency was accurate.", false), ("Editing the law took years.", false),
        ("Copyright law protects the articles.", false), ("(c) Die Regierung legt einen Bericht vor.", false),
        ("(c) 2024 dpa", true), ("Copyright © 2024 Reuters", true),
        ("Foto: dpa/Kay Nietfeld", true), ("Photo: dpa/Kay Nietfeld", true), ("Bild: Reuters", true),
        ("Foto: Die Kanzlerin kam am Montag in Brüssel an.", false), ("Photo: the minister arrives in Brussels on Monday.", false),
    ])
    func creditLinesAreKnownByTheirOpenings(_ sentence: String, _ isCredit: Bool) {
        #expect(NewsBoilerplate.isWireCredit(sentence) == isCredit)
    }

    /// A page's time stamp is no sentence of the article; a sentence that opens alike is.
    @Test(arguments: [
        ("Stand: 14.11.2024, 16:05 Uhr", true), ("Aktualisiert am 3. März 2024, 10:12 Uhr", true), ("Stand: 14.11.2024.", true),
        ("Updated: Nov 14, 2024 4:05 PM", true), ("Last updated 14 November 2024", true), ("Published: 2024-11-14", true),
        ("Stand der Ermittlungen vom 3. März ist unklar.", false), ("Stand: Die Ermittlungen laufen.", false),
        ("Updated figures show 3 deaths.", false), ("Published in 2024, the report caused a stir.", false),
    ])
    func timeStampsAreNoSentences(_ sentence: String, _ isTimestamp: Bool) {
        #expect(NewsBoilerplate.isTimestamp(sentence) == isTimestamp)
    }
}
