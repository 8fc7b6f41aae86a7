import GlossaAlign
import GlossaCore
import GlossaTestSupport
import Testing

@Suite struct SentenceAlignerTests {
    func align(_ alignmentCase: AlignmentCase) throws -> [AlignmentLink] {
        try SentenceAligner(source: .german, target: .english).align(alignmentCase.source, alignmentCase.target)
    }

    @Test func seedArticleAlignsOneToOneThroughout() throws {
        let seed = try AlignmentCase.seed()
        let links = try align(seed)
        let score = AlignmentScore(produced: links, gold: seed.gold)
        #expect(score.f1 == 1)
        #expect(links.allSatisfy { $0.confidence > 0.5 })
    }

    @Test(arguments: [3, 10, 17, 24, 33, 40])
    func aDroppedTranslationBecomesOneToZero(_ index: Int) throws {
        var damaged = try AlignmentCase.seed()
        damaged.dropTarget(index)
        let links = try align(damaged)
        let score = AlignmentScore(produced: links, gold: damaged.gold)
        #expect(score.unpairedRecall == 1, "sentence \(index): \(links.filter { $0.source.contains(index) })")
        #expect(score.f1 >= 0.97)
    }

    @Test(arguments: [5, 21, 37])
    func anAddedSentenceBecomesZeroToOne(_ index: Int) throws {
        var damaged = try AlignmentCase.seed()
        damaged.dropSource(index)
        let links = try align(damaged)
        let score = AlignmentScore(produced: links, gold: damaged.gold)
        #expect(score.unpairedRecall == 1, "sentence \(index): \(links.filter { $0.target.contains(index) })")
        #expect(score.f1 >= 0.97)
    }

    @Test(arguments: [1, 12, 19, 28, 38])
    func mergedTranslationsBecomeTwoToOne(_ index: Int) throws {
        var damaged = try AlignmentCase.seed()
        damaged.mergeTargets(index)
        let links = try align(damaged)
        #expect(links.contains(AlignmentLink(source: [index, index + 1], target: [index], confidence: links.first { $0.source == [index, index + 1] }?.confidence ?? -1)))
        #expect(AlignmentScore(produced: links, gold: damaged.gold).f1 >= 0.97)
    }

    /// Three sentences an English translation makes one ("… gebilligt. Er sieht … vor. Die
    /// Neuverschuldung soll …" / "… approved the draft …, which provides for … and new
    /// borrowing of …"): one 3-1 link, where the search knew only 2-1 and left a 1-0 beside it.
    @Test(arguments: [1, 12, 19, 28, 38])
    func threeTranslationsMadeOneBecomeThreeToOne(_ index: Int) throws {
        var damaged = try AlignmentCase.seed()
        damaged.mergeTargets(index)
        damaged.mergeTargets(index)
        let links = try align(damaged)
        #expect(links.contains { $0.source == [index, index + 1, index + 2] && $0.target == [index] },
                "\(links.filter { $0.target.contains(index) || $0.source.contains(index + 2) })")
        #expect(AlignmentScore(produced: links, gold: damaged.gold).f1 >= 0.97)
    }

    /// 5–10% of sentences dropped on either side plus merges, all at once: the issue's target.
    @Test func severalDamagesAtOnceStayAboveTheTarget() throws {
        var damaged = try AlignmentCase.seed()
        damaged.mergeTargets(30)
        damaged.dropTarget(25)
        damaged.dropTarget(8)
        damaged.dropSource(15)
        damaged.mergeTargets(2)
        let links = try align(damaged)
        let score = AlignmentScore(produced: links, gold: damaged.gold)
        #expect(score.f1 >= 0.95)
        #expect(score.unpairedRecall >= 0.8)
    }

    /// Every sentence is in exactly one link, and links come in document order.
    @Test func everySentenceIsLinkedOnceInOrder() throws {
        var generator = SplitMix64(state: 2022)
        let seed = try AlignmentCase.seed()
        for _ in 0..<8 {
            var damaged = seed
            for _ in 0..<Int.random(in: 1...5, using: &generator) {
                switch Int.random(in: 0..<3, using: &generator) {
                case 0 where damaged.target.count > 2: damaged.dropTarget(Int.random(in: 0..<damaged.target.count, using: &generator))
                case 1 where damaged.source.count > 2: damaged.dropSource(Int.random(in: 0..<damaged.source.count, using: &generator))
                case 2 where damaged.target.count > 3: damaged.mergeTargets(Int.random(in: 0..<(damaged.target.count - 1), using: &generator))
                default: break
                }
            }
            let links = try align(damaged)
            #expect(links.flatMap(\.source) == Array(damaged.source.indices))
            #expect(links.flatMap(\.target) == Array(damaged.target.indices))
            #expect(links.allSatisfy { !($0.source.isEmpty && $0.target.isEmpty) && (0...1).contains($0.confidence) })
        }
    }

    /// A news lead whose two sentences' words also meet across them ("Deutscher"/"German" in the
    /// first, "Deutschen Bahn"/"Deutsche Bahn" in the second; "Fern-"/"long-distance" in both):
    /// they were one 2-2 link, since a 2-2 link counts every cross match.
    @Test func sentencesSharingWordsAcrossThemStayOneToOne() throws {
        let article = try AlignmentCase.railStrike()
        #expect(article.source.count == 21 && article.target.count == 20)
        let links = try align(article)
        #expect(!links.contains { $0.beadType == "2-2" }, "\(links.filter { $0.beadType == "2-2" })")
        #expect(AlignmentScore(produced: links, gold: article.gold).f1 == 1)
    }

    @Test func emptySidesGiveOnlyUnpairedLinks() throws {
        let aligner = try SentenceAligner(source: .german, target: .english)
        #expect(aligner.align([], []) == [])
        let onlySource = aligner.align([.init(text: "Die NATO tagt.")], [])
        #expect(onlySource.map(\.beadType) == ["1-0"])
    }
}
