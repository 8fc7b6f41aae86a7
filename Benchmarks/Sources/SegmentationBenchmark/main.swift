import Foundation
import GlossaKit

// Segmentation benchmark: throughput of glossa's segmenter against ICU's bare break iterator
// over the same buffer, and exact-match accuracy on the cases in Benchmarks/cases/.
// Prints one JSON object per measurement on standard output (run.sh turns them into a table).
//
// Usage: SegmentationBenchmark CORPUS.txt LANG CASES.txt [REPEATS]

let arguments = CommandLine.arguments
guard arguments.count >= 4, let language = LanguageTag(arguments[2]) else {
    FileHandle.standardError.write(Data("usage: SegmentationBenchmark CORPUS.txt LANG CASES.txt [REPEATS]\n".utf8))
    exit(64)
}
let repeats = arguments.count > 4 ? Int(arguments[4]) ?? 5 : 5
let corpus = [UInt8](FileManager.default.contents(atPath: arguments[1]) ?? Data())
let megabytes = Double(corpus.count) / 1_000_000

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Median and spread of some runs' times.
func spread(_ times: [Double]) -> (median: Double, min: Double, max: Double) {
    let times = times.sorted()
    return (times[times.count / 2], times.first!, times.last!)
}

func emit(_ fields: [String: Any]) {
    let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
    print(String(decoding: data, as: UTF8.self))
}

let segmenter = try! Glossa.segmenter(language: language)
var icuBoundaries = 0
var sentences = 0
// ICU and glossa take turns, so that a slow spell of the machine (timings here drift by a
// third) falls on both alike.
var icuTimes: [Double] = []
var glossaTimes: [Double] = []
for _ in 0..<repeats {
    icuTimes.append(seconds {
        icuBoundaries = corpus.withUnsafeBufferPointer { ICUBaseline.countSentenceBoundaries(utf8: $0, locale: language.identifier) }
    })
    glossaTimes.append(seconds {
        sentences = corpus.withUnsafeBufferPointer { segmenter.segment(utf8: $0).segments.count }
    })
}
let icu = spread(icuTimes)
let glossa = spread(glossaTimes)
emit(["task": "segment-throughput", "language": language.identifier, "tool": "ICU ubrk (raw C loop)", "megabytes": megabytes,
      "seconds": icu.median, "min": icu.min, "max": icu.max, "mbPerSecond": megabytes / icu.median, "units": icuBoundaries])
emit(["task": "segment-throughput", "language": language.identifier, "tool": "glossa", "megabytes": megabytes,
      "seconds": glossa.median, "min": glossa.min, "max": glossa.max, "mbPerSecond": megabytes / glossa.median, "units": sentences])

// Accuracy: each line of the cases file is one text with its expected breaks marked by " | ".
let cases = (try? String(contentsOfFile: arguments[3], encoding: .utf8))?.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.isEmpty } ?? []
var correct = 0
var failures: [String] = []
for line in cases {
    let expected = line.components(separatedBy: " | ")
    let text = expected.joined(separator: " ")
    let produced = segmenter.segment(text).segments.map(\.text)
    if produced == expected { correct += 1 } else { failures.append(produced.joined(separator: " | ")) }
}
emit(["task": "segment-accuracy", "language": language.identifier, "tool": "glossa", "cases": cases.count, "correct": correct,
      "accuracy": cases.isEmpty ? 0 : Double(correct) / Double(cases.count), "failures": failures])
