import GlossaCore
import GlossaText
import Testing

/// English cases: each string marks the expected boundaries with `|`.
@Suite struct SentenceSegmenterEnglishTests {
    /// A segmenter per test: segmenters are not thread-safe and tests run in parallel.
    func segmenter() throws -> SentenceSegmenter { try SentenceSegmenter(language: .english) }

    @Test(arguments: [
        "He came at 9 o'clock.|He said nothing.",
        "Mr. Smith and Mrs. Jones met Dr. Brown.|They talked.",
        "Russia has massed some 100,000 troops near Ukraine.|That is 3.5 percent more.",
        "This applies, e.g. to France, i.e. the largest member.|And to Poland.",
        "The U.S. Army came.|It stayed.",
        "U.S. officials said no.|They left.",
        "He lives in the U.S.|The rest is history.",
        "She moved to the U.K.|Last year she returned.|The U.K. Supreme Court ruled.",
        "Payments are due by the end of Sept.|The price is $3.50 per lb.|The deadline is Sept. 15.",
        "They sold apples, pears, etc.|Then they closed.",
        "They sold apples, pears, etc. and closed early.|Then they left.",
        "The meeting started at 9 a.m.|It ended at noon.",
        "The meeting started at 9 a.m. sharp.|It ended at noon.",
        "The lorry crashed into the end of a jam at around 6:45 a.m.|Two cars were pushed into each other.",
        "The polls close at 8 p.m.|Police reported no incidents.",
        "The strike begins at 6 a.m. Tuesday and ends at 4 p.m. Berlin time.|Trains will run again.",
        "The rocket lifted off at 9:29 p.m. GMT.|It was the fourth flight.",
        "See No. 5 and Vol. 2 for details.|They are short.",
        // A case number after "no.", a Roman numeral after "Vol.", and "no" ending a sentence.
        "The court ruled on Wednesday (case no. VIII ZR 45/24).|The judges agreed.",
        "See Vol. IV and No. C-311/18 for details.|They are short.",
        "The answer was no.|I left the room.",
        "Leverkusen won again.|1. FC Köln remain in the relegation zone.",
        "Next Saturday Bayern host VfL Bochum, while Leverkusen travel to 1. FC Heidenheim.|They won.",
        "Hamburg were promoted from the 2. Bundesliga in May.|The rise to 12.|UN officials said so.",
        "The author J. R. R. Tolkien wrote a lot.|His books are famous.",
        "Gen. Stoltenberg spoke with Sen. Sherman and Gov. Brown.|They agreed.",
        "Deputy Secretary of State Wendy Sherman said: \"Russia must choose.\"|She left.",
        "\"Was that useful?\" he asked.|She said yes.",
        "\"The meeting was very useful,\" the Secretary General stressed.|Then he left.",
        "'Yes.'|Then he left.",
        "\"What ... Russia heard today loud and clear is clear,\" she said.|Then she left.",
        "Talks at the OSCE (Organization for Security and Co-operation in Europe) follow.|The U.S. will attend.",
        "Read more at https://www.nato.int/cps/en/natohq/news.htm?selectedLocale=en today.|It has everything.",
        "Write to press@example.com.|We will answer.",
        "The case Roe v. Wade was decided in 1973.|It was overturned.",
        "Smith et al. found this in 2019.|Others did not.",
        "Where is it?|Nobody knows!|Why not?",
        "On Jan. 12 the NATO-Russia Council met in Brussels.|It was the first time since July 2019.",
        "The Bundestag passed the Building Energy Act.|399 members voted in favour of the law.",
        "The village lies by the lake.|5 km away the forest begins.",
        "The dose is given in Tab. 3 below and takes approx. 5 min. at most.|It is low.",
        "See No. 5 and fig. 3 below for details.|They are short.",
        "Call ext. 42 or Tel. 555 0100 and see chap. 3 of the guide.|They answer.",
        // A reference's number that ends the sentence ends it there ("chap. 3.| They …").
        "See chap. 3.|They agree.|See sect. 12.|It is short.",
    ])
    func sentences(_ marked: String) throws {
        let case_ = MarkedText(marked)
        let result = try segmenter().segment(case_.text).segments.map(\.text)
        #expect(result == case_.sentences)
    }
}
