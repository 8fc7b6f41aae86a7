import Foundation
import Testing

/// Glossaries/ holds what `glossa build Corpora --glossary-out Glossaries` produces (with
/// Debian's trans-de-en installed). This test rebuilds it into a temporary folder and compares.
/// Regenerate after a deliberate change with:
///   swift run glossa build Corpora --glossary-out Glossaries --memory /tmp/glossa-glossaries.sqlite
/// (remove /tmp/glossa-glossaries.sqlite first) and review the diff.
@Suite struct GlossariesGoldenTests {
    static let dictionaryInstalled = FileManager.default.fileExists(atPath: "/usr/share/trans/de-en")

    @Test(.enabled(if: dictionaryInstalled, "needs Debian's trans-de-en (apt-get install trans-de-en), as the committed files do"))
    func committedGlossariesAreWhatTheCodeProduces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-golden-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLIRunner.run(["build", "Corpora", "--glossary-out", folder.path, "--memory", folder.appendingPathComponent("m.sqlite").path],
                                       in: CLIRunner.packageRoot)
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["glossary.tbx", "glossary-v2.tbx", "glossary.tsv"] {
            let committed = try String(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Glossaries/\(name)"), encoding: .utf8)
            let produced = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(produced == committed, "Glossaries/\(name) is not what the code produces now; regenerate it (see this test's comment)")
        }
    }
}
