import GlossaCore
import GlossaText
import Testing

/// German cases: each string marks the expected boundaries with `|`.
@Suite struct SentenceSegmenterGermanTests {
    /// A segmenter per test: segmenters are not thread-safe and tests run in parallel.
    func segmenter() throws -> SentenceSegmenter { try SentenceSegmenter(language: .german) }

    @Test(arguments: [
        // Ordinary prose and ICU's own strengths.
        "Er kam um 9 Uhr.|Er sagte nichts.",
        "Nach US-Angaben hat Russland rund 100.000 Soldaten zusammengezogen.|Das sind 3,5 Prozent mehr.",
        "Wer kommt?|Niemand!|Warum nicht?",
        "Es ist das erste Mal seit Juli 2019, dass beide Seiten Gespräche führen.|Danach war Schluss.",
        "Im Jahr 2019.|Die Lage ist ernst.",
        // A sentence that opens with a number and a lower-case word (ICU keeps it with the last).
        "Der Bundestag hat das Gesetz verabschiedet.|399 stimmten dafür, 275 dagegen.",
        "Das Jahr 2021 war schwierig.|2022 war noch schwieriger.",
        "Das Dorf liegt am See.|5 km entfernt beginnt der Wald.",
        "Es kamen ca. 300 Menschen, wie Tab. 3 zeigt.|Sie blieben.",
        // Abbreviations.
        "Das gilt z. B. für Frankreich.|Und für Polen.",
        "Das gilt z.B. für Frankreich.|Und für Polen.",
        "Er traf u. a. Vertreter der NATO.|Sie sprachen lange.",
        "Das ist teuer, d. h. zu teuer.|Wir warten.",
        "Die Minister bzw. ihre Stellvertreter kamen.|Es war kalt.",
        "Dr. Müller und Prof. Schmidt kamen mit Nr. 5 an.|Sie blieben.",
        "Es kamen ca. 300 Menschen, vgl. Abs. 3 des Berichts.|Dann ging es los.",
        "Sie wohnt in der Hauptstr. 5 in Berlin.|Er auch.",
        "Äpfel, Birnen usw. wurden verkauft.|Dann war Schluss.",
        "Es gab Äpfel, Birnen usw.|Dann war Schluss.",
        "Das geschah im Jahr 44 v. Chr.|Caesar starb.",
        "Frau Dr. med. Schulz und Prof. Dr. rer. nat. Meier kamen.|Sie blieben.",
        "Sie nannte Polen, Ungarn u. ä.|Dann schwieg sie.",
        "Sie nannte Polen u. ä. Staaten.|Dann schwieg sie.",
        // Units and months after a number: inside a sentence before a noun, ending one before
        // a word that opens sentences.
        "Der Umsatz stieg um 3 Mio. Euro auf rund 19,2 Mrd.|Das war ein Rekord.",
        "Die Sitzung ist am 1. Okt.|Um 10 Uhr beginnt sie.|Der Gewinn lag bei 2 Mrd.|Bereits im Mai war das klar.",
        "Die Kosten betragen 5 Euro pro Std.|Dazu kommen Gebühren.|Er wartete 3 Std. Stunden zählte er nicht.",
        "Die Frist endet am 3. Okt.|Danach gilt das Gesetz.|Sie gilt ab 1. Okt. 2026 für alle.",
        "Gewinner ist die Müller GmbH & Co.|Die Firma aus Köln.|Die Müller GmbH & Co. KG folgt.",
        "Die Wohnung kostet 2'000 Fr.|Die Miete steigt.|Die Rechnung geht an Fr. Meier in Bern.",
        // Abbreviations opening a sentence, and a lone letter ("siehe", "Seite").
        "Gem. § 5 Abs. 2 BGB ist der Vertrag nichtig.|Vgl. Art. 12 GG.|Das gilt auch hier.",
        "Danach folgt die Aussprache (s. Anlage 1).|Sie endet um 12 Uhr.",
        "Der Text steht auf S. 12 des Berichts.|Er ist kurz.",
        // Two-part abbreviations: inside a sentence, and ending one.
        "Die Inflation lag bei 2,1 % i. Vj. und damit unter dem Ziel.|Das meldete das Amt.",
        "Das Spiel endete 2:1 n. V.|Danach jubelten die Fans.",
        "Er ist Mitglied im FC Bayern e. V.|Dort spielt er.|Der Verein e.V. hat 300 Mitglieder.",
        "Er ist Jahrgang 1970 u. Bürger der Stadt.|Er kam über Berg u. Tal.",
        "Er lebt in Frankfurt a. M. und arbeitet in Mainz.|Dort ist er Oberst a. D.|Er sagt das selbst.",
        // Ordinals and dates.
        "Das Treffen fand am 12. Januar in Brüssel statt.|Es war kalt.",
        "Der 3. Oktober 1990 war ein Mittwoch.|Es war der Tag der Einheit.",
        "Im 19. Jahrhundert wuchs Berlin stark.|Heute auch.",
        "Nach dem 2. Weltkrieg wurde die NATO gegründet.|Das war 1949.",
        // Roman ordinals after an article or preposition; after a name one may end a sentence.
        "Das entschieden die Richter des VIII. Zivilsenats am Mittwoch.|Im II. Quartal folgt mehr.",
        "Die Rede hielt Papst Leo XIV.|Der Besuch endet heute.",
        "Er kam zum 3. Mal nach Wien.|Dort blieb er.",
        "Der 2. Vorsitzende des Vereins sprach.|Die 3. Liga startet heute.|Die Zahl stieg auf 5.|Die Regierung reagierte.",
        "Kane traf in der 12. und 67. Minute.|Der 1. FC Köln verlor.",
        "Schritte: 1. Öffnen Sie die Datei.|2. Speichern Sie sie.",
        "Er wohnt in der Goethestr. 12.|Dort lebt er gern.",
        "Die Temperatur stieg auf 38,5 °C.|Am Samstag wird es kühler.|Der Wetterdienst warnt.",
        "Siehe S. 12.|Das ist wichtig.",
        "Dr. med. dent. Meier sprach mit Prof. em. Schulz.|Sie blieben.",
        "Prof. Dr. h.c. mult. Müller hielt die Rede.|Sie war kurz.",
        "Laut Art. 5 Abs. 3 GG ist die Kunst frei.|Das gilt für Waren aller Art.|Er kam pünktlich.",
        "Kane traf in der 90.+2 Minute.|Das Spiel war aus.",
        "Am 12. 1. 2022 trafen sie sich.|Es gab Streit.",
        // Quotation marks, colon, ellipsis, parentheses.
        "Zudem betonte der NATO-Generalsekretär: „Russland ist der Aggressor.“|Das sorgte für Unruhe.",
        "„Das Treffen war sehr nützlich“, betonte der Generalsekretär.|Danach reiste er ab.",
        "„Kommst du?“, fragte er.|Sie schwieg.",
        "Er sagte: »Ja.«|Dann ging er.",
        "Er sagte: «Ja.»|Dann ging er.",
        "Sie schrieb ‚nein‘.|Dann ging sie.",
        "„Was ... Russland heute laut und deutlich gehört hat, ist eindeutig“, erklärte sie.|Dann ging sie.",
        "Der Text [...] ist lang.|Er endet hier.",
        "Die OSZE (Organisation für Sicherheit und Zusammenarbeit in Europa) tagt in Wien.|Die USA nehmen teil.",
        "(Das war nicht geplant.)|Danach ging es weiter.",
        // URLs, e-mail addresses, initials.
        "Mehr unter https://www.nato.int/cps/en/natohq/news.htm?selectedLocale=de im Netz.|Dort steht alles.",
        "Schreiben Sie an presse@example.de.|Wir antworten.",
        "Der Autor J. R. R. Tolkien schrieb viel.|Seine Bücher sind berühmt.",
        "Das Buch von A. Merkel erschien spät.|Es wurde gelesen.",
    ])
    func sentences(_ marked: String) throws {
        let case_ = MarkedText(marked)
        let result = try segmenter().segment(case_.text).segments.map(\.text)
        #expect(result == case_.sentences)
    }

    @Test func headlinesAndListItemsEndAtTheLineBreak() throws {
        let text = "NATO warnt vor Krieg\nDie Differenzen sind groß.\n1. Rüstungskontrolle\n2. Stationierung von Raketen\n"
        let result = try segmenter().segment(text).segments.map(\.text)
        #expect(result == ["NATO warnt vor Krieg", "Die Differenzen sind groß.", "1. Rüstungskontrolle", "2. Stationierung von Raketen"])
    }

    @Test func paragraphBoundariesAlwaysBreakEvenAfterAnAbbreviation() throws {
        let text = "Er nannte Beispiele, z. B.\n\nDas ist ein neuer Absatz."
        let result = try segmenter().segment(text).segments
        #expect(result.map(\.text) == ["Er nannte Beispiele, z. B.", "Das ist ein neuer Absatz."])
        #expect(result.map(\.paragraph) == [0, 1])
    }

    @Test func wrappedTextJoinsSingleLineBreaks() throws {
        let segmenter = try SentenceSegmenter(language: .german, options: .init(lineBreaks: .wrapped))
        let text = "Die NATO sei bereit, mit Russland über\nRüstungskontrolle zu sprechen. Das sagte\nStoltenberg.\n\nNeuer Absatz."
        let result = segmenter.segment(text).segments
        #expect(result.map(\.text) == [
            "Die NATO sei bereit, mit Russland über Rüstungskontrolle zu sprechen.",
            "Das sagte Stoltenberg.",
            "Neuer Absatz.",
        ])
        // The ranges still cover the input as written, line breaks included.
        #expect(result[0].range == TextRange(start: 0, end: 72))
    }

    /// Text saved at 72 columns is recognised as wrapped without being told; one paragraph per
    /// line (long lines that end sentences, short headlines and list items) is not. A list item
    /// opens a paragraph of its own even without a blank line.
    @Test func hardWrappedTextIsRecognised() throws {
        let wrapped = """
            Frankfurt am Main (dpa) – Die Gewerkschaft Deutscher Lokomotivführer
            (GDL) hat am Mittwoch den Fern- und Regionalverkehr in weiten Teilen
            Deutschlands zum Erliegen gebracht. Nach Angaben der Deutschen Bahn
            fielen rund 80 Prozent der Fernzüge aus.

            Was Fahrgäste jetzt wissen müssen:
            - Tickets für betroffene Verbindungen können kostenlos storniert
              werden.
            - Die Zugbindung ist aufgehoben.
            """
        let result = try segmenter().segment(wrapped).segments.map(\.text)
        #expect(result == [
            "Frankfurt am Main (dpa) – Die Gewerkschaft Deutscher Lokomotivführer (GDL) hat am Mittwoch den Fern- und Regionalverkehr in weiten Teilen Deutschlands zum Erliegen gebracht.",
            "Nach Angaben der Deutschen Bahn fielen rund 80 Prozent der Fernzüge aus.",
            "Was Fahrgäste jetzt wissen müssen:",
            "- Tickets für betroffene Verbindungen können kostenlos storniert werden.",
            "- Die Zugbindung ist aufgehoben.",
        ])
        let lines = "Bahnstreik legt Fernverkehr lahm\nDie Gewerkschaft hat den Verkehr in weiten Teilen Deutschlands zum Erliegen gebracht. Nach Angaben der Bahn fielen 80 Prozent der Züge aus.\nKurz notiert\nDie Bahn wies die Vorwürfe zurück."
        #expect(try segmenter().segment(lines).segments.count == 5)
    }
}
