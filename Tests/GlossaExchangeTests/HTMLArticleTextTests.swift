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

    /// Inside the article, what its class, id or role marks as furniture is left out when it is
    /// short or mostly links: breadcrumbs, "Anzeige", sharing buttons, a newsletter box, a
    /// "Lesen Sie auch" list, hidden text ("Teilen: Facebook …" and "Sign up for our newsletter!"
    /// were a sentence pair). A wrapper a word marks that holds the article's text is read
    /// ("ad-container" around 300 characters of it).
    @Test func furnitureInsideTheArticleIsLeftOut() {
        let related = (1...6).map { #"<li><a href="/\#($0)">Schafe gerissen: Bauern fordern Hilfe vom Land, Teil \#($0)</a></li>"# }.joined()
        let body = String(repeating: "Der Wolf ist nach EU-Recht eine streng geschützte Art. ", count: 6)
        let page = """
            <!DOCTYPE html><html><body class="has-sidebar"><article>
            <div class="breadcrumb">Politik › Umwelt</div>
            <h1>Länder einigen sich auf schnellere Abschüsse</h1>
            <div class="ad-slot" id="ad-1">Anzeige</div>
            <div class="article__body ad-container"><p>\(body)</p></div>
            <div class="related-articles"><h3>Lesen Sie auch</h3><ul>\(related)</ul></div>
            <div class="share">Teilen: Facebook Twitter E-Mail</div>
            <section class="newsletter-box">Sign up for our newsletter!</section>
            <p hidden>Versteckter Text</p><span aria-hidden="true">Symbol</span>
            <p class="header-note">Die Ministerin sprach von einem Kompromiss.</p>
            </article></body></html>
            """
        #expect(HTMLArticleText.paragraphs(ofPage: page) == [
            "Länder einigen sich auf schnellere Abschüsse",
            String(body.dropLast()),
            "Die Ministerin sprach von einem Kompromiss.",
        ])
    }

    /// A page without `<article>` or `<main>` is read from its body, where the site's header,
    /// menus, sidebar, cookie notice and footer are divs named so: left out by their classes.
    @Test func aBodyOfDivsLosesTheSitesFurniture() {
        let page = """
            <!DOCTYPE html><html><body>
            <div id="cookie-consent">Diese Website verwendet Cookies. Mehr erfahren</div>
            <div class="site-header"><div class="logo">Nachrichten</div><ul class="menu"><li>Politik</li><li>Sport</li></ul></div>
            <div class="content-wrapper has-sidebar"><div class="article-content">
            <div class="article-header"><h1>Bahn saniert die Riedbahn</h1></div>
            <p>Die Deutsche Bahn sperrt die Strecke ab Juli für fünf Monate.</p>
            <div class="social-share"><a href="#">Facebook</a> <a href="#">X</a></div></div>
            <div class="sidebar"><h3>Meistgelesen</h3><ol><li><a href="/1">Unwetter im Süden</a></li></ol></div></div>
            <div class="site-footer">Impressum | Datenschutz | Kontakt</div>
            </body></html>
            """
        #expect(HTMLArticleText.paragraphs(ofPage: page) == ["Bahn saniert die Riedbahn", "Die Deutsche Bahn sperrt die Strecke ab Juli für fünf Monate."])
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
