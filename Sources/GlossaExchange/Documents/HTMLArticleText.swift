import CLibXML2
import Glibc

/// The text of an article saved from the web as HTML: one paragraph per block element
/// (headings, paragraphs, list items, table cells, quotations), blank lines between them, the
/// page's furniture left out (navigation, header scripts and styles, forms, footers, asides,
/// figures with their credits, and elements whose class or id names them: breadcrumbs,
/// advertisements, sharing buttons, newsletter boxes, related links). Where the page marks its
/// article (`<article>`, else `<main>`) only that is read; else the whole `<body>`.
///
/// Parsed by libxml2's HTML parser, which recovers from the broken markup real pages have,
/// decodes entities (`&bdquo;`, `&nbsp;`, `&#8211;`) and never touches the network
/// (`HTML_PARSE_NONET`). The text comes in already decoded (UTF-8, UTF-16, Windows-1252 by
/// ``TextFileDecoding``), so a page's own charset declaration is ignored.
/// - Complexity: O(size of the page), one parse and one walk of the tree.
public enum HTMLArticleText {
    /// Whether a text is an HTML page: it opens (after white space) with a doctype or `<html`.
    public static func looksLikeHTML(_ text: String) -> Bool {
        let start = text.drop { $0.isWhitespace || $0 == "\u{FEFF}" }.prefix(15).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    /// Whether a file's name says it is HTML (`.html`, `.htm`, `.xhtml`).
    public static func hasHTMLExtension(_ path: String) -> Bool {
        let lower = path.lowercased()
        return [".html", ".htm", ".xhtml"].contains { lower.hasSuffix($0) }
    }

    /// Whether a file is a page to read as its article's text: by its name, else by its start.
    public static func isPage(_ text: String, path: String) -> Bool {
        hasHTMLExtension(path) || looksLikeHTML(text)
    }

    /// The page's paragraphs, joined by blank lines (the layout glossa reads articles in).
    public static func text(ofPage page: String) -> String {
        paragraphs(ofPage: page).joined(separator: "\n\n") + "\n"
    }

    /// The page's paragraphs, white space folded, empty ones left out.
    public static func paragraphs(ofPage page: String) -> [String] {
        var bytes = Array(page.utf8)
        guard !bytes.isEmpty else { return [] }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue)
        let count = Int32(clamping: bytes.count)
        guard let document = bytes.withUnsafeMutableBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { htmlReadMemory($0, count, nil, "UTF-8", options) }
        }) else { return [] }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return [] }
        var collector = Collector()
        let scope = elements(named: "article", under: root)
        let roots = !scope.isEmpty ? scope : (elements(named: "main", under: root).first.map { [$0] } ?? elements(named: "body", under: root))
        for node in roots.isEmpty ? [root] : roots {
            collector.walk(node)
            collector.flush()
        }
        return collector.paragraphs.paragraphs
    }

    /// Elements that end a paragraph before and after them.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table",
        "tr", "td", "th", "caption", "section", "article", "header", "main", "address", "hr", "body",
    ]
    /// Elements whose text is no part of the article.
    static let skipped: Set<String> = [
        "head", "title", "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "select",
        "textarea", "svg", "iframe", "object", "embed", "canvas", "video", "audio", "figure", "menu",
    ]

    /// Words in a `class` or `id` that mark an element of the page's furniture: breadcrumbs,
    /// advertisements ("Anzeige"), sharing buttons, newsletter and subscription boxes, related
    /// and recommended links, comments, cookie notices, paywalls, menus, footers, logos (on a
    /// page without `<article>`, whose body is read, the site's header and menus are divs too).
    /// Matched as whole words of a class ("ad-slot", "article__share"), never inside a word
    /// ("shadow", "loader", "adventure" stay).
    static let furnitureWords: Set<String> = [
        "breadcrumb", "breadcrumbs", "ad", "ads", "advert", "adverts", "advertisement", "anzeige", "werbung", "sponsor",
        "sponsored", "share", "sharing", "social", "newsletter", "subscribe", "subscription", "abo", "related",
        "recommended", "recommendations", "comments", "comment", "kommentare", "cookie", "cookies", "consent", "gdpr",
        "paywall", "promo", "popup", "modal", "sidebar", "pagination", "menu", "nav", "navbar", "navigation", "footer",
        "logo", "masthead", "toolbar",
    ]

    /// Words that make a "header" the site's rather than the article's ("site-header",
    /// "page-header"; "article-header" holds the headline).
    static let siteWords: Set<String> = ["site", "page", "global", "top"]

    /// First words of a class that names a state, not a part ("has-sidebar", "js-ad-container").
    static let stateWords: Set<String> = ["has", "with", "no", "js", "is", "without"]

    /// ARIA roles of the page's furniture.
    static let furnitureRoles: Set<String> = ["navigation", "complementary", "banner", "contentinfo", "search", "dialog", "alertdialog"]

    /// Whether an element inside the article (or the body read in its place) is furniture:
    /// hidden (`hidden`, `aria-hidden="true"`), or marked so by a `class` or `id` word in
    /// ``furnitureWords`` or a furniture role and either short (under 250 characters:
    /// "Anzeige", "Teilen: Facebook Twitter E-Mail") or mostly links ("Lesen Sie auch" boxes).
    /// A class naming a state ("has-sidebar", "js-ad-container") marks nothing, and a wrapper
    /// that holds the article's text is read whatever its class.
    /// - Complexity: O(length of its attributes); O(its subtree) for a marked element.
    static func isFurniture(_ node: xmlNodePtr) -> Bool {
        guard let marking = marking(of: node) else { return false }
        if marking == .hidden { return true }
        var text = 0, linked = 0
        measure(node, inLink: false, text: &text, linked: &linked)
        return text < 250 || linked * 2 > text
    }

    private enum Marking { case hidden, furniture }

    /// Characters of text in a subtree, and how many of them are inside links.
    private static func measure(_ node: xmlNodePtr, inLink: Bool, text: inout Int, linked: inout Int) {
        var child = node.pointee.children
        while let current = child {
            defer { child = current.pointee.next }
            if current.pointee.type == XML_TEXT_NODE, let content = current.pointee.content {
                let count = strlen(content)
                text += count
                if inLink { linked += count }
            } else if current.pointee.type == XML_ELEMENT_NODE, !skipped.contains(elementName(current)) {
                measure(current, inLink: inLink || elementName(current) == "a", text: &text, linked: &linked)
            }
        }
    }

    /// How an element's attributes mark it, if they do.
    private static func marking(of node: xmlNodePtr) -> Marking? {
        var property = node.pointee.properties
        while let current = property {
            defer { property = current.pointee.next }
            guard let namePointer = current.pointee.name else { continue }
            let name = String(cString: namePointer).lowercased()
            guard ["class", "id", "role", "hidden", "aria-hidden"].contains(name) else { continue }
            if name == "hidden" { return .hidden }
            // The value: the attribute's text children (libxml2 keeps it as a node list).
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            value = value.lowercased()
            switch name {
            case "aria-hidden": if value == "true" { return .hidden }
            case "role": if furnitureRoles.contains(value) { return .furniture }
            default:
                // Class by class; a state's class says what the element has or does, not what it
                // is ("has-sidebar", "js-ad-container", "no-ads").
                for name in value.split(separator: " ") {
                    let words = name.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
                    guard let first = words.first, !stateWords.contains(first) else { continue }
                    if words.contains(where: furnitureWords.contains) || words.contains("header") && words.contains(where: siteWords.contains) {
                        return .furniture
                    }
                }
            }
        }
        return nil
    }

    /// The outermost elements called `name` (an `<article>` inside another is read with it).
    private static func elements(named name: String, under node: xmlNodePtr) -> [xmlNodePtr] {
        if node.pointee.type == XML_ELEMENT_NODE, elementName(node) == name { return [node] }
        var found: [xmlNodePtr] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE, !skipped.contains(elementName(current)) {
                found += elements(named: name, under: current)
            }
            child = current.pointee.next
        }
        return found
    }

    static func elementName(_ node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
    }

    /// Gathers the text of a subtree into paragraphs.
    private struct Collector {
        var paragraphs = ParagraphCollector()

        mutating func flush() { paragraphs.flush() }

        mutating func walk(_ node: xmlNodePtr) {
            var child = node.pointee.children
            while let current = child {
                defer { child = current.pointee.next }
                switch current.pointee.type {
                case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                    if let content = current.pointee.content { paragraphs.current += String(cString: content) }
                case XML_ELEMENT_NODE:
                    let name = HTMLArticleText.elementName(current)
                    if HTMLArticleText.skipped.contains(name) || HTMLArticleText.isFurniture(current) { continue }
                    if name == "br" {
                        flush()
                    } else if HTMLArticleText.blocks.contains(name) {
                        flush()
                        walk(current)
                        flush()
                    } else {
                        walk(current)
                    }
                default:
                    continue
                }
            }
        }
    }
}
