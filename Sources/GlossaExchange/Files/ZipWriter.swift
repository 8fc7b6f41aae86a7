import CZlib

/// Writes a ZIP archive in memory (PKWARE's APPNOTE, members deflated by zlib, no ZIP64): what
/// an Excel workbook is made of. ``ZipArchive`` reads it back.
/// - Complexity: O(bytes); the archive is built whole (a workbook of a glossary is small).
enum ZipWriter {
    /// The archive of `members` in their order, each deflated, dated 1 January 2026.
    static func archive(_ members: [(name: String, bytes: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        // 2026-01-01 00:00 in MS-DOS form: the date a member carries, the same every time, so
        // exporting the same glossary twice gives the same bytes.
        let time: UInt16 = 0, date: UInt16 = UInt16((2026 - 1980) << 9 | 1 << 5 | 1)
        for member in members {
            let name = Array(member.name.utf8)
            let data = deflate(member.bytes)
            let crc = UInt32(member.bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
            let offset = UInt32(out.count)
            // Local header: version 2.0, UTF-8 names (bit 11), deflated (8).
            out += le32(0x0403_4B50) + le16(20) + le16(0x0800) + le16(8) + le16(time) + le16(date)
            out += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(member.bytes.count)) + le16(UInt16(name.count)) + le16(0)
            out += name + data
            directory += le32(0x0201_4B50) + le16(20) + le16(20) + le16(0x0800) + le16(8) + le16(time) + le16(date)
            directory += le32(crc) + le32(UInt32(data.count)) + le32(UInt32(member.bytes.count))
            directory += le16(UInt16(name.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + name
        }
        let directoryOffset = UInt32(out.count)
        out += directory
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(UInt16(members.count)) + le16(UInt16(members.count))
        out += le32(UInt32(directory.count)) + le32(directoryOffset) + le16(0)
        return out
    }

    /// Raw deflate (no zlib header), as ZIP stores a member.
    static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { deflateEnd(stream); stream.deallocate() }
        deflateInit2_(stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, UInt(bytes.count))) + 64)
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.pointee.next_in = source.baseAddress
                stream.pointee.avail_in = UInt32(source.count)
                stream.pointee.next_out = target.baseAddress
                stream.pointee.avail_out = UInt32(target.count)
                _ = CZlib.deflate(stream, Z_FINISH)
                return target.count - Int(stream.pointee.avail_out)
            }
        }
        return Array(output[..<written])
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
}
