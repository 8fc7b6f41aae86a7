import CZlib

/// A file written compressed with gzip (`memory.tmx.gz`), the way ``InputFile`` reads it back.
/// zlib compresses as the bytes come, at its default level (about 30 MB/s here, a TMX shrinks
/// to an eighth).
public final class CompressedOutputFile {
    private var file: gzFile?
    public let path: String

    /// nil if the file cannot be created.
    public init?(path: String) {
        guard let file = gzopen(path, "wb") else { return nil }
        gzbuffer(file, 1 << 17)
        self.path = path
        self.file = file
    }

    deinit {
        if let file { gzclose(file) }
    }

    /// Compresses and writes `bytes`; false if zlib could not write them (a full disk).
    public func write(_ bytes: [UInt8]) -> Bool {
        guard let file, !bytes.isEmpty else { return file != nil }
        let written = bytes.withUnsafeBytes { gzwrite(file, $0.baseAddress, UInt32(clamping: $0.count)) }
        return written == Int32(clamping: bytes.count)
    }

    /// Writes what is buffered and the gzip trailer; false if that failed.
    public func close() -> Bool {
        guard let file else { return false }
        self.file = nil
        return gzclose(file) == Z_OK
    }
}
