import GlossaMemory

/// What the memory offers for a document, as CAT tools report it before a job is quoted
/// (Trados' "Analyze Files", memoQ's and OmegaT's statistics): every sentence in the band of
/// its best match, with its words, and the totals per band. A sentence met earlier in the same
/// document is a repetition (translated once, reused after), whatever the memory holds; its
/// first occurrence counts in its match band.
///
/// Words are counted as CAT tools count them: runs between white space that hold a letter or a
/// digit ("NATO-Russland-Rat" one word, "12." one, "–" none).
/// - Complexity: one memory query per distinct sentence; O(n) besides.
public struct MatchAnalysis: Sendable {
    /// The match bands of the usual discount grids, best first.
    public enum Band: String, CaseIterable, Sendable, Encodable {
        case repetition
        case exact = "100"
        case high = "95-99"
        case good = "85-94"
        case fair = "75-84"
        case low = "50-74"
        case none = "no match"

        /// The band of a best match's percentage (nil: nothing at or above 50).
        public init(percent: Int?) {
            switch percent ?? 0 {
            case 100...: self = .exact
            case 95...99: self = .high
            case 85...94: self = .good
            case 75...84: self = .fair
            case 50...74: self = .low
            default: self = .none
            }
        }

        /// How a report names the band.
        public var label: String {
            switch self {
            case .repetition: return "Repetitions"
            case .none: return "No match"
            default: return rawValue.replacingOccurrences(of: "-", with: "–") + "%"
            }
        }
    }

    /// The lowest percentage that counts as a match (the lowest band's floor).
    public static let lowestMatch = 50

    /// One sentence of the document.
    public struct Sentence: Sendable {
        public var text: String
        public var words: Int
        public var band: Band
        /// The best match (also for a repetition: the one its first occurrence had).
        public var best: FuzzyMatch?
    }

    /// The sentences and words of one band.
    public struct Total: Sendable, Equatable {
        public var band: Band
        public var sentences: Int
        public var words: Int
    }

    public private(set) var sentences: [Sentence] = []

    /// Analyses `sentences` in document order; `bestMatch` gives a sentence's best match at or
    /// above ``lowestMatch`` (asked once per distinct sentence).
    public init(sentences texts: [String], bestMatch: (String) throws -> FuzzyMatch?) rethrows {
        var seen: [String: FuzzyMatch?] = [:]
        for text in texts {
            let key = MemoryStore.comparable(text)
            let words = Self.words(in: text)
            if let earlier = seen[key] {
                sentences.append(Sentence(text: text, words: words, band: .repetition, best: earlier))
                continue
            }
            let best = try bestMatch(text)
            seen[key] = best
            sentences.append(Sentence(text: text, words: words, band: Band(percent: best?.score.percent), best: best))
        }
    }

    /// Every band, best first, with its sentences and words (zero where none fell in it).
    public var totals: [Total] {
        Band.allCases.map { band in
            let members = sentences.filter { $0.band == band }
            return Total(band: band, sentences: members.count, words: members.reduce(0) { $0 + $1.words })
        }
    }

    public var words: Int { sentences.reduce(0) { $0 + $1.words } }

    /// Words as CAT tools count them: white-space-separated runs with a letter or digit.
    public static func words(in text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).reduce(0) { count, run in
            count + (run.contains { $0.isLetter || $0.isNumber } ? 1 : 0)
        }
    }
}
