import Foundation

/// A German article and its English version on disk: `de.txt` + `en.txt` in one folder,
/// `NAME.de.txt` + `NAME.en.txt` (or `NAME_de.txt`, `NAME-de.txt`) side by side, or
/// `de/NAME.txt` + `en/NAME.txt` in language folders (`de-DE`, `en-GB` and the like too);
/// where the English file exists, also the other ways people mark the language: `NAME_DE` +
/// `NAME_EN`, `DE_NAME`, `NAME (de)`, `NAME.deu` + `NAME.eng`, `NAME_German`, `NAME.de-DE` +
/// `NAME.en-GB`, `German/NAME` + `English/NAME`;
/// `.html` and `.htm` pages saved from the web, Word (`.docx`), OpenDocument (`.odt`) and
/// Markdown (`.md`, `.markdown`) files wherever `.txt` is.
public struct ArticlePair: Hashable, Sendable {
    /// The folder (for `de.txt`/`en.txt`), the path without `.de.txt`, or the language folders'
    /// parent and the file's name without `.txt`: the article's origin.
    public var name: String
    public var sourcePath: String
    public var targetPath: String
    /// The folder's `meta` file, if there is one.
    public var metaPath: String?
}

/// What ``ArticleDiscovery`` found besides pairs.
public struct DiscoveryProblem: Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var description: String { "\(path): \(message)" }
}

/// Finds article pairs under folders.
public enum ArticleDiscovery {
    /// Walks `paths` (folders or German files), in sorted order so every run sees the same
    /// order. A German file without its English partner is a problem (and, for
    /// `--monolingual`, returned in `unpaired`).
    public static func find(in paths: [String]) -> (pairs: [ArticlePair], unpaired: [String], problems: [DiscoveryProblem]) {
        var pairs: [ArticlePair] = []
        var unpaired: [String] = []
        var problems: [DiscoveryProblem] = []
        let manager = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: root, isDirectory: &isDirectory) else {
                problems.append(DiscoveryProblem(path: root, message: "no such file or folder"))
                continue
            }
            var files: [String] = []
            if isDirectory.boolValue {
                let base = root.hasSuffix("/") ? String(root.dropLast()) : root
                let enumerator = manager.enumerator(atPath: base)
                while let relative = enumerator?.nextObject() as? String {
                    // Hidden files and folders, and the lock files Word leaves beside a document it
                    // has open ("~$flation.de.docx"; LibreOffice's ".~lock.…#" are hidden).
                    if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") || $0.hasPrefix("~$") }) { continue }
                    files.append(base + "/" + relative)
                }
            } else {
                files = [root]
            }
            let present = Set(files)
            func exists(_ path: String) -> Bool { present.contains(path) || manager.fileExists(atPath: path) }
            var pairByName: [String: Int] = [:]
            for file in files.sorted() {
                guard let layout = Layout(germanFile: file, exists: exists) else { continue }
                if let partner = layout.partner {
                    let pair = ArticlePair(name: layout.name, sourcePath: file, targetPath: partner,
                                           metaPath: exists(layout.meta) ? layout.meta : nil)
                    // One article saved twice (as text and as a Word file): the memory keeps an
                    // article by its name, so one of them is read, the first format listed.
                    if let index = pairByName[pair.name] {
                        let (kept, dropped) = Layout.rank(of: pairs[index].sourcePath) <= Layout.rank(of: file) ? (pairs[index], pair) : (pair, pairs[index])
                        pairs[index] = kept
                        problems.append(DiscoveryProblem(path: dropped.sourcePath, message: "the same article as \(kept.sourcePath) in another format; skipped"))
                        continue
                    }
                    pairByName[pair.name] = pairs.count
                    pairs.append(pair)
                } else {
                    unpaired.append(file)
                    problems.append(DiscoveryProblem(path: file, message: "no English partner (\(layout.expectedPartner)); skipped"))
                }
            }
        }
        return (pairs, unpaired, problems)
    }
}

/// Where a German file's English partner is, by the layout its path follows.
private struct Layout {
    /// The article's name (its origin in the memory).
    let name: String
    /// The English file, if it exists.
    let partner: String?
    /// Where the English file was looked for (the first place), for the message when it is missing.
    let expectedPartner: String
    /// The article's `meta` file, if it has one there.
    let meta: String

    /// The extensions of articles: text, pages saved from the web (read as the text of their
    /// article), word-processor documents and Markdown (read as the text of their paragraphs). An
    /// English partner with the German file's extension comes first.
    static let extensions = [".txt", ".html", ".htm", ".docx", ".odt", ".md", ".markdown"]

    /// The place of a file's extension in ``extensions`` (text first).
    static func rank(of file: String) -> Int {
        extensions.firstIndex { file.hasSuffix($0) } ?? extensions.count
    }

    /// nil if the file is no German article in any layout.
    init?(germanFile file: String, exists: (String) -> Bool) {
        let folder = (file as NSString).deletingLastPathComponent
        let fileName = (file as NSString).lastPathComponent
        guard let ext = Self.extensions.first(where: { fileName.hasSuffix($0) }) else { return nil }
        let partnerExtensions = [ext] + Self.extensions.filter { $0 != ext }
        if fileName == "de" + ext {
            self.init(name: folder, candidates: partnerExtensions.map { folder + "/en" + $0 }, meta: folder + "/meta", exists: exists)
            return
        }
        for (german, english) in [(".de", ".en"), ("_de", "_en"), ("-de", "-en")] where fileName.hasSuffix(german + ext) {
            let stem = String(file.dropLast(german.count + ext.count))
            self.init(name: stem, candidates: partnerExtensions.map { stem + english + $0 }, meta: stem + ".meta", exists: exists)
            return
        }
        // Other ways people mark the language in a name, taken only where the partner exists:
        // "Unfall_DE.txt" + "Unfall_EN.txt", "DE_Bericht.docx", "bauern (de).txt",
        // "rente.deu.txt" + "rente.eng.txt", "Artikel_German.txt", "brief.de-DE.txt" + "brief.en-GB.txt".
        let stem = String(fileName.dropLast(ext.count))
        for marked in Self.englishNames(ofGermanName: stem) {
            let candidates = partnerExtensions.map { folder + "/" + marked.english + $0 }
            guard let partner = candidates.first(where: exists) else { continue }
            self.init(name: folder + "/" + marked.article, candidates: [partner], meta: folder + "/" + marked.article + ".meta", exists: exists)
            return
        }
        // de/NAME.txt beside en/NAME.txt (language folders by tag: de, de-DE, de_AT …; or by
        // name: German/, Deutsch/).
        let folderName = (folder as NSString).lastPathComponent
        if let englishFolders = Self.englishFolderNames(ofGermanFolder: folderName) {
            let parent = (folder as NSString).deletingLastPathComponent
            let candidates = englishFolders.flatMap { english in partnerExtensions.map { parent + "/" + english + "/" + stem + $0 } }
            if let partner = candidates.first(where: exists) {
                self.init(name: parent + "/" + stem, candidates: [partner], meta: parent + "/" + stem + ".meta", exists: exists)
                return
            }
        }
        guard Self.isTag(folderName, of: "de") else { return nil }
        let parent = (folder as NSString).deletingLastPathComponent
        let region = folderName.dropFirst(2)
        let englishFolders = ["en"] + (region.isEmpty ? [] : ["en" + region]) + ["en-GB", "en-US", "en_GB", "en_US", "EN"]
        self.init(name: parent + "/" + stem,
                  candidates: englishFolders.flatMap { english in partnerExtensions.map { parent + "/" + english + "/" + stem + $0 } },
                  meta: parent + "/" + stem + ".meta", exists: exists)
    }

    private init(name: String, candidates: [String], meta: String, exists: (String) -> Bool) {
        self.name = name
        partner = candidates.first(where: exists)
        expectedPartner = candidates[0]
        self.meta = meta
    }

    /// Language markers in names, German → English, in lower case.
    static let markers: [String: [String]] = [
        "de": ["en"], "deu": ["eng", "en"], "ger": ["eng", "en"], "german": ["english"], "deutsch": ["englisch", "english"],
    ]

    /// An English marker written the way the German one is: "DE" → "EN", "German" → "English".
    static func styled(_ english: String, like german: Substring) -> String {
        if german.allSatisfy(\.isUppercase) { return english.uppercased() }
        if german.first?.isUppercase == true { return english.prefix(1).uppercased() + english.dropFirst() }
        return english
    }

    /// The names an English partner of a German file named `stem` (without extension) may have,
    /// with the article's name (the stem without its marker): the marker is the first or the
    /// last word of the name ("Unfall_DE", "DE_Bericht", "bauern (de)", "rente.deu"), or a
    /// language tag at the end ("brief.de-DE" → "brief.en-GB", "brief.en-US", "brief.en").
    static func englishNames(ofGermanName stem: String) -> [(english: String, article: String)] {
        // Words: runs of letters and digits.
        var words: [Range<String.Index>] = []
        var index = stem.startIndex
        while index < stem.endIndex {
            guard stem[index].isLetter || stem[index].isNumber else {
                index = stem.index(after: index)
                continue
            }
            let start = index
            while index < stem.endIndex, stem[index].isLetter || stem[index].isNumber { index = stem.index(after: index) }
            words.append(start..<index)
        }
        guard words.count >= 2 else { return [] }
        let separators = CharacterSet(charactersIn: " ._-()[]")
        func article(without range: Range<String.Index>) -> String {
            (String(stem[..<range.lowerBound]) + String(stem[range.upperBound...])).trimmingCharacters(in: separators)
        }
        var names: [(english: String, article: String)] = []
        // A tag at the end: "de-DE", "de_AT" (the region any, the English one British or American).
        if words.count >= 3, let last = words.last, stem[last].count == 2, stem[last].allSatisfy(\.isUppercase) {
            let language = words[words.count - 2]
            let between = stem[language.upperBound..<last.lowerBound]
            if stem[language].lowercased() == "de", between == "-" || between == "_" {
                let span = language.lowerBound..<last.upperBound
                for english in ["en" + between + "GB", "en" + between + "US", "en"] {
                    names.append((stem.replacingCharacters(in: span, with: styled(english, like: stem[language])), article(without: span)))
                }
            }
        }
        for range in [words[words.count - 1], words[0]] {
            guard let englishMarkers = markers[stem[range].lowercased()] else { continue }
            for english in englishMarkers {
                names.append((stem.replacingCharacters(in: range, with: styled(english, like: stem[range])), article(without: range)))
            }
        }
        return names.filter { !$0.article.isEmpty }
    }

    /// English folder names beside a German folder named by name rather than tag ("German",
    /// "Deutsch", "GER"); nil for other folders.
    static func englishFolderNames(ofGermanFolder name: String) -> [String]? {
        guard name.count > 2, let englishMarkers = markers[name.lowercased()] else { return nil }
        return englishMarkers.map { styled($0, like: Substring(name)) }
    }

    /// "de", "DE", "de-DE", "de_AT": a folder named for the language.
    static func isTag(_ name: String, of language: String) -> Bool {
        let lower = name.lowercased()
        guard lower.hasPrefix(language) else { return false }
        let rest = lower.dropFirst(language.count)
        return rest.isEmpty || ((rest.first == "-" || rest.first == "_") && (2...3).contains(rest.count - 1) && rest.dropFirst().allSatisfy(\.isLetter))
    }
}

/// An article folder's `meta` file: `key value` (or `key: value`) lines; `date`, `source`,
/// `licence` are the ones glossa uses.
public struct ArticleMeta: Hashable, Sendable {
    public var fields: [String: String]

    public init(text: String) {
        var fields: [String: String] = [:]
        for line in text.lines() where !line.isEmpty && !line.hasPrefix("#") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard let space = trimmed.firstIndex(where: { $0 == " " || $0 == ":" }) else { continue }
            let key = trimmed[..<space].lowercased()
            let value = trimmed[trimmed.index(after: space)...].trimmingCharacters(in: CharacterSet(charactersIn: ": ").union(.whitespaces))
            if fields[key] == nil { fields[key] = value }
        }
        self.fields = fields
    }

    public var date: String? { fields["date"] }
}
