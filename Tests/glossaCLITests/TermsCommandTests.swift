import Foundation
import Testing

@Suite struct TermsCommandTests {
    static let german = AlignCommandTests.corpus.appendingPathComponent("de.txt").path
    static let english = AlignCommandTests.corpus.appendingPathComponent("en.txt").path

    @Test func jsonGlossaryOfTheSeed() throws {
        let result = try CLIRunner.run(["terms", Self.german, Self.english, "--format", "json"])
        #expect(result.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(json?["sourceLanguage"] as? String == "de")
        #expect(json?["targetLanguage"] as? String == "en")
        let pairs = json?["pairs"] as? [[String: Any]] ?? []
        let sphere = pairs.first { $0["source"] as? String == "Einflusssphäre" }
        #expect(sphere?["target"] as? String == "sphere of influence")
        #expect(sphere?["sourceVariants"] as? [String] == ["Einflusssphären"])
        #expect((sphere?["example"] as? [String: String])?["target"]?.contains("spheres of influence") == true)
        let confidences = pairs.compactMap { $0["confidence"] as? Double }
        #expect(confidences == confidences.sorted(by: >))
        #expect(confidences.allSatisfy { $0 >= 0.7 })
    }

    /// Pairs that score exactly alike ("Schloss" goes with "Door" and with "lock" every time,
    /// both four letters) must be settled the same way in every run: a process hashes with its
    /// own seed, so any order taken from a dictionary would show here.
    @Test func equallyScoredPairsComeOutTheSameInEveryRun() throws {
        let terms = [("Das Schloss", "Door, lock"), ("Die Mauer", "Wall, fort"), ("Der Hafen", "Port, dock"),
                     ("Die Straße", "Road, lane"), ("Der Hügel", "Hill, knob")]
        var german = "", english = ""
        // Each term twice, in two sentences (a sentence pair met twice counts once).
        for (source, target) in terms {
            german += source + ".\n" + source + " heute.\n"
            english += target + ".\n" + target + " today.\n"
        }
        let source = try CLIRunner.temporaryFile(Array(german.utf8)), target = try CLIRunner.temporaryFile(Array(english.utf8))
        defer { [source, target].forEach { try? FileManager.default.removeItem(at: $0) } }
        let runs = try (0..<4).map { _ in
            try CLIRunner.run(["terms", source.path, target.path, "--aligned", "--min-confidence", "0"]).stdout
        }
        #expect(runs[0].contains("Schloss"))
        #expect(Set(runs).count == 1)
    }

    @Test func aTabSeparatedGlossaryServesAsDictionary() throws {
        let glossary = try CLIRunner.temporaryFile(Array("Rüstung\tarms\nKontrolle\tcontrol\nTruppe\ttroop\nAufmarsch\tbuild-up\n".utf8), suffix: ".tsv")
        defer { try? FileManager.default.removeItem(at: glossary) }
        let result = try CLIRunner.run(["terms", Self.german, Self.english, "--dictionary", glossary.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Rüstungskontrolle\tarms control\t"))
        #expect(result.stdout.contains("Truppenaufmarsch\ttroop build-up\t"))
    }

    @Test func badInputIsRefused() throws {
        let empty = try CLIRunner.temporaryFile(Array("\n".utf8))
        defer { try? FileManager.default.removeItem(at: empty) }
        let withEmpty = try CLIRunner.run(["terms", Self.german, empty.path])
        #expect(withEmpty.status == 65)
        let badThreshold = try CLIRunner.run(["terms", Self.german, Self.english, "--min-confidence", "2"])
        #expect(badThreshold.status == 64)
        // Swapped files: the advice names what terms takes (no language options, which only align has).
        let swapped = try CLIRunner.run(["terms", Self.english, Self.german])
        #expect(swapped.status == 65)
        #expect(swapped.stderr.contains("looks like English") && swapped.stderr.contains("order of the files"))
        #expect(!swapped.stderr.contains("--source-lang"))
    }
}
