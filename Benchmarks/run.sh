#!/usr/bin/env bash
# glossa's benchmarks, with their peers measured in the same run: sentence segmentation
# (ICU alone, pysbd, syntok, SoMaJo), sentence alignment (galechurch), term pairs (eflomal),
# TMX import/export (Translate Toolkit, lxml, libxml2's reader in C) and fuzzy match
# (Translate Toolkit's matcher, a brute-force rapidfuzz scan), term lookup.
#   Benchmarks/run.sh            # 50 MB of German and of English, memories of 10k and 100k units (about 8 minutes)
#   Benchmarks/run.sh --full     # also the memory of 1,000,000 units (about 12 more minutes)
#   MEGABYTES=10 Benchmarks/run.sh
# Sets up what it needs: a Python virtual environment with pysbd, syntok, SoMaJo and galechurch
# under .build-bench/ (ignored by git). Writes results/latest.{md,json} under Benchmarks/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$root/.build-bench"
results="$here/results"
mkdir -p "$work" "$results"
megabytes="${MEGABYTES:-50}"
memory_sizes="${MEMORY_SIZES:-10000,100000}"
if [ "${1:-}" = "--full" ]; then memory_sizes="${MEMORY_SIZES:-10000,100000,1000000}"; fi
peer_slice="${PEER_MEGABYTES:-1}"

if [ ! -x "$work/venv/bin/python" ]; then
  echo "benchmark: creating $work/venv" >&2
  python3 -m venv "$work/venv"
fi
if ! "$work/venv/bin/python" -c "import pysbd, syntok, somajo, galechurch, eflomal, rapidfuzz, translate, lxml" 2>/dev/null; then
  echo "benchmark: installing pysbd, syntok, somajo, galechurch, eflomal, rapidfuzz, translate-toolkit, lxml into $work/venv" >&2
  "$work/venv/bin/pip" install --quiet pysbd syntok somajo galechurch eflomal rapidfuzz translate-toolkit lxml
fi

echo "benchmark: building the release benchmark" >&2
swift build -c release --package-path "$here" --product SegmentationBenchmark >&2
bin="$(swift build -c release --package-path "$here" --show-bin-path)/SegmentationBenchmark"

raw="$results/latest.jsonl"
: > "$raw"
for language in de en; do
  size="$megabytes"
  [ "$language" = en ] && size="${EN_MEGABYTES:-50}"
  corpus="$work/corpus.$language.txt"
  python3 "$here/make_corpus.py" "$language" "$size" mixed > "$corpus"
  echo "benchmark: $language, $(du -m "$corpus" | cut -f1) MB" >&2
  "$bin" "$corpus" "$language" "$here/cases/$language.txt" 5 >> "$raw"
  "$work/venv/bin/python" "$here/segmentation_peers.py" "$corpus" "$language" "$here/cases/$language.txt" "$peer_slice" >> "$raw"
done
# German news prose alone (the articles of Corpora/), as glossa meets it in practice.
prose="$work/corpus.de.prose.txt"
python3 "$here/make_corpus.py" de "$megabytes" prose > "$prose"
"$bin" "$prose" de "$here/cases/de.txt" 5 | sed 's/"language":"de"/"language":"de (news prose)"/' | grep segment-throughput >> "$raw"
echo "benchmark: building glossa (release) for the alignment benchmark" >&2
swift build -c release --package-path "$root" --product glossa >&2
glossa="$(swift build -c release --package-path "$root" --show-bin-path)/glossa"
"$work/venv/bin/python" "$here/alignment_bench.py" "$glossa" "$work" "${ALIGN_SIZES:-200,2000}" >> "$raw"

if [ ! -f /usr/share/trans/de-en ]; then
  echo "benchmark: installing trans-de-en (Debian's Ding dictionary) to check term pairs" >&2
  apt-get install -y -qq trans-de-en >&2 || echo "benchmark: trans-de-en unavailable; term benchmark skipped" >&2
fi
if [ -f /usr/share/trans/de-en ]; then
  "$work/venv/bin/python" "$here/terms_bench.py" "$glossa" "$work" /usr/share/trans/de-en >> "$raw"
fi

echo "benchmark: building the release memory benchmark; memories of $memory_sizes units" >&2
swift build -c release --package-path "$here" --product MemoryBenchmark >&2
"$work/venv/bin/python" "$here/memory_bench.py" "$(swift build -c release --package-path "$here" --show-bin-path)/MemoryBenchmark" \
  "$work" "$memory_sizes" >> "$raw"

python3 "$here/report.py" "$raw" "$results"
