import Glibc

/// The table of contents of a ZIP archive (PKWARE's APPNOTE): DGT-TM and other corpora ship
/// their TMX in `.zip` files, and Excel saves a workbook (`.xlsx`) as one.
///
/// Only the central directory at the end of the file is read here; a member's bytes are read
/// when asked for, inflated as they come (``InputFile/init(member:of:)``), so an archive of
/// gigabytes costs no more memory than its list of names. ZIP64 archives (over 4 GB, over 65,535
/// members) are read; split archives and encrypted members are refused by name. Hand-written
/// over zlib rather than through ZIPFoundation: glossa already links zlib, and a member must be
/// pulled block by block by the XML reader, where ZIPFoundation pushes to a closure.
/// - Complexity: O(members) to open; reads the last 64 KB and the central directory.
public struct ZipArchive: Sendable {
    public struct Member: Sendable, Hashable {
        /// The path inside the archive, `/`-separated ("Vol_2019_1/EN-DE.tmx").
        public var name: String
        /// 0: stored, 8: deflated; the only two glossa reads (and all zip tools write by default).
        var method: UInt16
        var isEncrypted: Bool
        var crc32: UInt32
        var compressedSize: UInt64
        public var size: UInt64
        var localHeaderOffset: UInt64

        public var isDirectory: Bool { name.hasSuffix("/") }
        /// The file's own name, without its folders.
        public var fileName: String { String(name.split(separator: "/").last ?? Substring(name)) }
        /// Files zip tools of macOS add beside the real ones (`__MACOSX/`, `._name`, `.DS_Store`).
        public var isSystemFile: Bool {
            name.hasPrefix("__MACOSX/") || fileName.hasPrefix("._") || fileName == ".DS_Store"
        }
    }

    public let path: String
    /// Members in the order of the central directory (the order they were added).
    public let members: [Member]

    /// A member read whole (a part of a workbook or document), nil if the archive has no member
    /// of that name.
    /// - Throws: ``ZipError`` when the member is damaged, or lists more than `largest` bytes
    ///   (a part that would inflate to gigabytes is refused before it is read: a ZIP bomb).
    public func contents(of name: String, largest: UInt64 = 1 << 30) throws(ZipError) -> [UInt8]? {
        guard let member = members.first(where: { $0.name == name }) else { return nil }
        guard member.size <= largest else {
            throw .memberDamaged(file: path, member: name, detail: "it would inflate to \(member.size) bytes, more than glossa reads into memory (\(largest >> 20) MB)")
        }
        do {
            return try InputFile(member: member, of: self).remainingContents()
        } catch let error as ZipError {
            throw error
        } catch {
            throw .memberDamaged(file: path, member: name, detail: "\(error)")
        }
    }

    /// Whether the file starts as a ZIP archive does ("PK\u{3}\u{4}", or "PK\u{5}\u{6}" when empty).
    public static func isArchive(path: String) -> Bool {
        guard let file = fopen(path, "rb") else { return false }
        defer { fclose(file) }
        var magic = [UInt8](repeating: 0, count: 4)
        guard fread(&magic, 1, 4, file) == 4 else { return false }
        return magic == [0x50, 0x4B, 0x03, 0x04] || magic == [0x50, 0x4B, 0x05, 0x06]
    }

    /// Reads the archive's central directory.
    /// - Throws: ``ZipError`` naming the file when it cannot be opened, is no ZIP archive, or its
    ///   directory is cut off or damaged.
    public init(path: String) throws(ZipError) {
        self.path = path
        guard let file = fopen(path, "rb") else { throw .unreadable(file: path) }
        defer { fclose(file) }
        fseeko(file, 0, SEEK_END)
        let fileSize = UInt64(ftello(file))
        // The end record is 22 bytes, followed by a comment of at most 65,535.
        let tailSize = min(fileSize, 22 + 65_535 + 20)
        let tail = try Self.bytes(of: file, at: fileSize - tailSize, count: Int(tailSize), path: path)
        guard let end = Self.lastIndex(of: 0x0605_4B50, in: tail, from: tail.count - 22) else {
            throw .notAnArchive(file: path)
        }
        var count = UInt64(tail.uint16(at: end + 10))
        var directorySize = UInt64(tail.uint32(at: end + 12))
        var directoryOffset = UInt64(tail.uint32(at: end + 16))
        guard tail.uint16(at: end + 4) == tail.uint16(at: end + 6) else { throw .splitArchive(file: path) }
        // ZIP64: a locator just before the end record points at the 64-bit end record.
        if end >= 20, tail.uint32(at: end - 20) == 0x0706_4B50 {
            let recordOffset = tail.uint64(at: end - 12)
            let record = try Self.bytes(of: file, at: recordOffset, count: 56, path: path)
            guard record.uint32(at: 0) == 0x0606_4B50 else { throw .damaged(file: path, detail: "the ZIP64 end record is missing") }
            count = record.uint64(at: 32)
            directorySize = record.uint64(at: 40)
            directoryOffset = record.uint64(at: 48)
        }
        guard directoryOffset + directorySize <= fileSize, directorySize < 1 << 32 else {
            throw .damaged(file: path, detail: "the table of contents lies outside the file (is it cut off?)")
        }
        let directory = try Self.bytes(of: file, at: directoryOffset, count: Int(directorySize), path: path)
        var members: [Member] = []
        members.reserveCapacity(Int(min(count, 1 << 20)))
        var position = 0
        for _ in 0..<count {
            guard position + 46 <= directory.count, directory.uint32(at: position) == 0x0201_4B50 else {
                throw .damaged(file: path, detail: "entry \(members.count + 1) of the table of contents is damaged")
            }
            let flags = directory.uint16(at: position + 8)
            let nameLength = Int(directory.uint16(at: position + 28))
            let extraLength = Int(directory.uint16(at: position + 30))
            let commentLength = Int(directory.uint16(at: position + 32))
            let next = position + 46 + nameLength + extraLength + commentLength
            guard next <= directory.count else {
                throw .damaged(file: path, detail: "entry \(members.count + 1) of the table of contents is damaged")
            }
            let nameBytes = directory[(position + 46)..<(position + 46 + nameLength)]
            var member = Member(
                name: Self.name(nameBytes, isUTF8: flags & 0x0800 != 0),
                method: directory.uint16(at: position + 10), isEncrypted: flags & 1 != 0,
                crc32: directory.uint32(at: position + 16),
                compressedSize: UInt64(directory.uint32(at: position + 20)), size: UInt64(directory.uint32(at: position + 24)),
                localHeaderOffset: UInt64(directory.uint32(at: position + 42)))
            Self.applyZIP64(Array(directory[(position + 46 + nameLength)..<(position + 46 + nameLength + extraLength)]), to: &member)
            members.append(member)
            position = next
        }
        self.members = members
    }

    /// A member's 64-bit sizes and offset, in its ZIP64 extra field (id 1): only those whose
    /// 32-bit field reads 0xFFFFFFFF are there, in this order.
    private static func applyZIP64(_ extra: [UInt8], to member: inout Member) {
        var position = 0
        while position + 4 <= extra.count {
            let id = extra.uint16(at: position), length = Int(extra.uint16(at: position + 2))
            let data = position + 4
            guard data + length <= extra.count else { return }
            if id == 1 {
                var field = data
                for keyPath in [\Member.size, \Member.compressedSize, \Member.localHeaderOffset]
                    where member[keyPath: keyPath] == 0xFFFF_FFFF && field + 8 <= data + length {
                    member[keyPath: keyPath] = extra.uint64(at: field)
                    field += 8
                }
                return
            }
            position = data + length
        }
    }

    /// A member's name: UTF-8 when its flag says so or the bytes are valid UTF-8, else the IBM
    /// code page 437 that zip tools on Windows write ("Glossar_\u{81}bersicht" → "Glossar_Übersicht").
    static func name(_ bytes: ArraySlice<UInt8>, isUTF8: Bool) -> String {
        if isUTF8 || bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        return String(bytes.map { $0 < 0x80 ? Character(Unicode.Scalar($0)) : codePage437High[Int($0) - 0x80] })
    }

    /// IBM code page 437, bytes 0x80–0xFF.
    private static let codePage437High = Array(
        "ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜ¢£¥₧ƒáíóúñÑªº¿⌐¬½¼¡«»░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀αßΓπΣσµτΦΘΩδ∞φε∩≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\u{A0}")

    static func bytes(of file: UnsafeMutablePointer<FILE>, at offset: UInt64, count: Int, path: String) throws(ZipError) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        guard fseeko(file, off_t(offset), SEEK_SET) == 0, fread(&bytes, 1, count, file) == count else {
            throw .damaged(file: path, detail: "it ends before the table of contents does (is it cut off?)")
        }
        return bytes
    }

    private static func lastIndex(of signature: UInt32, in bytes: [UInt8], from start: Int) -> Int? {
        var position = start
        while position >= 0 {
            if bytes.uint32(at: position) == signature { return position }
            position -= 1
        }
        return nil
    }
}

/// Why an archive or one of its members could not be read; names the file and what to do.
public enum ZipError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(file: String)
    case notAnArchive(file: String)
    case splitArchive(file: String)
    case damaged(file: String, detail: String)
    case encrypted(file: String, member: String)
    case unsupportedMethod(file: String, member: String, method: UInt16)
    case memberDamaged(file: String, member: String, detail: String)

    public var description: String { "\(location): \(reason)" }

    /// The archive, or the archive and member (`archive.zip/EN-DE.tmx`), as errors name them.
    public var location: String {
        switch self {
        case .unreadable(let file), .notAnArchive(let file), .splitArchive(let file), .damaged(let file, _): file
        case .encrypted(let file, let member), .unsupportedMethod(let file, let member, _), .memberDamaged(let file, let member, _):
            "\(file)/\(member)"
        }
    }

    /// What went wrong and what to do, without the location.
    public var reason: String {
        switch self {
        case .unreadable:
            "cannot open the archive"
        case .notAnArchive:
            "this is no ZIP archive (no table of contents at its end); is it cut off, or another kind of file?"
        case .splitArchive:
            "this archive is split over several files; join them (zip -s 0) and import the whole"
        case .damaged(_, let detail):
            "the archive is damaged: \(detail); download or pack it again"
        case .encrypted:
            "the member is encrypted; unpack it with its password and import the file"
        case .unsupportedMethod(_, _, let method):
            "compressed with method \(method), which glossa cannot inflate (it reads stored and deflated members); pack it again with zip's defaults"
        case .memberDamaged(_, _, let detail):
            "\(detail); download or pack the archive again"
        }
    }
}

extension Array where Element == UInt8 {
    /// Little-endian integers at a byte offset, as ZIP stores them.
    func uint16(at offset: Int) -> UInt16 { UInt16(self[offset]) | UInt16(self[offset + 1]) << 8 }
    func uint32(at offset: Int) -> UInt32 { UInt32(uint16(at: offset)) | UInt32(uint16(at: offset + 2)) << 16 }
    func uint64(at offset: Int) -> UInt64 { UInt64(uint32(at: offset)) | UInt64(uint32(at: offset + 4)) << 32 }
}
