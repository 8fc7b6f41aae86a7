import CZlib

/// Writes small ZIP archives for the tests, byte by byte as PKWARE's APPNOTE lays them out, so a
/// test can make the very archive it needs: deflated or stored members, names in UTF-8 or in
/// code page 437, ZIP64 records, and damage put in on purpose.
public enum ZipFixture {
    public struct Member {
        public var name: [UInt8]
        public var bytes: [UInt8]
        public var deflated: Bool
        /// Sets bit 11: the name is UTF-8.
        public var utf8Name: Bool
        /// The method number to write instead of 0 or 8 (the data stays as it is).
        public var method: UInt16?
        public var encrypted: Bool
        /// The size to list instead of the true one (a ZIP bomb lists a small one).
        public var declaredSize: UInt32?

        public init(_ name: String, _ text: String, deflated: Bool = true) {
            self.init(name: Array(name.utf8), bytes: Array(text.utf8), deflated: deflated)
        }

        public init(name: [UInt8], bytes: [UInt8], deflated: Bool = true, utf8Name: Bool = true,
                    method: UInt16? = nil, encrypted: Bool = false, declaredSize: UInt32? = nil) {
            self.declaredSize = declaredSize
            self.name = name
            self.bytes = bytes
            self.deflated = deflated
            self.utf8Name = utf8Name
            self.method = method
            self.encrypted = encrypted
        }
    }

    /// The archive's bytes. With `zip64`, the central directory's sizes and offsets are written
    /// as 0xFFFFFFFF with their values in ZIP64 extra fields, and a ZIP64 end record and locator
    /// precede the classic end record, as archives over 4 GB or 65,535 members have them.
    public static func archive(_ members: [Member], zip64: Bool = false, comment: String = "") -> [UInt8] {
        var out: [UInt8] = []
        var directory: [UInt8] = []
        for member in members {
            let data = member.deflated ? deflate(member.bytes) : member.bytes
            let crc = UInt32(member.bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) })
            let method = member.method ?? (member.deflated ? 8 : 0)
            let flags: UInt16 = (member.utf8Name ? 0x0800 : 0) | (member.encrypted ? 1 : 0)
            let offset = out.count
            let size = member.declaredSize ?? UInt32(member.bytes.count)
            out += le32(0x0403_4B50) + le16(20) + le16(flags) + le16(method) + le16(0) + le16(0x21)
            out += le32(crc) + le32(UInt32(data.count)) + le32(size)
            out += le16(UInt16(member.name.count)) + le16(0) + member.name + data
            let extra = zip64 ? le16(1) + le16(24) + le64(UInt64(size)) + le64(UInt64(data.count)) + le64(UInt64(offset)) : []
            directory += le32(0x0201_4B50) + le16(45) + le16(20) + le16(flags) + le16(method) + le16(0) + le16(0x21) + le32(crc)
            directory += zip64 ? le32(0xFFFF_FFFF) + le32(0xFFFF_FFFF) : le32(UInt32(data.count)) + le32(size)
            directory += le16(UInt16(member.name.count)) + le16(UInt16(extra.count)) + le16(0) + le16(0) + le16(0) + le32(0)
            directory += (zip64 ? le32(0xFFFF_FFFF) : le32(UInt32(offset))) + member.name + extra
        }
        let directoryOffset = out.count
        out += directory
        if zip64 {
            let recordOffset = out.count
            out += le32(0x0606_4B50) + le64(44) + le16(45) + le16(45) + le32(0) + le32(0)
            out += le64(UInt64(members.count)) + le64(UInt64(members.count)) + le64(UInt64(directory.count)) + le64(UInt64(directoryOffset))
            out += le32(0x0706_4B50) + le32(0) + le64(UInt64(recordOffset)) + le32(1)
        }
        let count: UInt16 = zip64 ? 0xFFFF : UInt16(members.count)
        out += le32(0x0605_4B50) + le16(0) + le16(0) + le16(count) + le16(count)
        out += le32(zip64 ? 0xFFFF_FFFF : UInt32(directory.count)) + le32(zip64 ? 0xFFFF_FFFF : UInt32(directoryOffset))
        out += le16(UInt16(comment.utf8.count)) + Array(comment.utf8)
        return out
    }

    /// Raw deflate (no zlib header), as ZIP stores a member.
    public static func deflate(_ bytes: [UInt8]) -> [UInt8] {
        var stream = z_stream()
        deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
        defer { deflateEnd(&stream) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 16)
        let written = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                return target.count - Int(stream.avail_out)
            }
        }
        return Array(output[..<written])
    }

    private static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    private static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }
    private static func le64(_ value: UInt64) -> [UInt8] { le32(UInt32(value & 0xFFFF_FFFF)) + le32(UInt32(value >> 32)) }
}
