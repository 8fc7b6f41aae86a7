import CZlib
import Glibc

/// The bytes of one member of a ZIP archive, inflated block by block as they are asked for
/// (raw deflate through zlib, or copied when stored), checked against the member's size and
/// CRC-32 at its end, so a damaged archive is refused rather than read short.
/// - Complexity: O(member's bytes); memory is the two blocks, whatever the member's size.
final class ZipMemberReader {
    private let file: UnsafeMutablePointer<FILE>
    private let archive: String
    private let member: ZipArchive.Member
    private let stream: UnsafeMutablePointer<z_stream>
    private static let blockSize = 1 << 16
    /// Compressed bytes read ahead; zlib keeps a pointer into them between calls.
    private let input = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
    private var compressedLeft: UInt64
    private var produced: UInt64 = 0
    private var crc: UInt = 0
    private var ended = false
    private var inflatedAll = false

    init(member: ZipArchive.Member, of archive: ZipArchive) throws(ZipError) {
        guard !member.isEncrypted else { throw .encrypted(file: archive.path, member: member.name) }
        guard member.method == 0 || member.method == 8 else {
            throw .unsupportedMethod(file: archive.path, member: member.name, method: member.method)
        }
        guard let file = fopen(archive.path, "rb") else { throw .unreadable(file: archive.path) }
        // The local header repeats the name and may carry another extra field; the data follows.
        let header = try? ZipArchive.bytes(of: file, at: member.localHeaderOffset, count: 30, path: archive.path)
        guard let header, header.uint32(at: 0) == 0x0403_4B50 else {
            fclose(file)
            throw .memberDamaged(file: archive.path, member: member.name, detail: "its local header is missing or damaged (is the archive cut off?)")
        }
        fseeko(file, off_t(member.localHeaderOffset + 30 + UInt64(header.uint16(at: 26)) + UInt64(header.uint16(at: 28))), SEEK_SET)
        // zlib's state points back at its stream, so the stream lives at one address.
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        // Negative window bits: raw deflate, no zlib or gzip wrapper (as ZIP stores it).
        if member.method == 8, inflateInit2_(stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) != Z_OK {
            stream.deallocate()
            fclose(file)
            throw .memberDamaged(file: archive.path, member: member.name, detail: "zlib could not start inflating it")
        }
        self.file = file
        self.stream = stream
        self.archive = archive.path
        self.member = member
        compressedLeft = member.compressedSize
    }

    deinit {
        if member.method == 8 { inflateEnd(stream) }
        stream.deallocate()
        input.deallocate()
        fclose(file)
    }

    /// How far into the archive reading has come, for a progress bar over the archive's size.
    var offsetOnDisk: Int { Int(ftello(file)) }

    /// Fills `buffer` with the member's next bytes; 0 at its end.
    /// - Throws: ``ZipError/memberDamaged(file:member:detail:)`` where the data is corrupt, cut
    ///   off, longer or shorter than the directory says, or fails its CRC-32.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) throws(ZipError) -> Int {
        guard !ended, count > 0 else { return 0 }
        let read = member.method == 0 ? try copy(into: buffer, count: count) : try inflate(into: buffer, count: count)
        if read > 0 {
            crc = crc32(crc, buffer.assumingMemoryBound(to: Bytef.self), UInt32(read))
            produced += UInt64(read)
            guard produced <= member.size else { throw damaged("it inflates to more than the \(member.size) bytes the archive lists") }
            return read
        }
        ended = true
        guard produced == member.size else { throw damaged("it ends after \(produced) of its \(member.size) bytes (is the archive cut off?)") }
        guard UInt32(truncatingIfNeeded: crc) == member.crc32 else { throw damaged("its checksum does not match (the data is damaged)") }
        return 0
    }

    private func copy(into buffer: UnsafeMutableRawPointer, count: Int) throws(ZipError) -> Int {
        let wanted = Int(min(UInt64(count), compressedLeft))
        guard wanted > 0 else { return 0 }
        let read = fread(buffer, 1, wanted, file)
        guard read > 0 else { throw damaged("it ends early (is the archive cut off?)") }
        compressedLeft -= UInt64(read)
        return read
    }

    private func inflate(into buffer: UnsafeMutableRawPointer, count: Int) throws(ZipError) -> Int {
        stream.pointee.next_out = buffer.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = UInt32(clamping: count)
        while stream.pointee.avail_out > 0 && !inflatedAll {
            if stream.pointee.avail_in == 0 && compressedLeft > 0 {
                let read = fread(input, 1, Int(min(UInt64(Self.blockSize), compressedLeft)), file)
                guard read > 0 else { throw damaged("it ends early (is the archive cut off?)") }
                compressedLeft -= UInt64(read)
                stream.pointee.next_in = input
                stream.pointee.avail_in = UInt32(read)
            }
            switch CZlib.inflate(stream, Z_NO_FLUSH) {
            case Z_STREAM_END: inflatedAll = true
            case Z_OK: continue
            case Z_BUF_ERROR where stream.pointee.avail_in == 0 && compressedLeft == 0:
                throw damaged("its deflated data ends early (is the archive cut off?)")
            case Z_BUF_ERROR: continue
            case let status:
                let message = stream.pointee.msg.map { String(cString: $0) } ?? "error \(status)"
                throw damaged("its deflated data is damaged (zlib: \(message))")
            }
        }
        return count - Int(stream.pointee.avail_out)
    }

    private func damaged(_ detail: String) -> ZipError { .memberDamaged(file: archive, member: member.name, detail: detail) }
}
