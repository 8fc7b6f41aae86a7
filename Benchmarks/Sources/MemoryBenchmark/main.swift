import Foundation
import GlossaKit

/// Phases of the memory's work, timed one by one (release build), as JSON lines:
///   MemoryBenchmark read FILE.tmx          parse only (the TMX reader's own speed)
///   MemoryBenchmark import FILE.tmx DB     read + store, one transaction
///   MemoryBenchmark export DB OUT.tmx      stream the memory out as TMX
///   MemoryBenchmark match DB QUERIES.txt   one fuzzy query per line: median and p95 milliseconds, top-1 scores
///   MemoryBenchmark glossary DB FILE.tsv   import an OmegaT glossary
///   MemoryBenchmark lookup DB TERMS.txt    one term lookup per line: median and p95 milliseconds
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func megabytes(_ path: String) -> Double {
    Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0) / 1_048_576
}

func emit(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count - 1) * p))]
}

let arguments = CommandLine.arguments
guard arguments.count >= 3 else {
    FileHandle.standardError.write(Data("usage: MemoryBenchmark read|import|export|match|lookup …\n".utf8))
    exit(64)
}
do {
    switch arguments[1] {
    case "read":
        var units = 0
        let time = try seconds {
            let reader = try TMXReader(path: arguments[2])
            while try reader.next() != nil { units += 1 }
        }
        emit(["phase": "read", "units": units, "seconds": time, "mbPerSecond": megabytes(arguments[2]) / time])
    case "import":
        let store = try MemoryStore(path: arguments[3])
        var summary = ImportSummary()
        let time = try seconds {
            summary = try Glossa.importFile(arguments[2], kind: .tmx, into: store).units
        }
        emit(["phase": "import", "units": summary.added, "seconds": time, "mbPerSecond": megabytes(arguments[2]) / time])
    case "export":
        let store = try MemoryStore(path: arguments[2])
        let writer = TMXWriter(level: .markup)
        guard let handle = FileHandle(forWritingAtPath: arguments[3]) ?? {
            FileManager.default.createFile(atPath: arguments[3], contents: nil)
            return FileHandle(forWritingAtPath: arguments[3])
        }() else { throw CocoaError(.fileWriteUnknown) }
        var buffer: [UInt8] = []
        var units = 0
        let time = try seconds {
            buffer += writer.prolog(header: TMXWriter.glossaHeader(sourceLanguage: .german, toolVersion: Glossa.version)).utf8
            units = try store.forEachUnit { unit in
                writer.write(unit, to: &buffer)
                if buffer.count > 1 << 20 {
                    handle.write(Data(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            buffer += TMXWriter.epilog.utf8
            handle.write(Data(buffer))
            try handle.close()
        }
        emit(["phase": "export", "units": units, "seconds": time, "mbPerSecond": megabytes(arguments[3]) / time])
    case "match":
        let store = try MemoryStore(path: arguments[2])
        let queries = try String(contentsOfFile: arguments[3], encoding: .utf8).split(separator: "\n").map(String.init)
        // The first query after an import brings the index's pages into memory; not counted.
        _ = try store.match(queries[0], from: .german)
        var times: [Double] = []
        var best: [Int] = []
        for query in queries {
            var matches: [FuzzyMatch] = []
            times.append(try seconds { matches = try store.match(query, from: .german, threshold: 50, limit: 1) } * 1000)
            best.append(matches.first?.score.percent ?? 0)
        }
        emit(["phase": "match", "queries": queries.count, "medianMs": percentile(times, 0.5), "p95Ms": percentile(times, 0.95),
              "bestScores": best])
    case "glossary":
        let store = try MemoryStore(path: arguments[2])
        var added = 0
        let time = try seconds { added = try Glossa.importFile(arguments[3], kind: .omegaTGlossary, into: store).glossary.added }
        emit(["phase": "glossary", "entries": added, "seconds": time])
    case "lookup":
        let store = try MemoryStore(path: arguments[2])
        let terms = try String(contentsOfFile: arguments[3], encoding: .utf8).split(separator: "\n").map(String.init)
        var times: [Double] = []
        var found = 0
        for term in terms {
            var hits: [LookupHit] = []
            times.append(try seconds { hits = try store.lookup(term, from: nil, alsoForms: Glossa.lookupForms(term, language: nil)) } * 1000)
            if !hits.isEmpty { found += 1 }
        }
        emit(["phase": "lookup", "terms": terms.count, "found": found, "medianMs": percentile(times, 0.5), "p95Ms": percentile(times, 0.95)])
    default:
        FileHandle.standardError.write(Data("unknown phase \(arguments[1])\n".utf8))
        exit(64)
    }
} catch {
    FileHandle.standardError.write(Data("MemoryBenchmark: \(error)\n".utf8))
    exit(1)
}
