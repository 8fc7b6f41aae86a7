import ArgumentParser
import Foundation
import GlossaKit

/// `glossa approve` and `glossa reject`: the translator's decision on a glossary entry, which
/// later builds keep.
struct Approve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Approve a glossary entry (rebuilds keep the decision; exports mark it preferred).",
        discussion: """
        Names the entry by its German base form (case and diacritics aside), and by its English \
        one when the German term has several translations.

        Examples:
          glossa approve Einflusssphäre
          glossa approve Rat Council
        """
    )

    @OptionGroup var decision: DecisionOptions

    func run() throws {
        try reportingErrors { try decision.apply(.approved) }
    }
}

struct Reject: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Reject a glossary entry (rebuilds keep the decision; exports leave it out).",
        discussion: """
        Example:
          glossa reject Westen
        """
    )

    @OptionGroup var decision: DecisionOptions

    func run() throws {
        try reportingErrors { try decision.apply(.rejected) }
    }
}

/// The stable JSON shape of `glossa approve|reject --json`.
struct Decision: Encodable {
    var term: String
    var status: String
    var entries: Int
}

struct DecisionOptions: ParsableArguments {
    @Argument(help: "The German base form.")
    var term: String

    @Argument(help: "The English base form, when the German term has several entries.")
    var translation: String?

    @OptionGroup var memory: MemoryOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        guard !term.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("Give the German term.") }
    }

    func apply(_ status: GlossaryEntry.Status) throws {
        let store = try memory.openExisting()
        let changed = try store.setStatus(status, source: term, target: translation)
        guard changed > 0 else {
            let near = try store.lookup(term, from: .german, alsoForms: Glossa.lookupForms(term, language: .german), limit: 3)
            let hint = near.isEmpty ? "" : "; did you mean " + near.map { "\"\($0.entry.source)\" (\($0.entry.target))" }.joined(separator: ", ") + "?"
            throw CLIError.badData("no glossary entry \"\(term)\"\(translation.map { " → \"\($0)\"" } ?? "")\(hint)")
        }
        if output.json {
            Terminal.write(JSONOutput.encode(Decision(term: term, status: status.rawValue, entries: changed)) + "\n")
        } else {
            Terminal.write("\(term): \(changed) entr\(changed == 1 ? "y" : "ies") \(status.rawValue)\n")
        }
    }
}
