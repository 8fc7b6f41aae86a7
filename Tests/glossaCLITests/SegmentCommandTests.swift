import Foundation
import Testing

@Suite struct SegmentCommandTests {
    static let seed = "date 2022-01 Die NATO sei bereit, mit Russland über Rüstungskontrolle zu sprechen. Gleichzeitig warnte er vor der Gefahr eines neuen Krieges.\n\nSherman rief Moskau zur Deeskalation auf.\n"

    @Test func printsOneSentencePerLineFromStandardInput() throws {
        let result = try CLIRunner.run(["segment", "-", "--lang", "de"], stdin: Self.seed)
        #expect(result.status == 0)
        #expect(result.stdout == """
        Die NATO sei bereit, mit Russland über Rüstungskontrolle zu sprechen.
        Gleichzeitig warnte er vor der Gefahr eines neuen Krieges.
        Sherman rief Moskau zur Deeskalation auf.

        """)
    }

    @Test func jsonHasByteOffsetsThatTileTheInputAndTheMetadataApart() throws {
        let file = try CLIRunner.temporaryFile(Array(Self.seed.utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run(["segment", file.path, "--lang", "de", "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["language"] as? String == "de")
        let metadata = json?["metadata"] as? [String: Any]
        #expect((metadata?["fields"] as? [String: String])?["date"] == "2022-01")
        let sentences = json?["sentences"] as? [[String: Any]] ?? []
        #expect(sentences.count == 3)
        let bytes = Array(Self.seed.utf8)
        var position = metadata?["end"] as? Int ?? -1
        for sentence in sentences {
            let start = sentence["start"] as? Int ?? -1, end = sentence["end"] as? Int ?? -1
            #expect(start == position)
            let slice = String(decoding: bytes[start..<end], as: UTF8.self)
            #expect(slice.contains(sentence["text"] as? String ?? "?"))
            position = end
        }
        #expect(position == bytes.count)
    }

    @Test func tsvHasAHeaderAndOneRowPerSentence() throws {
        let result = try CLIRunner.run(["segment", "-", "--lang", "en", "--format", "tsv"], stdin: "Mr. Smith came. He left.")
        #expect(result.stdout.split(separator: "\n") == ["index\tparagraph\tstart\tend\ttext", "0\t0\t0\t16\tMr. Smith came.", "1\t0\t16\t24\tHe left."])
    }

    @Test func damagedUTF8NamesFileLineAndByte() throws {
        let file = try CLIRunner.temporaryFile(Array("Grüße, Zeile eins.\nGr".utf8) + [0xFC] + Array("n.\n".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try CLIRunner.run(["segment", file.path, "--lang", "de"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("\(file.path):2:3: invalid UTF-8 at byte 23"))
        #expect(result.stderr.contains("re-save the file as UTF-8"))
    }

    /// What Windows editors and German Excel save: "ANSI" (Windows-1252) and "Unicode" (UTF-16).
    @Test func windows1252AndUTF16TextIsReadWithANote() throws {
        let ansi = try CLIRunner.temporaryFile(Array("Die Gr".utf8) + [0xFC] + Array("nen kamen. Sie sagten ".utf8) + [0x84] + Array("Nein".utf8) + [0x93, 0x2E])
        defer { try? FileManager.default.removeItem(at: ansi) }
        let fromAnsi = try CLIRunner.run(["segment", ansi.path, "--lang", "de"])
        #expect(fromAnsi.status == 0)
        #expect(fromAnsi.stdout == "Die Grünen kamen.\nSie sagten „Nein“.\n")
        #expect(fromAnsi.stderr.contains("is not UTF-8; read as Windows-1252"))

        let utf16 = try CLIRunner.temporaryFile([0xFF, 0xFE] + Array("Hallo. Grüße.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        defer { try? FileManager.default.removeItem(at: utf16) }
        let fromUTF16 = try CLIRunner.run(["segment", utf16.path, "--lang", "de"])
        #expect(fromUTF16.status == 0)
        #expect(fromUTF16.stdout == "Hallo.\nGrüße.\n")
    }

    @Test func binaryMissingFileAndUnknownLanguageFailClearly() throws {
        let binary = try CLIRunner.temporaryFile([0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01])
        defer { try? FileManager.default.removeItem(at: binary) }
        let asBinary = try CLIRunner.run(["segment", binary.path, "--lang", "de"])
        #expect(asBinary.status == 65)
        #expect(asBinary.stderr.contains("binary file"))

        let utf16 = try CLIRunner.temporaryFile([0xFF, 0xFE, 0x48, 0x00, 0x00])
        defer { try? FileManager.default.removeItem(at: utf16) }
        let asUTF16 = try CLIRunner.run(["segment", utf16.path, "--lang", "de"])
        #expect(asUTF16.status == 65)
        #expect(asUTF16.stderr.contains("broken UTF-16") && asUTF16.stderr.contains("iconv"))

        let missing = try CLIRunner.run(["segment", "/nonexistent/article.txt", "--lang", "de"])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("cannot read /nonexistent/article.txt"))

        let french = try CLIRunner.run(["segment", "-", "--lang", "fr"], stdin: "Bonjour.")
        #expect(french.status == 64)
        #expect(french.stderr.contains("--rules"))

        let noLanguage = try CLIRunner.run(["segment", "-"], stdin: "Hallo.")
        #expect(noLanguage.status == 64)
        #expect(noLanguage.stderr.contains("--lang"))
    }

    @Test func exportedRulesLoadBackAndBrokenRulesAreReported() throws {
        let exported = try CLIRunner.run(["segment", "--export-rules"])
        #expect(exported.status == 0)
        #expect(exported.stdout.contains("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">"))
        let rules = try CLIRunner.temporaryFile(Array(exported.stdout.utf8), suffix: ".srx")
        defer { try? FileManager.default.removeItem(at: rules) }
        let withRules = try CLIRunner.run(["segment", "-", "--lang", "de", "--rules", rules.path], stdin: "Das gilt z. B. hier. Und dort.")
        #expect(withRules.stdout == "Das gilt z. B. hier.\nUnd dort.\n")

        let broken = try CLIRunner.temporaryFile(Array("<srx xmlns=\"http://www.lisa.org/srx20\" version=\"2.0\">\n<header>".utf8), suffix: ".srx")
        defer { try? FileManager.default.removeItem(at: broken) }
        let failed = try CLIRunner.run(["segment", "-", "--lang", "de", "--rules", broken.path], stdin: "Text.")
        #expect(failed.status == 65)
        #expect(failed.stderr.contains(broken.path + ":"))
    }

    @Test func helpAndVersionReadLikeAManual() throws {
        let help = try CLIRunner.run(["segment", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--format <text|json|tsv>"))
        #expect(help.stdout.contains("Examples:"))
        let version = try CLIRunner.run(["--version"])
        #expect(version.stdout.hasPrefix("glossa 0."))
        #expect(version.stdout.contains("ICU"))
    }
}
