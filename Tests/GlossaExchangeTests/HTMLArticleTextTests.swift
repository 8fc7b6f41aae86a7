import GlossaExchange
import Testing

/// Articles saved from the web: the text of the article, one paragraph per block, without the
/// page around it.
@Suite struct HTMLArticleTextTests {
    static let page = """
        <!DOCTYPE html>
        <html lang="de"><head><meta charset="windows-1252"><title>EU verhängt Strafzölle – tagesschau.de</title>
        <style>p { color: red }</style><script>var teaser = "<p>Nicht lesen</p>";</script></head>
        <body><nav><a href="/">Startseite</a> &gt; <a href="/wirtschaft">Wirtschaft</a></nav>
        <header class="site"><a href="/">Logo</a></header>
        <article>
          <h1>EU verhängt Strafzölle auf Elektroautos aus China</h1>
          <p class="teaser"><strong>Brüssel.</strong> Die EU-Kommission erhebt Zölle von bis zu 38&nbsp;Prozent.
             Die Behörde wirft Peking vor, unfair zu handeln.</p>
          <figure><img src="a.jpg" alt="Autos"><figcaption>Foto: dpa/Kay Nietfeld</figcaption></figure>
          <p>China sprach von &bdquo;Protektionismus&ldquo; &#8211; und drohte.<br>Eine zweite Zeile.</p>
          <ul><li>BYD: 17,4 Prozent</li><li>SAIC: 38,1 Prozent</li></ul>
          <aside>Mehr zum Thema: <a href="/x">Handelsstreit</a></aside>
          <p>   </p>
        </article>
        <footer>&copy; ARD-aktuell</footer>
        </body></html>
        """

    @Test func readsTheArticleParagraphByParagraph() {
        #expect(HTMLArticleText.paragraphs(ofPage: Self.page) == [
            "EU verhängt Strafzölle auf Elektroautos aus China",
            "Brüssel. Die EU-Kommission erhebt Zölle von bis zu 38\u{A0}Prozent. Die Behörde wirft Peking vor, unfair zu handeln.",
            "China sprach von „Protektionismus“ – und drohte.",
            "Eine zweite Zeile.",
            "BYD: 17,4 Prozent",
            "SAIC: 38,1 Prozent",
        ])
    }

    /// A page without `<article>` or `<main>` is read from its body; broken markup is mended.
    @Test func withoutAnArticleTheBodyAndBrokenMarkup() {
        let page = "<html><body><h2>Streik bei der Bahn<p>Die GDL streikt ab Mittwoch.<p>Pendler müssen warten.</div><script>x()</script>"
        #expect(HTMLArticleText.paragraphs(ofPage: page) == ["Streik bei der Bahn", "Die GDL streikt ab Mittwoch.", "Pendler müssen warten."])
        #expect(HTMLArticleText.text(ofPage: page) == "Streik bei der Bahn\n\nDie GDL streikt ab Mittwoch.\n\nPendler müssen warten.\n")
    }

    @Test func tellsPagesFromText() {
        #expect(HTMLArticleText.looksLikeHTML("\u{FEFF}\n  <!DOCTYPE html>\n<html>"))
        #expect(HTMLArticleText.looksLikeHTML("<HTML lang=\"en\">"))
        #expect(!HTMLArticleText.looksLikeHTML("Die Werte <5 % gelten als niedrig."))
        #expect(HTMLArticleText.hasHTMLExtension("artikel/de.HTML") && HTMLArticleText.hasHTMLExtension("a.htm"))
        #expect(!HTMLArticleText.hasHTMLExtension("de.txt"))
        #expect(HTMLArticleText.isPage("<!doctype html><p>x", path: "de.txt") && HTMLArticleText.isPage("Text", path: "de.htm"))
        #expect(!HTMLArticleText.isPage("Die Werte <5 % gelten.", path: "de.txt"))
    }
}
