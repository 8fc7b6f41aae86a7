import Foundation

/// A German article and its English version on disk: `de.txt` + `en.txt` in one folder, or
/// `NAME.de.txt` + `NAME.en.txt` side by side.
public struct ArticlePair: Hashable, Sendable {
    /// The folder (for `de.txt`/`en.txt`) or the path without `.de.txt`: the article's origin.
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
                    if relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
                    files.append(base + "/" + relative)
                }
            } else {
                files = [root]
            }
            let present = Set(files)
            for file in files.sorted() {
                let folder = (file as NSString).deletingLastPathComponent
                let fileName = (file as NSString).lastPathComponent
                // An article is named by its folder (de.txt) or by its path without .de.txt.
                let name: String, partner: String, meta: String
                if fileName == "de.txt" {
                    (name, partner, meta) = (folder, folder + "/en.txt", folder + "/meta")
                } else if fileName.hasSuffix(".de.txt") {
                    let stem = String(file.dropLast(".de.txt".count))
                    (name, partner, meta) = (stem, stem + ".en.txt", stem + ".meta")
                } else {
                    continue
                }
                if present.contains(partner) || manager.fileExists(atPath: partner) {
                    pairs.append(ArticlePair(name: name, sourcePath: file, targetPath: partner,
                                             metaPath: manager.fileExists(atPath: meta) ? meta : nil))
                } else {
                    unpaired.append(file)
                    problems.append(DiscoveryProblem(path: file, message: "no English partner (\(partner)); skipped"))
                }
            }
        }
        return (pairs, unpaired, problems)
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
