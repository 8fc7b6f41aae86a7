import Foundation
import GlossaCore
import GlossaExchange
import GlossaMemory

/// Reads a TMX or XLIFF file on a thread of its own and hands its units over in batches, prepared for
/// storing (keys hashed, attribute lists encoded: ``PreparedUnit``), so parsing and preparing
/// run on one core while the memory stores on the other. At most a few batches wait, so memory
/// stays flat.
final class UnitPipe: @unchecked Sendable {
    /// What the reading thread hands over: units, or the end with the reader's diagnostics, or
    /// the error that stopped it.
    enum Item {
        case units([PreparedUnit], bytesRead: Int)
        case end([Diagnostic])
        case failure(any Error)
    }

    static let batchSize = 512
    static let maximumWaiting = 8

    private let condition = NSCondition()
    private var waiting: [Item] = []
    private var cancelled = false

    /// Starts reading `reader` (whose header was read already) on a new thread.
    init<Reader: TranslationUnitReader>(reader: Reader) {
        let preparer = UnitPreparer(headerSourceLanguage: reader.header.sourceLanguage)
        // The work as a plain closure, boxed: the thread's block is @Sendable, and the reader
        // (and its generic type) is handed over to that thread, never shared.
        let work = UncheckedBox({ [self] in self.produce(reader, preparer) })
        let thread = Thread { work.value() }
        thread.stackSize = 1 << 22
        thread.start()
    }

    private func produce<Reader: TranslationUnitReader>(_ reader: Reader, _ preparer: UnitPreparer) {
        var batch: [PreparedUnit] = []
        batch.reserveCapacity(Self.batchSize)
        do {
            while let unit = try reader.nextUnit() {
                batch.append(try preparer.prepare(unit))
                if batch.count == Self.batchSize {
                    guard put(.units(batch, bytesRead: reader.bytesRead)) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { guard put(.units(batch, bytesRead: reader.bytesRead)) else { return } }
            _ = put(.end(reader.diagnostics))
        } catch {
            _ = put(.failure(error))
        }
    }

    /// Waits for room, then queues the item; false if the consumer gave up.
    private func put(_ item: Item) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.maximumWaiting && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(item)
        condition.broadcast()
        return true
    }

    /// The next item, waiting for it.
    func take() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty { condition.wait() }
        let item = waiting.removeFirst()
        condition.broadcast()
        return item
    }

    /// Tells the reading thread to stop (the store failed); it ends at its next batch.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Moves a value that is not Sendable to the one thread that will use it from then on.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
