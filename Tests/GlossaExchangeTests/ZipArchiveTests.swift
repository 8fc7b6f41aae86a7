import Foundation
import GlossaExchange
import GlossaTestSupport
import Testing

/// ZIP archives as DGT-TM and Excel write them: the table of contents, members inflated as they
/// are read, and damaged archives refused by name rather than read short.
@Suite struct ZipArchiveTests {
    static let tmx = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tmx version="1.4"><header srclang="de" segtype="sentence" adminlang="en" datatype="plaintext" o-tmf="x" creationtool="t" creationtoolversion="1"/>
        <body><tu><tuv xml:lang="de"><seg>Die Deeskalation beginnt.</seg></tuv><tuv xml:lang="en"><seg>De-escalation begins.</seg></tuv></tu></body></tmx>
        """

    static func write(_ bytes: [UInt8], name: String = "test.zip") -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("glossa-zip-\(UUID().uuidString)-\(name)")
        _ = FileManager.default.createFile(atPath: url.path, contents: Data(bytes))
        return url.path
    }

    static func contents(_ member: ZipArchive.Member, of archive: ZipArchive) throws -> String {
        String(decoding: try InputFile(member: member, of: archive).remainingContents(), as: UTF8.self)
    }

    @Test func readsDeflatedAndStoredMembersInOrder() throws {
        let path = Self.write(ZipFixture.archive([
            .init("DGT/Vol_2019_1/DE-EN.tmx", Self.tmx),
            .init("DGT/README.txt", "Read me.", deflated: false),
        ], comment: "DGT-TM release 2019"))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try ZipArchive(path: path)
        #expect(archive.members.map(\.name) == ["DGT/Vol_2019_1/DE-EN.tmx", "DGT/README.txt"])
        #expect(archive.members[0].fileName == "DE-EN.tmx")
        #expect(try Self.contents(archive.members[0], of: archive) == Self.tmx)
        #expect(try Self.contents(archive.members[1], of: archive) == "Read me.")
        #expect(ZipArchive.isArchive(path: path))
    }

    /// Archives over 4 GB or 65,535 members keep their counts, sizes and offsets in ZIP64 records.
    @Test func readsZIP64Records() throws {
        let path = Self.write(ZipFixture.archive([.init("a.tmx", Self.tmx), .init("b.csv", "de,en\nStreik,strike\n")], zip64: true))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try ZipArchive(path: path)
        #expect(archive.members.map(\.name) == ["a.tmx", "b.csv"])
        #expect(try Self.contents(archive.members[1], of: archive) == "de,en\nStreik,strike\n")
    }

    /// Zip tools on Windows write names in code page 437 without the UTF-8 flag.
    @Test func readsNamesInCodePage437() throws {
        let name: [UInt8] = Array("Glossar_".utf8) + [0x9A] + Array("bersicht_Stra".utf8) + [0xE1] + Array("e.csv".utf8)
        let path = Self.write(ZipFixture.archive([.init(name: name, bytes: Array("x".utf8), utf8Name: false)]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try ZipArchive(path: path).members.map(\.name) == ["Glossar_Übersicht_Straße.csv"])
    }

    @Test func refusesDamagedDataByItsChecksum() throws {
        var bytes = ZipFixture.archive([.init("DE-EN.tmx", Self.tmx, deflated: false)])
        let at = bytes.firstIndex(of: UInt8(ascii: "D"))! + 60
        bytes[at] ^= 0x20
        let path = Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try ZipArchive(path: path)
        #expect {
            _ = try InputFile(member: archive.members[0], of: archive).remainingContents()
        } throws: { error in
            "\(error)".contains("checksum does not match")
        }
    }

    @Test func refusesDamagedDeflatedData() throws {
        var bytes = ZipFixture.archive([.init("DE-EN.tmx", String(repeating: Self.tmx, count: 20))])
        for offset in stride(from: 80, to: 200, by: 7) { bytes[offset] ^= 0xA5 }
        let path = Self.write(bytes)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try ZipArchive(path: path)
        #expect(throws: InputFileError.self) { _ = try InputFile(member: archive.members[0], of: archive).remainingContents() }
    }

    /// A ZIP bomb: a member that inflates to more than it lists is stopped there, and one that
    /// lists more than glossa reads into memory is refused before it is read.
    @Test func stopsZipBombs() throws {
        let path = Self.write(ZipFixture.archive([
            .init(name: Array("bomb.xml".utf8), bytes: Array(repeating: UInt8(ascii: "a"), count: 1 << 20), declaredSize: 1000),
            .init("sheet.xml", String(repeating: "<row/>", count: 100)),
        ]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try ZipArchive(path: path)
        #expect {
            _ = try InputFile(member: archive.members[0], of: archive).remainingContents()
        } throws: { error in
            "\(error)".contains("inflates to more than the 1000 bytes the archive lists")
        }
        #expect {
            _ = try archive.contents(of: "sheet.xml", largest: 100)
        } throws: { error in
            "\(error)".hasPrefix("\(path)/sheet.xml: it would inflate to 600 bytes, more than glossa reads into memory")
        }
        #expect(try archive.contents(of: "sheet.xml")?.count == 600 && archive.contents(of: "missing.xml") == nil)
    }

    @Test func refusesArchivesCutOffOrNotArchives() throws {
        let whole = ZipFixture.archive([.init("DE-EN.tmx", Self.tmx)])
        let cut = Self.write(Array(whole.prefix(whole.count / 2)))
        let text = Self.write(Array("source,target\n".utf8))
        defer { for path in [cut, text] { try? FileManager.default.removeItem(atPath: path) } }
        #expect(throws: ZipError.notAnArchive(file: cut)) { try ZipArchive(path: cut) }
        #expect(throws: ZipError.notAnArchive(file: text)) { try ZipArchive(path: text) }
        #expect(!ZipArchive.isArchive(path: text))
    }

    @Test func namesMembersItCannotRead() throws {
        let path = Self.write(ZipFixture.archive([
            .init(name: Array("secret.tmx".utf8), bytes: Array(Self.tmx.utf8), deflated: false, encrypted: true),
            .init(name: Array("bzip2.tmx".utf8), bytes: Array(Self.tmx.utf8), deflated: false, method: 12),
        ]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try ZipArchive(path: path)
        #expect(throws: ZipError.encrypted(file: path, member: "secret.tmx")) { try InputFile(member: archive.members[0], of: archive) }
        #expect(throws: ZipError.unsupportedMethod(file: path, member: "bzip2.tmx", method: 12)) {
            try InputFile(member: archive.members[1], of: archive)
        }
    }

    /// A TMX member streams into the TMX reader, errors naming the member inside the archive.
    @Test func streamsATMXMemberIntoTheReader() throws {
        let path = Self.write(ZipFixture.archive([.init("Vol/DE-EN.tmx", Self.tmx), .init("Vol/cut.tmx", String(Self.tmx.prefix(300)))]))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let archive = try ZipArchive(path: path)
        let units = try TMXReader(input: InputFile(member: archive.members[0], of: archive), file: "\(path)/Vol/DE-EN.tmx").readAll()
        #expect(units.first?.variants.map(\.text) == ["Die Deeskalation beginnt.", "De-escalation begins."])
        #expect {
            _ = try TMXReader(input: InputFile(member: archive.members[1], of: archive), file: "\(path)/Vol/cut.tmx").readAll()
        } throws: { error in
            "\(error)".hasPrefix("\(path)/Vol/cut.tmx:")
        }
    }
}
