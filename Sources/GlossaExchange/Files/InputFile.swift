import CZlib
import Glibc

/// A file read from disk block by block, plain or compressed with gzip (told by its first two
/// bytes, 1F 8B, not by its name): OPUS and other corpora ship TMX as `.tmx.gz`.
///
/// zlib's `gzread` inflates as it goes, so memory stays flat whatever the file's size; it reads
/// a file that is not compressed as it is, but a plain file goes through `fread` (no copy).
/// - Complexity: O(bytes read); inflating costs about as much as parsing the XML.
public final class InputFile {
    private enum Handle {
        case plain(UnsafeMutablePointer<FILE>)
        case gzip(gzFile)
        case zipMember(ZipMemberReader)
    }

    private let handle: Handle

    /// nil if the file cannot be opened.
    init?(path: String) {
        guard let file = fopen(path, "rb") else { return nil }
        var magic = [UInt8](repeating: 0, count: 2)
        let count = fread(&magic, 1, 2, file)
        if count == 2, magic == [0x1F, 0x8B] {
            fclose(file)
            guard let compressed = gzopen(path, "rb") else { return nil }
            gzbuffer(compressed, 1 << 17)
            handle = .gzip(compressed)
        } else {
            rewind(file)
            handle = .plain(file)
        }
    }

    /// A member of a ZIP archive, inflated as it is read (a TMX in a DGT-TM archive).
    public init(member: ZipArchive.Member, of archive: ZipArchive) throws(ZipError) {
        handle = .zipMember(try ZipMemberReader(member: member, of: archive))
    }

    deinit {
        switch handle {
        case .plain(let file): fclose(file)
        case .gzip(let file): gzclose(file)
        case .zipMember: break
        }
    }

    /// Fills `buffer` from the file; how many bytes (0 at the end of the file).
    /// - Throws: ``InputFileError/damaged(_:)`` where compressed data is corrupt or cut off.
    func read<Element>(into buffer: inout [Element]) throws(InputFileError) -> Int {
        var outcome: Result<Int, InputFileError> = .success(0)
        buffer.withUnsafeMutableBytes { raw in
            do throws(InputFileError) {
                outcome = .success(try read(into: raw.baseAddress!, count: raw.count))
            } catch {
                outcome = .failure(error)
            }
        }
        return try outcome.get()
    }

    private func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(InputFileError) -> Int {
        switch handle {
        case .plain(let file):
            return fread(buffer, 1, count, file)
        case .gzip(let file):
            let read = gzread(file, buffer, UInt32(clamping: count))
            guard read >= 0 else {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "unknown error"
                throw .damaged("the gzip data is damaged (zlib: \(message))")
            }
            // A compressed stream cut off early reads as a short end; zlib says so afterwards.
            if read == 0 {
                var code: Int32 = 0
                if let message = gzerror(file, &code), code != Z_OK && code != Z_STREAM_END {
                    throw .damaged("the gzip data is damaged (zlib: \(String(cString: message)))")
                }
            }
            return Int(read)
        case .zipMember(let reader):
            do {
                return try reader.read(into: buffer, count: count)
            } catch {
                // What to do is the reader's to say (XMLError's advice), once.
                if case .memberDamaged(_, _, let detail) = error { throw .damaged(detail) }
                throw .damaged(error.reason)
            }
        }
    }

    /// How far into the file on disk reading has come (the compressed offset for gzip): what a
    /// progress bar compares with the file's size.
    var offsetOnDisk: Int {
        switch handle {
        case .plain(let file): return ftell(file)
        case .gzip(let file): return Int(gzoffset(file))
        case .zipMember(let reader): return reader.offsetOnDisk
        }
    }

    /// The file's first `count` bytes, inflated if compressed (for telling a file's kind by its
    /// start); nil if it cannot be opened or is damaged there.
    public static func prefix(of path: String, count: Int) -> [UInt8]? {
        guard let file = InputFile(path: path) else { return nil }
        var block = [UInt8](repeating: 0, count: count)
        guard let read = try? file.read(into: &block) else { return nil }
        return Array(block[..<read])
    }

    /// Whether a file name ends in `.gz` (the name a compressed file goes by: "memory.tmx.gz").
    public static func compressedName(_ path: String) -> Bool { path.lowercased().hasSuffix(".gz") }

    /// The whole file, inflated if compressed; nil if it cannot be opened.
    public static func contents(of path: String) throws(InputFileError) -> [UInt8]? {
        guard let file = InputFile(path: path) else { return nil }
        return try file.remainingContents()
    }

    /// The next bytes, at most `count` (fewer only at the end of the file).
    public func read(upTo count: Int) throws(InputFileError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            var block = [UInt8](repeating: 0, count: count - filled)
            let read = try read(into: &block)
            if read == 0 { break }
            bytes.replaceSubrange(filled..<(filled + read), with: block[..<read])
            filled += read
        }
        return Array(bytes[..<filled])
    }

    /// Everything from here to the end of the file.
    public func remainingContents() throws(InputFileError) -> [UInt8] {
        var bytes: [UInt8] = []
        var block = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = try read(into: &block)
            if count == 0 { return bytes }
            bytes += block[..<count]
        }
    }
}

/// Why a file could not be read to its end.
public enum InputFileError: Error, CustomStringConvertible {
    case damaged(String)

    public var description: String {
        switch self {
        case .damaged(let message): message
        }
    }
}
