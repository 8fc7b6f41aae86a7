import ArgumentParser
import GlossaKit

@main
struct GlossaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossa",
        abstract: "Translation memory and glossary from German articles and their English versions.",
        discussion: """
        glossa segments German and English text into sentences with ICU and SRX rules, and (as
        the project grows) aligns articles with their translations, extracts term pairs and keeps
        them in a translation memory that round-trips TMX 1.4b.

        Exit codes: 0 success; 64 bad usage; 65 bad input data (invalid UTF-8, binary file,
        malformed rules); 66 a file cannot be read; 70 an internal error.
        """,
        version: "glossa \(Glossa.version) (ICU \(Glossa.icuVersion))",
        subcommands: [Build.self, Lookup.self, Match.self, Concordance.self, Import.self, Export.self, Stats.self, Segment.self, Align.self, Terms.self]
    )
}
