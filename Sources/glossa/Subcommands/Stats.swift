import ArgumentParser
import Foundation
import GlossaKit

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what the memory holds.")

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    func run() throws {
        try reportingErrors {
            let statistics = try memory.openExisting().statistics()
            if output.json {
                Terminal.write(JSONOutput.encode(statistics) + "\n")
                return
            }
            var rows = [["memory", statistics.path], ["translation units", "\(statistics.units)"]]
            for language in statistics.variantsByLanguage { rows.append(["  \(language.language)", counted(language.count, "segment")]) }
            rows.append(["origins", "\(statistics.origins) (" + counted(statistics.articles, "article") + ")"])
            let glossary = statistics.glossary.values.reduce(0, +)
            rows.append(["glossary entries", "\(glossary)"])
            for status in GlossaryEntry.Status.allCases {
                rows.append(["  \(status.rawValue)", "\(statistics.glossary[status.rawValue] ?? 0)"])
            }
            Terminal.write(Columns.render(rows))
        }
    }
}
