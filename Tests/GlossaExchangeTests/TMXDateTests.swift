import GlossaCore
@testable import GlossaExchange
import Testing

/// Dates as tools write them, and as TMX 1.4b wants them (YYYYMMDDThhmmssZ, UTC).
@Suite struct TMXDateTests {
    @Test(arguments: [
        ("20220113T112825Z", nil),
        ("20220113T112825", "20220113T112825Z"),
        ("20220113", "20220113T000000Z"),
        ("2022-01-13", "20220113T000000Z"),
        ("2022-01-13T11:28:25Z", "20220113T112825Z"),
        ("2022-01-13 11:28:25.123", "20220113T112825Z"),
        // An offset is taken off, across midnight and the year's end.
        ("2022-01-13T11:28:25+01:00", "20220113T102825Z"),
        ("2022-01-01T00:30:00+01:00", "20211231T233000Z"),
        ("2024-02-28T22:00:00-0300", "20240229T010000Z"),
        ("13.01.2022", "20220113T000000Z"),
        ("3.1.2022 11:28", "20220103T112800Z"),
        ("Thu Jan 13 11:28:25 2022", "20220113T112825Z"),
        ("Mon Jan  3 08:00:00 2022", "20220103T080000Z"),
        // Not read: left as written.
        ("01/13/2022", nil), ("2022-13-01", nil), ("31.02.2022", nil), ("gestern", nil), ("", nil),
    ] as [(String, String?)])
    func datesAreWrittenInTMXsForm(_ written: String, _ expected: String?) {
        #expect(TMXDate.normalized(written) == expected)
    }

    /// An OPUS file's ctime dates and a German date reach the memory in TMX's form, said once.
    @Test func theReaderRewritesDatesAndSaysSo() throws {
        let text = TMXReaderTests.document("""
            <tu creationdate="13.01.2022" changedate="2022-01-14T09:00:00Z"><tuv xml:lang="de" creationdate="Thu Jan 13 11:28:25 2022"><seg>Ja.</seg></tuv><tuv xml:lang="en" changedate="letzte Woche"><seg>Yes.</seg></tuv></tu>
            """)
        let (reader, units) = try TMXReaderTests.read(text)
        #expect(units[0].attributes[attribute: "creationdate"] == "20220113T000000Z")
        #expect(units[0].attributes[attribute: "changedate"] == "20220114T090000Z")
        #expect(units[0].variants[0].attributes[attribute: "creationdate"] == "20220113T112825Z")
        #expect(units[0].variants[1].attributes[attribute: "changedate"] == "letzte Woche")
        let messages = reader.diagnostics.map(\.message)
        #expect(messages.contains { $0.hasPrefix("dates not in TMX's form (YYYYMMDDThhmmssZ) were rewritten in it: \"13.01.2022\"") && $0.hasSuffix("(3 times; first here)") },
                "\(messages)")
        #expect(messages.contains { $0.contains("changedate=\"letzte Woche\"") }, "\(messages)")
    }
}
