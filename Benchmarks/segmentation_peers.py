"""Measures the segmentation peers (pysbd, syntok, SoMaJo) the same way SegmentationBenchmark
measures glossa: throughput over a slice of the same corpus (they are too slow for all of it),
exact sentence-list accuracy on the same cases. Prints one JSON object per measurement."""
import json
import statistics
import sys
import time

corpus_path, language, cases_path, slice_mb = sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4])
with open(corpus_path, "rb") as handle:
    data = handle.read(int(slice_mb * 1_000_000))
text = data[: data.rfind(b"\n") + 1].decode("utf-8")
megabytes = len(text.encode("utf-8")) / 1_000_000
cases = [line.rstrip("\n") for line in open(cases_path, encoding="utf-8") if line.strip() and not line.startswith("#")]


def peers():
    import pysbd
    sbd = pysbd.Segmenter(language=language, clean=False)
    yield "pysbd", lambda t: [s.strip() for s in sbd.segment(t) if s.strip()]

    from syntok import segmenter as syntok_segmenter

    def syntok(t):
        return ["".join(tok.spacing + tok.value for tok in sentence).strip()
                for paragraph in syntok_segmenter.process(t) for sentence in paragraph]
    yield "syntok", syntok

    from somajo import SoMaJo
    somajo = SoMaJo("de_CMC" if language == "de" else "en_PTB", split_camel_case=False, split_sentences=True)

    def somajo_split(t):
        sentences = []
        for sentence in somajo.tokenize_text(t.split("\n")):
            sentences.append("".join((tok.original_spelling or tok.text) + (" " if tok.space_after else "") for tok in sentence).strip())
        return sentences
    yield "SoMaJo", somajo_split


for name, split in peers():
    times = []
    units = 0
    for _ in range(3):
        start = time.perf_counter()
        units = sum(len(split(paragraph)) for paragraph in text.split("\n") if paragraph)
        times.append(time.perf_counter() - start)
    median = statistics.median(times)
    print(json.dumps({"task": "segment-throughput", "language": language, "tool": name, "megabytes": megabytes,
                      "seconds": median, "min": min(times), "max": max(times), "mbPerSecond": megabytes / median, "units": units}))
    correct = 0
    for case in cases:
        expected = case.split(" | ")
        if split(" ".join(expected)) == expected:
            correct += 1
    print(json.dumps({"task": "segment-accuracy", "language": language, "tool": name, "cases": len(cases),
                      "correct": correct, "accuracy": correct / len(cases)}))
    sys.stdout.flush()
