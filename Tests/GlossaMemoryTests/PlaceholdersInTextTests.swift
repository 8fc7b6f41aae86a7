@testable import GlossaMemory
import Testing

/// Software placeholders written as text, as gettext, Java, .NET, Qt and Python strings carry.
@Suite struct PlaceholdersInTextTests {
    @Test(arguments: [
        ("Die Datei {0} wurde gespeichert.", "Die Datei wurde gespeichert.", 1),
        ("{count} Dateien von {user}", "Dateien von", 2),
        ("%s Dateien, %1$d Ordner, %(name)s und %1 mehr", "Dateien, Ordner, und mehr", 4),
        ("Die Zinsen stiegen um 5 % auf 100%ig sichere {Werte.", "Die Zinsen stiegen um 5 % auf 100%ig sichere {Werte.", 0),
        ("Rabatt: 20% dann 30%.", "Rabatt: 20% dann 30%.", 0),
    ] as [(String, String, Int)])
    func placeholdersAreFoundAndNothingElse(_ text: String, _ without: String, _ count: Int) {
        let removed = PlaceholdersInText.removed(from: text)
        #expect(removed.text == without && removed.count == count)
    }
}
