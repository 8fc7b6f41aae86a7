#!/usr/bin/env bash
# glossa's benchmarks, with their peers measured in the same run: sentence segmentation
# (ICU alone, pysbd, syntok, SoMaJo), sentence alignment (galechurch) and term pairs (eflomal).
#   Benchmarks/run.sh            # 50 MB German, 20 MB English (about 5 minutes on 2 cores)
#   MEGABYTES=10 Benchmarks/run.sh
# Sets up what it needs: a Python virtual environment with pysbd, syntok, SoMaJo and galechurch
# under .build-bench/ (ignored by git). Writes results/segmentation.{md,json} under Benchmarks/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$root/.build-bench"
results="$here/results"
mkdir -p "$work" "$results"
megabytes="${MEGABYTES:-50}"
peer_slice="${PEER_MEGABYTES:-1}"

if [ ! -x "$work/venv/bin/python" ]; then
  echo "benchmark: creating $work/venv" >&2
  python3 -m venv "$work/venv"
fi
if ! "$work/venv/bin/python" -c "import pysbd, syntok, somajo, galechurch, eflomal" 2>/dev/null; then
  echo "benchmark: installing pysbd, syntok, somajo, galechurch, eflomal into $work/venv" >&2
  "$work/venv/bin/pip" install --quiet pysbd syntok somajo galechurch eflomal
fi

echo "benchmark: building the release benchmark" >&2
swift build -c release --package-path "$here" --product SegmentationBenchmark >&2
bin="$(swift build -c release --package-path "$here" --show-bin-path)/SegmentationBenchmark"

raw="$results/segmentation.jsonl"
: > "$raw"
for language in de en; do
  size="$megabytes"
  [ "$language" = en ] && size="${EN_MEGABYTES:-20}"
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

python3 "$here/report.py" "$raw" "$results"
