"""The memory benchmarks, glossa against its peers in the same run, as JSON lines:

- TMX import and export (MB/s, peak memory) at each size: glossa (MemoryBenchmark import/export,
  release build) vs Translate Toolkit (tmxfile parse / serialize) and lxml's iterparse (the
  parser's limit: reading only), and plain C loops over libxml2's SAX2 push parser (what
  glossa's reader is built on) and its xmlTextReader, all on the same generated file; and a
  10,000-unit file imported into the large memories against into an empty one.
- Fuzzy match (median and 95th-percentile milliseconds per query, top-1 agreement) at each size:
  glossa vs a brute-force rapidfuzz scan scoring every unit exactly as glossa does (OmegaT's
  token Levenshtein), which is also the reference for agreement, and Translate Toolkit's
  matcher (fewer queries: it is slow).

Usage: memory_bench.py MEMORY_BENCHMARK_BIN WORK_DIR SIZES   (e.g. 10000,100000)
"""
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import time
from html import unescape

here = os.path.dirname(os.path.abspath(__file__))
binary, work, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3].split(",")]


def tokens(text):
    return [t.lower() for t in re.findall(r"(?:\d+(?:[.,:](?=\d)\d*)*)|[^\W_]+", text)]


def timed(command):
    """Runs a command under /usr/bin/time; returns (stdout, seconds, peak MB)."""
    start = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M"] + command, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if result.returncode != 0:
        raise SystemExit(f"{command[0]} failed: {result.stderr[-2000:]}")
    peak = int(result.stderr.strip().splitlines()[-1]) / 1024
    return result.stdout, seconds, peak


RUNS = int(os.environ.get("RUNS", "3"))


def repeated(make_command, before=lambda: None):
    """Runs a command RUNS times; returns (last stdout, median seconds, min, max, peak MB)."""
    times, peaks, out = [], [], ""
    for _ in range(RUNS):
        before()
        out, seconds, peak = timed(make_command())
        times.append(seconds)
        peaks.append(peak)
    return out, statistics.median(times), min(times), max(times), max(peaks)


def emit(**fields):
    print(json.dumps(fields, ensure_ascii=False), flush=True)


def c_program(name, text):
    """Compiles a C loop over libxml2 once (kept under WORK_DIR); returns its path."""
    source = os.path.join(work, name + ".c")
    target = os.path.join(work, name)
    if not os.path.exists(target):
        with open(source, "w") as handle:
            handle.write(text)
        flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], capture_output=True, text=True).stdout.split()
        subprocess.run(["gcc", "-O2", source, "-o", target] + flags, check=True)
    return target


# libxml2's SAX2 push parser in a C loop, 64 KB blocks: what glossa's reader is built on.
SAX_LOOP = r'''
#include <libxml/parser.h>
#include <stdio.h>
#include <string.h>
static long bytes;
static void start(void *c, const xmlChar *l, const xmlChar *p, const xmlChar *u, int nn, const xmlChar **ns, int na, int nd, const xmlChar **a) {
    for (int i = 0; i < na; i++) bytes += a[i * 5 + 4] - a[i * 5 + 3];
}
static void characters(void *c, const xmlChar *text, int length) { bytes += length; }
int main(int argc, char **argv) {
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof handler);
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = start;
    handler.characters = characters;
    FILE *file = fopen(argv[1], "rb");
    char block[65536];
    size_t n = fread(block, 1, 4, file);
    xmlParserCtxtPtr context = xmlCreatePushParserCtxt(&handler, NULL, block, (int)n, argv[1]);
    xmlCtxtUseOptions(context, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    while ((n = fread(block, 1, sizeof block, file)) > 0) xmlParseChunk(context, block, (int)n, 0);
    xmlParseChunk(context, NULL, 0, 1);
    int ok = context->wellFormed;
    xmlFreeParserCtxt(context);
    return !ok || bytes == 0;
}'''

# libxml2's xmlTextReader in a C loop: what glossa's reader was built on before session 4.
READER_LOOP = r'''
#include <libxml/xmlreader.h>
int main(int argc, char **argv) {
    xmlTextReaderPtr reader = xmlReaderForFile(argv[1], NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);
    long bytes = 0;
    while (xmlTextReaderRead(reader) == 1) {
        if (xmlTextReaderNodeType(reader) == 3) bytes += xmlStrlen(xmlTextReaderConstValue(reader));
        if (xmlTextReaderNodeType(reader) == 1) while (xmlTextReaderMoveToNextAttribute(reader) == 1) bytes += xmlStrlen(xmlTextReaderConstValue(reader));
    }
    xmlFreeTextReader(reader);
    return bytes == 0;
}'''


PEER_TMX = r'''
import sys, time
from translate.storage import tmx
start = time.perf_counter()
store = tmx.tmxfile.parsefile(sys.argv[1])
units = len(store.units)
read = time.perf_counter() - start
if len(sys.argv) > 2:
    start = time.perf_counter()
    with open(sys.argv[2], "wb") as handle:
        store.serialize(handle)
    print(units, read, time.perf_counter() - start)
else:
    print(units, read, 0)
'''

LXML = r'''
import sys
from lxml import etree
n = 0
for _, element in etree.iterparse(sys.argv[1], tag="tu"):
    n += 1
    element.clear()
    while element.getprevious() is not None:
        del element.getparent()[0]
print(n)
'''

PEER_MATCH = r'''
import json, sys, time
from translate.storage import tmx
from translate.search import match
store = tmx.tmxfile.parsefile(sys.argv[1])
queries = [line.rstrip("\n") for line in open(sys.argv[2], encoding="utf-8")]
matcher = match.matcher(store, max_candidates=1, min_similarity=50, max_length=2000)
times = []
best = []
for query in queries:
    start = time.perf_counter()
    found = matcher.matches(query)
    times.append((time.perf_counter() - start) * 1000)
    best.append(found[0].source if found else None)
print(json.dumps({"times": times, "best": best}))
'''


def write_helper(name, text):
    path = os.path.join(work, name)
    with open(path, "w") as handle:
        handle.write(text)
    return path


def make_queries(tmx, count, seed=11):
    """Stored German sentences with one word changed or dropped: what a translator's next
    sentence looks like when the memory holds a near match."""
    rng = random.Random(seed)
    german = [unescape(m.group(1)) for m in re.finditer(r'<tuv xml:lang="de"><seg>(.*?)</seg>', open(tmx, encoding="utf-8").read())]
    queries = []
    for sentence in rng.sample(german, count):
        words = sentence.split()
        if len(words) > 4:
            i = rng.randrange(len(words))
            if rng.random() < 0.5:
                words[i] = "Änderung"
            else:
                del words[i]
        queries.append(" ".join(words))
    return german, queries


def brute_force(german, queries):
    from rapidfuzz import process
    from rapidfuzz.distance import Levenshtein
    choices = [tokens(s) for s in german]
    times, best = [], []
    for query in queries:
        q = tokens(query)
        start = time.perf_counter()
        result = process.extractOne(q, choices, scorer=Levenshtein.normalized_similarity)
        times.append((time.perf_counter() - start) * 1000)
        best.append(math.floor(100 * result[1] + 1e-9) if result else 0)
    return times, best


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int((len(ordered) - 1) * p))]


python = sys.executable
for size in sizes:
    tmx = os.path.join(work, f"memory.{size}.tmx")
    if not os.path.exists(tmx):
        subprocess.run([python, os.path.join(here, "make_tmx.py"), str(size), tmx], check=True)
    megabytes = os.path.getsize(tmx) / 1048576
    database = os.path.join(work, f"memory.{size}.sqlite")

    def fresh_database():
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(database + suffix):
                os.remove(database + suffix)

    out, seconds, low, high, peak = repeated(lambda: [binary, "import", tmx, database], before=fresh_database)
    emit(task="tmx-import", size=size, tool="glossa", megabytes=megabytes, seconds=seconds, min=low, max=high,
         mbPerSecond=megabytes / seconds, peakMB=peak)
    exported = os.path.join(work, f"export.{size}.tmx")
    out, seconds, low, high, peak = repeated(lambda: [binary, "export", database, exported])
    emit(task="tmx-export", size=size, tool="glossa", megabytes=os.path.getsize(exported) / 1048576, seconds=seconds, min=low, max=high,
         mbPerSecond=os.path.getsize(exported) / 1048576 / seconds, peakMB=peak)
    # A small file into this memory against the same file into an empty one: what the
    # memory's size adds to an import (duplicate checks, word counts).
    if size >= 100000:
        # Another seed: units the memory does not hold (the seed-7 file's would all merge).
        small = os.path.join(work, "memory.10000.other.tmx")
        if not os.path.exists(small):
            subprocess.run([python, os.path.join(here, "make_tmx.py"), "10000", small, "8"], check=True)
        grown = os.path.join(work, f"memory.{size}.grown.sqlite")

        def copy_of(source):
            def make():
                for suffix in ("", "-wal", "-shm"):
                    if os.path.exists(grown + suffix):
                        os.remove(grown + suffix)
                if source:
                    subprocess.run(["cp", source, grown], check=True)
            return make

        small_mb = os.path.getsize(small) / 1048576
        for label, source in (("glossa, into an empty memory", None), (f"glossa, into this memory ({size:,} units)", database)):
            out, seconds, low, high, peak = repeated(lambda: [binary, "import", small, grown], before=copy_of(source))
            emit(task="tmx-import-into", size=size, tool=label, megabytes=small_mb, seconds=seconds, min=low, max=high,
                 mbPerSecond=small_mb / seconds, peakMB=peak)
        for suffix in ("", "-wal", "-shm"):
            if os.path.exists(grown + suffix):
                os.remove(grown + suffix)
    out, seconds, low, high, peak = repeated(lambda: [c_program("sax_loop", SAX_LOOP), tmx])
    emit(task="tmx-import", size=size, tool="libxml2 SAX2 push parser, C loop (reading only)", megabytes=megabytes, seconds=seconds,
         min=low, max=high, mbPerSecond=megabytes / seconds, peakMB=peak)
    out, seconds, low, high, peak = repeated(lambda: [c_program("xmlreader_loop", READER_LOOP), tmx])
    emit(task="tmx-import", size=size, tool="libxml2 xmlTextReader, C loop (reading only)", megabytes=megabytes, seconds=seconds,
         min=low, max=high, mbPerSecond=megabytes / seconds, peakMB=peak)
    out, seconds, low, high, peak = repeated(lambda: [python, write_helper("lxml_iterparse.py", LXML), tmx])
    emit(task="tmx-import", size=size, tool="lxml iterparse (reading only)", megabytes=megabytes, seconds=seconds, min=low, max=high,
         mbPerSecond=megabytes / seconds, peakMB=peak)
    # Translate Toolkit at every size (at a million units it needs a few GB of memory).
    peer_out = os.path.join(work, f"ttk.{size}.tmx")
    reads, writes, peaks = [], [], []
    for _ in range(RUNS):
        out, seconds, peak = timed([python, write_helper("ttk_tmx.py", PEER_TMX), tmx, peer_out])
        units, read, write = out.split()
        reads.append(float(read))
        writes.append(float(write))
        peaks.append(peak)
    read, write = statistics.median(reads), statistics.median(writes)
    emit(task="tmx-import", size=size, tool="Translate Toolkit (tmxfile.parsefile, in memory)", megabytes=megabytes, seconds=read,
         min=min(reads), max=max(reads), mbPerSecond=megabytes / read, peakMB=max(peaks))
    emit(task="tmx-export", size=size, tool="Translate Toolkit (serialize)", megabytes=os.path.getsize(peer_out) / 1048576,
         seconds=write, min=min(writes), max=max(writes), mbPerSecond=os.path.getsize(peer_out) / 1048576 / write, peakMB=max(peaks))

    german, queries = make_queries(tmx, 200 if size <= 100000 else 100)
    query_file = os.path.join(work, f"queries.{size}.txt")
    with open(query_file, "w", encoding="utf-8") as handle:
        handle.write("\n".join(queries) + "\n")
    result = json.loads(subprocess.run([binary, "match", database, query_file], capture_output=True, text=True, check=True).stdout)
    reference_times, reference = brute_force(german, queries)
    agreement = sum(1 for mine, best in zip(result["bestScores"], reference) if mine == best) / len(queries)
    emit(task="match", size=size, tool="glossa", queries=len(queries), medianMs=result["medianMs"], p95Ms=result["p95Ms"],
         agreement=agreement)
    emit(task="match", size=size, tool="rapidfuzz brute-force scan (same score)", queries=len(queries),
         medianMs=statistics.median(reference_times), p95Ms=percentile(reference_times, 0.95), agreement=1.0)
    peer_queries = queries[:20 if size <= 100000 else 10]
    with open(query_file + ".peer", "w", encoding="utf-8") as handle:
        handle.write("\n".join(peer_queries) + "\n")
    run = subprocess.run([python, write_helper("ttk_match.py", PEER_MATCH), tmx, query_file + ".peer"], capture_output=True, text=True)
    if run.returncode == 0:
        peer = json.loads(run.stdout)
        same = 0
        for query, found, best in zip(peer_queries, peer["best"], reference):
            if found is not None:
                from rapidfuzz.distance import Levenshtein
                score = math.floor(100 * Levenshtein.normalized_similarity(tokens(query), tokens(found)) + 1e-9)
                same += score == best
        emit(task="match", size=size, tool="Translate Toolkit matcher (rapidfuzz)", queries=len(peer_queries),
             medianMs=statistics.median(peer["times"]), p95Ms=percentile(peer["times"], 0.95), agreement=same / len(peer_queries))
    else:
        print(f"translate-toolkit matcher failed: {run.stderr[-500:]}", file=sys.stderr)

# Term lookup: a glossary of the Ding dictionary's first German/English pair per line (Debian's
# trans-de-en, read at run time), looked up by inflected forms of its German terms.
ding = "/usr/share/trans/de-en"
if os.path.exists(ding):
    entries = []
    for line in open(ding, encoding="utf-8", errors="replace"):
        if line.startswith("#") or " :: " not in line:
            continue
        german, english = line.split(" :: ", 1)
        german = re.sub(r"\{.*?\}|\[.*?\]|\(.*?\)", "", german.split("|")[0].split(";")[0]).strip()
        english = re.sub(r"\{.*?\}|\[.*?\]|\(.*?\)", "", english.split("|")[0].split(";")[0]).strip()
        if german and english and "\t" not in german + english:
            entries.append((german, english))
    glossary = os.path.join(work, "ding.tsv")
    with open(glossary, "w", encoding="utf-8") as handle:
        handle.write("# Glossary in tab-separated format -*- coding: utf-8 -*-\n")
        for german, english in entries:
            handle.write(f"{german}\t{english}\n")
    database = os.path.join(work, "glossary.sqlite")
    for suffix in ("", "-wal", "-shm"):
        if os.path.exists(database + suffix):
            os.remove(database + suffix)
    subprocess.run([binary, "glossary", database, glossary], check=True, capture_output=True)
    rng = random.Random(5)
    nouns = [g for g, _ in entries if g[:1].isupper() and " " not in g and len(g) > 5]
    queries = [rng.choice(nouns) + rng.choice(["", "en", "s", "n", "e"]) for _ in range(300)]
    term_file = os.path.join(work, "lookup.txt")
    with open(term_file, "w", encoding="utf-8") as handle:
        handle.write("\n".join(queries) + "\n")
    result = json.loads(subprocess.run([binary, "lookup", database, term_file], capture_output=True, text=True, check=True).stdout)
    emit(task="lookup", size=len(entries), tool="glossa", queries=len(queries), medianMs=result["medianMs"], p95Ms=result["p95Ms"],
         found=result["found"] / len(queries))
