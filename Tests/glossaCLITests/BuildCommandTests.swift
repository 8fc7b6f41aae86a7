import Foundation
import Testing

/// The main job end to end, through the built binary: the seed corpus into a temporary memory.
@Suite struct BuildCommandTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpora").path

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-build-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func buildsTheSeedCorpusIntoAMemoryThatAnswersLookupsBothWays() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("memory.sqlite").path
        let build = try CLIRunner.run(["build", Self.corpus, "--memory", memory, "--no-dictionary", "--tmx-out", folder.appendingPathComponent("m.tmx").path])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("sentence pairs     42"))
        #expect(build.stderr.contains("nato-russia-2022-01: 42 sentence pairs"))

        let lookup = try CLIRunner.run(["lookup", "Einflusssphären", "--memory", memory, "--json"])
        #expect(lookup.status == 0)
        #expect(lookup.stdout.contains(#""target":"sphere of influence""#) || lookup.stdout.contains(#""target":"spheres of influence""#))
        let reverse = try CLIRunner.run(["lookup", "de-escalation", "--from", "en", "--memory", memory])
        #expect(reverse.stdout.hasPrefix("de-escalation → Deeskalation"))
        // The base form counts the memory's sentences with the forms it was seen in.
        let base = try CLIRunner.run(["lookup", "Einflusssphäre", "--memory", memory, "--json"])
        #expect(base.stdout.contains(#""memorySentences":2"#), "\(base.stdout)")
        // A compound with no entry shows the entry of its first part, to put its translation together.
        let part = try CLIRunner.run(["lookup", "Deeskalationsplan", "--memory", memory])
        #expect(part.stdout.hasPrefix("No entry for \"Deeskalationsplan\". Entries on its first part, \"Deeskalation\":\n"
                                      + "Deeskalation → de-escalation"), "\(part.stdout)")

        let tmx = try String(contentsOf: folder.appendingPathComponent("m.tmx"), encoding: .utf8)
        #expect(tmx.components(separatedBy: "<tu ").count - 1 == 42)
        #expect(tmx.contains("<seg>Die NATO dagegen verlangt vor allem ein Ende des russischen Truppenaufmarsches in der Nähe zur Ukraine.</seg>"))
        #expect(tmx.contains("<prop type=\"x-glossa-origin\">\(Self.corpus)/nato-russia-2022-01</prop>"))

        // Running again changes nothing.
        let again = try CLIRunner.run(["build", Self.corpus, "--memory", memory, "--no-dictionary"])
        #expect(again.stdout.contains("1 (0 built, 1 unchanged, 0 skipped)"))
        #expect(again.stdout.contains("(0 new, 0 updated, 47 unchanged, 0 withdrawn)"))
    }

    /// An article is rebuilt when its sentence pairs change, not its file: the same text saved
    /// with Windows line endings leaves the memory as it is (the hash is over the pairs, so a
    /// glossa that segments or aligns differently rewrites an unchanged file's units).
    @Test func anArticleIsRebuiltWhenItsPairsChangeNotItsBytes() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("artikel")
        try FileManager.default.createDirectory(at: article, withIntermediateDirectories: true)
        for name in ["de.txt", "en.txt"] {
            try FileManager.default.copyItem(atPath: Self.corpus + "/nato-russia-2022-01/" + name, toPath: article.appendingPathComponent(name).path)
        }
        let memory = folder.appendingPathComponent("m.sqlite").path
        let first = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(first.stdout.contains("1 (1 built, 0 unchanged, 0 skipped)"), "\(first.stdout)")
        let german = article.appendingPathComponent("de.txt")
        let text = try String(contentsOf: german, encoding: .utf8)
        try text.replacingOccurrences(of: "\n", with: "\r\n").write(to: german, atomically: true, encoding: .utf8)
        let resaved = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(resaved.stdout.contains("1 (0 built, 1 unchanged, 0 skipped)"), "\(resaved.stdout)")
        try text.replacingOccurrences(of: "Jens Stoltenberg", with: "Jens Stoltenberg (NATO)").write(to: german, atomically: true, encoding: .utf8)
        let edited = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(edited.stdout.contains("1 (1 built, 0 unchanged, 0 skipped)"), "\(edited.stdout)")
    }

    @Test func reportsBadArticlesBuildsTheRestAndExitsNonZero() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fm = FileManager.default
        let good = folder.appendingPathComponent("good")
        try fm.createDirectory(at: good, withIntermediateDirectories: true)
        try fm.copyItem(atPath: Self.corpus + "/nato-russia-2022-01/de.txt", toPath: good.appendingPathComponent("de.txt").path)
        try fm.copyItem(atPath: Self.corpus + "/nato-russia-2022-01/en.txt", toPath: good.appendingPathComponent("en.txt").path)
        try Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]).write(to: folder.appendingPathComponent("zip.de.txt"))
        try Data("Some English.".utf8).write(to: folder.appendingPathComponent("zip.en.txt"))
        try Data("Nur Deutsch, kein Partner.".utf8).write(to: folder.appendingPathComponent("alone.de.txt"))
        try Data("".utf8).write(to: folder.appendingPathComponent("empty.de.txt"))
        try Data("".utf8).write(to: folder.appendingPathComponent("empty.en.txt"))
        // A mismatched pair: the "English" file is the German article again.
        try fm.copyItem(atPath: Self.corpus + "/nato-russia-2022-01/de.txt", toPath: folder.appendingPathComponent("twice.de.txt").path)
        try fm.copyItem(atPath: Self.corpus + "/nato-russia-2022-01/de.txt", toPath: folder.appendingPathComponent("twice.en.txt").path)
        let memory = folder.appendingPathComponent("memory.sqlite").path

        let build = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(build.status == 65)
        #expect(build.stderr.contains("zip.de.txt: a NUL byte"))
        #expect(build.stderr.contains("empty.de.txt: the article is empty"))
        #expect(build.stderr.contains("alone.de.txt: no English partner"))
        #expect(build.stderr.contains("twice.en.txt looks like German text"))
        #expect(build.stdout.contains("4 (1 built, 0 unchanged, 4 skipped)"))
        let json = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary", "--json"])
        #expect(json.stdout.contains(#""state":"unchanged""#) && json.stdout.contains(#""state":"skipped""#))
        let stats = try CLIRunner.run(["stats", "--memory", memory, "--json"])
        #expect(stats.stdout.contains(#""units":42"#))
    }
}

extension BuildCommandTests {
    /// Windows editors save "ANSI" as Windows-1252, "Unicode" as UTF-16 with a byte order mark
    /// (the same reader, tested in TextFileDecodingTests), and UTF-8 with one.
    @Test func articlesSavedAsWindows1252OrWithAByteOrderMarkAreRead() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let german = try String(contentsOfFile: Self.corpus + "/nato-russia-2022-01/de.txt", encoding: .utf8)
        let english = try String(contentsOfFile: Self.corpus + "/nato-russia-2022-01/en.txt", encoding: .utf8)
        // Without its "date 2022-01" header line, so that the date comes from the meta file.
        let undated = String(german[german.range(of: "Die Differenzen")!.lowerBound...])
        try undated.data(using: .windowsCP1252)!.write(to: folder.appendingPathComponent("nato.de.txt"))
        try (Data([0xEF, 0xBB, 0xBF]) + Data(english.utf8)).write(to: folder.appendingPathComponent("nato.en.txt"))
        try "Quelle: Süddeutsche\r\ndate 2021-12\r\n".data(using: .windowsCP1252)!.write(to: folder.appendingPathComponent("nato.meta"))
        let memory = folder.appendingPathComponent("memory.sqlite").path
        let build = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(build.status == 0, "\(build.stderr)")
        let tmx = try CLIRunner.run(["export", "--format", "tmx", "--memory", memory]).stdout
        #expect(tmx.contains("<seg>Die Differenzen zwischen Russland und dem Westen"))
        #expect(tmx.contains("gefährliche Einflusssphären schaffe"))
        #expect(tmx.contains("<prop type=\"x-glossa-date\">2021-12</prop>"), "the meta file, in Windows-1252 too")
        #expect(!tmx.contains("\u{FEFF}"))
    }

    /// Parallel documents in language folders are articles; a folder with none is an error
    /// that names the layouts glossa reads, and leaves no memory behind.
    @Test func languageFoldersAreReadAndAFolderWithoutArticlesIsAnError() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("memory.sqlite").path
        let empty = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(empty.status == 66 && empty.stderr.contains("de/NAME.txt + en/NAME.txt"), "\(empty.stderr)")
        #expect(!FileManager.default.fileExists(atPath: memory))
        for language in ["de", "en"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(language), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: Self.corpus + "/nato-russia-2022-01/\(language).txt",
                                             toPath: folder.appendingPathComponent("\(language)/nato.txt").path)
        }
        let build = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("nato: 42 sentence pairs, 0 sentences without a partner"))
    }
}

@Suite struct MonolingualBuildTests {
    @Test func germanFilesWithoutPartnerGiveTheirTermsWithMonolingual() throws {
        let folder = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Die Rüstungskontrolle war Thema. Über die Rüstungskontrolle wurde lange gesprochen. Der Truppenaufmarsch dauert an.".utf8)
            .write(to: folder.appendingPathComponent("alone.de.txt"))
        let memory = folder.appendingPathComponent("m.sqlite").path
        let out = folder.appendingPathComponent("glossary").path
        let result = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary", "--monolingual", "--glossary-out", out])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Rüstungskontrolle  2 sentences"))
        let candidates = try String(contentsOfFile: out + "/candidates.de.tsv", encoding: .utf8)
        #expect(candidates.contains("Rüstungskontrolle\t2\n") && candidates.contains("Truppenaufmarsch\t1\n"))
        let strict = try CLIRunner.run(["build", folder.path, "--memory", memory, "--no-dictionary"])
        #expect(strict.status == 65 && strict.stderr.contains("no English partner"))
    }
}

@Suite struct DecisionCommandTests {
    @Test func approvedAndRejectedEntriesKeepTheirStatusThroughARebuild() throws {
        let folder = try BuildCommandTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let memory = folder.appendingPathComponent("m.sqlite").path
        _ = try CLIRunner.run(["build", BuildCommandTests.corpus, "--memory", memory, "--no-dictionary"])
        let approve = try CLIRunner.run(["approve", "Einflusssphäre", "--memory", memory])
        #expect(approve.status == 0 && approve.stdout.contains("1 entry approved"))
        #expect(try CLIRunner.run(["reject", "Deeskalation", "--memory", memory]).status == 0)
        let unknown = try CLIRunner.run(["approve", "Einflusssphären", "--memory", memory])
        #expect(unknown.status == 65 && unknown.stderr.contains("did you mean \"Einflusssphäre\""))

        let rebuild = try CLIRunner.run(["build", BuildCommandTests.corpus, "--memory", memory, "--no-dictionary"])
        #expect(rebuild.status == 0)
        #expect(try CLIRunner.run(["lookup", "Einflusssphären", "--memory", memory]).stdout.contains("[approved"))
        let tsv = try CLIRunner.run(["export", "--format", "tsv", "--memory", memory]).stdout
        #expect(tsv.contains("Einflusssphäre\tsphere of influence") && !tsv.contains("Deeskalation\t"))
        let tbx = try CLIRunner.run(["export", "--format", "tbx2", "--status", "rejected", "--memory", memory]).stdout
        #expect(tbx.contains("<term>Deeskalation</term>") && tbx.contains("deprecatedTerm-admn-sts"))
    }
}
