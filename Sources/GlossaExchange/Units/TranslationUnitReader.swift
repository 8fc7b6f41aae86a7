import GlossaCore

/// A file read unit by unit for an import (TMX, XLIFF): the import stores each unit as it comes,
/// so memory stays flat whatever the file size.
public protocol TranslationUnitReader: AnyObject {
    /// What the file says about itself; its `srclang` tells which variant is the source.
    var header: TMXHeader { get }
    /// Quirks read through so far (each kind once, with a count).
    var diagnostics: [Diagnostic] { get }
    /// Bytes of the file read from disk so far, for a progress bar.
    var bytesRead: Int { get }
    /// The next unit, nil at the end; throws the reader's own error for a malformed file.
    func nextUnit() throws -> TranslationUnit?
}

extension TMXReader: TranslationUnitReader {
    public func nextUnit() throws -> TranslationUnit? { try next() }
}
