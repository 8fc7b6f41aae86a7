import ArgumentParser
import Foundation
import GlossaExchange
import GlossaKit

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the memory as TMX, or the glossary as TBX, OmegaT TSV, CSV or Excel.",
        discussion: """
        --format tmx    TMX 1.4b, valid against its DTD and XSD; streams, so any size.
                        --level 1 plain text, --level 2 (default) keeps inline tags.
        --format tbx    TBX v3, TBX-Basic.
        --format tbx2   TBX v2 (martif): what OmegaT and Translate Toolkit read.
        --format tsv    OmegaT's glossary (put it in the project's glossary/ folder).
        --format csv    every field of every entry.
        --format xlsx   the same as an Excel workbook (header frozen, filters on), for review
                        in Excel or LibreOffice; import it back to take the statuses set there.

        Glossary exports leave out rejected entries unless --status names them. An output file
        named ….gz is compressed with gzip.

        Examples:
          glossa export --format tmx -o memory.tmx
          glossa export --format tbx2 --status approved -o glossary.tbx
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case tmx, tbx, tbx2, tsv, csv, xlsx
    }

    @Option(help: ArgumentHelp("tmx | tbx | tbx2 | tsv | csv | xlsx", valueName: "format"))
    var format: Format

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write here instead of standard output (- is standard output).", valueName: "file"))
    var outputOption: String?

    /// The file to write, nil for standard output ("-o -", as Unix tools take it).
    var output: String? { outputOption == "-" ? nil : outputOption }

    @Option(help: ArgumentHelp("TMX level: 1 (plain text) or 2 (inline tags).", valueName: "1|2"))
    var level: Int = 2

    @Option(help: ArgumentHelp("Source language (the TMX header's srclang).", valueName: "tag"))
    var from: LanguageTag = .german

    @Option(help: ArgumentHelp("Target language; with it, TMX units keep only the two languages.", valueName: "tag"))
    var to: LanguageTag?

    @Option(help: ArgumentHelp("Only units created or changed on or after this date (2022, 2022-01, 2022-01-12).", valueName: "date"))
    var since: String?

    @Option(help: ArgumentHelp("Only what came from this origin (a file or article folder, or its start).", valueName: "origin"))
    var origin: String?

    @Option(parsing: .upToNextOption, help: ArgumentHelp("Glossary entries with these statuses (default: approved candidate).", valueName: "status"))
    var status: [String] = []

    @OptionGroup var memory: MemoryOptions

    func validate() throws {
        guard level == 1 || level == 2 else { throw ValidationError("--level is 1 or 2.") }
        for value in status where GlossaryEntry.Status(rawValue: value) == nil {
            throw ValidationError("--status takes approved, candidate or rejected, not \(value).")
        }
        if let since, !since.contains(where: \.isNumber) { throw ValidationError("--since takes a date such as 2022-01.") }
        if format == .xlsx && output == nil { throw ValidationError("--format xlsx writes a workbook: give it a file with -o glossary.xlsx.") }
    }

    func run() throws {
        try reportingErrors {
            let store = try memory.openExisting()
            let sink = try OutputSink(path: output)
            switch format {
            case .tmx:
                let filter = UnitFilter(languages: to.map { [from, $0] } ?? [], origin: origin, since: since)
                let writer = TMXWriter(level: level == 1 ? .plainText : .markup)
                let extras = try store.importedHeaderExtras(origin: origin)
                let sourceTag = try store.mostCommonLanguage(coveredBy: from) ?? from
                let header = TMXWriter.glossaHeader(sourceLanguage: sourceTag, toolVersion: Glossa.version, props: extras.props, notes: extras.notes)
                try sink.write(writer.prolog(header: header, toolVersion: Glossa.version))
                let source = from // an option's value is looked up on every read
                let count = try store.forEachUnit(matching: filter, exportSourceLanguage: sourceTag) { unit in
                    var unit = unit
                    // Units that name another source language keep it; the rest take the header's.
                    if unit.sourceLanguage == nil, unit.variant(in: source) == nil { unit.attributes[attribute: "srclang"] = "*all*" }
                    try sink.write { writer.write(unit, to: &$0) }
                }
                try sink.write(TMXWriter.epilog)
                try sink.close()
                if output != nil { StandardError.print("glossa: \(counted(count, "unit")) written to \(output!)") }
            case .tbx, .tbx2, .tsv, .csv, .xlsx:
                let statuses = Set(status.isEmpty ? [.approved, .candidate] : status.compactMap(GlossaryEntry.Status.init(rawValue:)))
                let entries = try store.glossaryEntries(statuses: statuses, origin: origin)
                switch format {
                case .tbx: try sink.write(TBXWriter.write(entries, version: .v3, toolVersion: Glossa.version))
                case .tbx2: try sink.write(TBXWriter.write(entries, version: .v2, toolVersion: Glossa.version))
                case .tsv: try sink.write(TabularGlossary.writeOmegaT(entries))
                case .xlsx: try sink.write(bytes: XLSXWriter.workbook(entries))
                default: try sink.write(TabularGlossary.writeCSV(entries))
                }
                try sink.close()
                if output != nil { StandardError.print("glossa: \(counted(entries.count, "glossary entry", "glossary entries")) written to \(output!)") }
            }
        }
    }
}
