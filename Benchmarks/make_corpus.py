"""Builds a benchmark corpus of at least N megabytes from the project's own text of one language,
repeated in paragraphs: "prose" is the articles under Corpora/ alone (news as it runs), "mixed"
adds the benchmark cases, which are dense in abbreviations, dates and quotes (the rules' worst
case). Repetition is fine for throughput; accuracy is measured on the cases alone.
Usage: make_corpus.py LANG MEGABYTES [prose|mixed]"""
import pathlib
import sys

language, megabytes = sys.argv[1], float(sys.argv[2])
mode = sys.argv[3] if len(sys.argv) > 3 else "mixed"
root = pathlib.Path(__file__).resolve().parent.parent
paragraphs = []
for path in sorted(root.glob(f"Corpora/*/{language}.txt")):
    paragraphs += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
if mode == "mixed":
    cases = root / "Benchmarks" / "cases" / f"{language}.txt"
    paragraphs += [line.replace(" | ", " ") for line in cases.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
block = "\n".join(paragraphs) + "\n"
target = int(megabytes * 1_000_000)
out = sys.stdout.buffer
written = 0
encoded = block.encode("utf-8")
while written < target:
    out.write(encoded)
    written += len(encoded)
