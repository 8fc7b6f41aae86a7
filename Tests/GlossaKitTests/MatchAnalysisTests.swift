import GlossaKit
import Testing

/// The analysis's bands and word counts, which quotes are made from.
@Suite struct MatchAnalysisTests {
    @Test func bandsFollowTheUsualDiscountGrid() {
        let cases: [(Int?, MatchAnalysis.Band)] = [
            (100, .exact), (99, .high), (95, .high), (94, .good), (85, .good), (84, .fair), (75, .fair), (74, .low), (50, .low),
            (49, .none), (nil, .none),
        ]
        for (percent, band) in cases { #expect(MatchAnalysis.Band(percent: percent) == band, "\(String(describing: percent))") }
    }

    /// Words as CAT tools count them: a hyphenated compound is one, a dash none, a number one.
    @Test func wordsAreRunsWithALetterOrDigit() {
        #expect(MatchAnalysis.words(in: "Der NATO-Russland-Rat tagte am 12. Januar – erstmals seit 2019.") == 9)
        #expect(MatchAnalysis.words(in: " – … ") == 0)
    }

    /// A sentence met again (white space aside) is a repetition and asks the memory nothing;
    /// its first occurrence counts in its own band.
    @Test func aSentenceMetAgainIsARepetition() {
        var asked: [String] = []
        let analysis = MatchAnalysis(sentences: ["Die Bahn streikt.", "Niemand weiß, wie lange.", "Die  Bahn streikt."]) { sentence in
            asked.append(sentence)
            return nil
        }
        #expect(asked == ["Die Bahn streikt.", "Niemand weiß, wie lange."])
        #expect(analysis.sentences.map(\.band) == [.none, .none, .repetition])
        let repetitions = analysis.totals.first { $0.band == .repetition }
        #expect(repetitions?.sentences == 1 && repetitions?.words == 3)
        #expect(analysis.words == 10)
    }
}
