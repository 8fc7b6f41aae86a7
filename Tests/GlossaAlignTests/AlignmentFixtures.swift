import Foundation
import GlossaAlign
import GlossaCore
import GlossaText

/// The corpus article pair, segmented, and ways to damage its English side at known places, so
/// that a test knows the right alignment (gold) of every variant.
struct AlignmentCase {
    var source: [SentenceAligner.Sentence]
    var target: [SentenceAligner.Sentence]
    var gold: [AlignmentLink]

    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Corpora/nato-russia-2022-01").standardized

    /// The seed article and its translation: 42 sentences each, 1-1 throughout.
    static func seed() throws -> AlignmentCase {
        func sentences(_ file: String, _ language: LanguageTag) throws -> [SentenceAligner.Sentence] {
            let text = try String(contentsOf: corpus.appendingPathComponent(file), encoding: .utf8)
            return try SentenceSegmenter(language: language).segment(text).segments.map { .init(text: $0.text, paragraph: $0.paragraph) }
        }
        let source = try sentences("de.txt", .german), target = try sentences("en.txt", .english)
        let goldText = try String(contentsOf: corpus.appendingPathComponent("alignment.gold.tsv"), encoding: .utf8)
        let gold = goldText.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let sides = line.split(separator: "\t", omittingEmptySubsequences: false).map { side in
                side.split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            }
            return AlignmentLink(source: sides[0], target: sides.count > 1 ? sides[1] : [], confidence: 1)
        }
        return AlignmentCase(source: source, target: target, gold: gold)
    }

    /// An article pair written for the tests (a rail strike: dateline, quotes, a bulleted list),
    /// whose English version leaves out the German's last sentence (gold: all 1-1, then 1-0).
    static func railStrike() throws -> AlignmentCase {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Articles")
        func sentences(_ file: String, _ language: LanguageTag) throws -> [SentenceAligner.Sentence] {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            return try SentenceSegmenter(language: language).segment(text).segments.map { .init(text: $0.text, paragraph: $0.paragraph) }
        }
        let source = try sentences("rail-strike.de.txt", .german), target = try sentences("rail-strike.en.txt", .english)
        var gold = target.indices.map { AlignmentLink(source: [$0], target: [$0], confidence: 1) }
        gold += (target.count..<source.count).map { AlignmentLink(source: [$0], target: [], confidence: 1) }
        return AlignmentCase(source: source, target: target, gold: gold)
    }

    /// Removes target sentence `index` (the translator dropped it): its source becomes 1-0.
    mutating func dropTarget(_ index: Int) {
        target.remove(at: index)
        remap { link in
            guard let at = link.target.first else { return [link] }
            if at == index { return [AlignmentLink(source: link.source, target: [], confidence: 1)] }
            return [AlignmentLink(source: link.source, target: link.target.map { $0 > index ? $0 - 1 : $0 }, confidence: 1)]
        }
    }

    /// Removes source sentence `index` (the translator added one): its target becomes 0-1.
    mutating func dropSource(_ index: Int) {
        source.remove(at: index)
        remap { link in
            guard let at = link.source.first else { return [link] }
            if at == index { return [AlignmentLink(source: [], target: link.target, confidence: 1)] }
            return [AlignmentLink(source: link.source.map { $0 > index ? $0 - 1 : $0 }, target: link.target, confidence: 1)]
        }
    }

    /// Joins target sentences `index` and `index + 1` into one (their sources become 2-1).
    mutating func mergeTargets(_ index: Int) {
        target[index].text += " " + target[index + 1].text
        target.remove(at: index + 1)
        var merged: [AlignmentLink] = []
        for link in gold {
            let targets = Set(link.target.map { $0 > index ? $0 - 1 : $0 })
            if let last = merged.last, !targets.isEmpty, Set(last.target) == targets {
                merged[merged.count - 1].source += link.source
            } else {
                merged.append(AlignmentLink(source: link.source, target: targets.sorted(), confidence: 1))
            }
        }
        gold = merged
    }

    private mutating func remap(_ transform: (AlignmentLink) -> [AlignmentLink]) {
        gold = gold.flatMap(transform)
    }
}

/// Strict F1 (a link counts only if both its sides are exactly right) and recall on the
/// 1-0 / 0-1 links of the gold alignment.
struct AlignmentScore {
    var precision: Double
    var recall: Double
    var unpairedRecall: Double
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    init(produced: [AlignmentLink], gold: [AlignmentLink]) {
        func key(_ link: AlignmentLink) -> String { "\(link.source)|\(link.target)" }
        let goldKeys = Set(gold.map(key)), producedKeys = Set(produced.map(key))
        let correct = goldKeys.intersection(producedKeys).count
        precision = producedKeys.isEmpty ? 0 : Double(correct) / Double(producedKeys.count)
        recall = goldKeys.isEmpty ? 0 : Double(correct) / Double(goldKeys.count)
        let unpaired = gold.filter { $0.source.isEmpty || $0.target.isEmpty }.map(key)
        unpairedRecall = unpaired.isEmpty ? 1 : Double(unpaired.filter(producedKeys.contains).count) / Double(unpaired.count)
    }
}
