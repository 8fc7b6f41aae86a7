import ArgumentParser
import GlossaKit

@main
struct GlossaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "glossa",
        abstract: "Translation memory and glossary from German articles and their English versions.",
        discussion: """
        glossa builds a translation memory and a glossary from German articles and their English \
        versions (glossa build), answers lookups, fuzzy matches and concordance queries from \
        them, and exchanges both with CAT tools as TMX 1.4b, TBX and OmegaT's glossary format. \
        segment, align and terms run the stages on their own.

        The memory: --memory PATH, else $GLOSSA_MEMORY, else $XDG_DATA_HOME/glossa/memory.sqlite, \
        else ~/.local/share/glossa/memory.sqlite.

        Exit codes: 0 success; 64 bad usage; 65 bad input data (invalid UTF-8, binary or \
        malformed files, files skipped by build); 66 a file cannot be read; 73 an output cannot \
        be written; 74 the memory cannot be opened or written; 70 an internal error.
        """,
        version: "glossa \(Glossa.version) (ICU \(Glossa.icuVersion))",
        subcommands: [
            Build.self, Lookup.self, Match.self, Analyze.self, Concordance.self, Import.self, Export.self, Stats.self, Approve.self, Reject.self,
            Segment.self, Align.self, Terms.self,
        ]
    )
}
