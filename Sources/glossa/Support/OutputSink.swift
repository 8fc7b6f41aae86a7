import Foundation
import GlossaExchange

/// Standard output or a file, written through a 1 MB buffer. A file is written next to its
/// final name (`….partial`) and moved there on success, so a failed export never leaves half a
/// file; a sink released without ``close()`` (an error on the way) deletes its partial file.
/// A file named `….gz` is compressed with gzip, as `import` reads it.
final class OutputSink {
    /// Where the buffered bytes go: a file handle (standard output, a plain file) or zlib.
    private enum Destination {
        case plain(FileHandle)
        case compressed(CompressedOutputFile)
    }

    private let path: String?
    private let temporary: String?
    private let destination: Destination
    private var buffer: [UInt8] = []
    private var closed = false

    init(path: String?) throws(CLIError) {
        self.path = path
        guard let path else {
            temporary = nil
            destination = .plain(.standardOutput)
            return
        }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw .writeFailed(file: path, reason: "is a folder; give the name of a file to write, such as \(path)/export.tmx")
        }
        let temporary = path + ".partial"
        let cannotCreate = CLIError.writeFailed(file: path, reason: "cannot create the file (check the folder exists and is writable)")
        if InputFile.compressedName(path) {
            guard let compressed = CompressedOutputFile(path: temporary) else { throw cannotCreate }
            destination = .compressed(compressed)
        } else {
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                throw cannotCreate
            }
            destination = .plain(handle)
        }
        self.temporary = temporary
    }

    func write(_ text: String) throws(CLIError) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    func write(bytes: [UInt8]) throws(CLIError) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Lets `body` append its bytes straight to the buffer (no String in between).
    func write(_ body: (inout [UInt8]) -> Void) throws(CLIError) {
        body(&buffer)
        if buffer.count >= 1 << 20 { try flush() }
    }

    private func flush() throws(CLIError) {
        switch destination {
        case .compressed(let compressed):
            guard compressed.write(buffer) else { throw .writeFailed(file: path ?? "<stdout>", reason: "zlib could not write (disk full?)") }
        case .plain(let handle):
            do {
                try handle.write(contentsOf: buffer)
            } catch {
                throw .writeFailed(file: path ?? "<stdout>", reason: "\(error.localizedDescription)")
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws(CLIError) {
        try flush()
        guard let path, let temporary else { return }
        closed = true
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        switch destination {
        case .compressed(let compressed):
            if !compressed.close() { throw .writeFailed(file: path, reason: "zlib could not finish the file (disk full?)") }
        case .plain(let handle):
            try? handle.close()
        }
        // rename(2) replaces a file in one step and refuses a folder (FileManager would have
        // to delete the old file first, and deletes a folder whole).
        guard rename(temporary, path) == 0 else {
            throw .writeFailed(file: path, reason: String(cString: strerror(errno)))
        }
    }

    deinit {
        guard !closed, let temporary else { return }
        switch destination {
        case .compressed(let compressed): _ = compressed.close()
        case .plain(let handle): try? handle.close()
        }
        try? FileManager.default.removeItem(atPath: temporary)
    }
}
