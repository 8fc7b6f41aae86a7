"""Sentence-alignment benchmark: glossa vs galechurch (PyPI) on the same generated document pairs.

Real German-English parallel sentences come from the gettext catalogs installed on this machine
(/usr/share/locale/de/LC_MESSAGES/*.mo: the German translations of the programs' English
messages); they are read at run time and never stored in the repository. Documents of N
sentences are built from them, grouped in paragraphs, then damaged at known places: 5% of the
target sentences merged with their neighbour, 5% of source and 5% of target sentences dropped.
Strict F1 counts a link only when both sides are exactly right; "dropped recall" is the share of
the gold 1-0 / 0-1 links found. MERGE_THREE=2 also merges 2% of the target sentences with their
two successors (3-1 links). Prints one JSON object per measurement."""
import json
import random
import statistics
import re
import resource
import subprocess
import sys
import time

from gettext_catalogs import message_pairs

glossa, work, sizes = sys.argv[1], sys.argv[2], [int(s) for s in sys.argv[3].split(",")]


def catalog_pairs():
    """Sentence-like messages: 6 to 40 words, ending with a period in both languages."""
    pairs = {}
    for english, german in message_pairs():
        words = english.split()
        if 6 <= len(words) <= 40 and english.endswith(".") and german.endswith("."):
            pairs[english] = german
    return [(german, english) for english, german in pairs.items()]


def damaged_document(pairs, size, rng):
    # Without enough distinct pairs, some recur (far apart, as boilerplate does in real documents).
    chosen = rng.sample(pairs, size) if len(pairs) >= size else rng.sample(pairs, len(pairs)) + rng.choices(pairs, k=size - len(pairs))
    source = [german for german, _ in chosen]
    target = [english for _, english in chosen]
    gold = [([i], [i]) for i in range(size)]
    paragraphs_source = [i // 5 for i in range(size)]
    # Merge 5% of target sentences with their successor (same paragraph).
    for _ in range(size // 20):
        links = [k for k in range(len(gold) - 1) if len(gold[k][1]) == 1 and len(gold[k + 1][1]) == 1
                 and len(gold[k][0]) == 1 and len(gold[k + 1][0]) == 1]
        k = rng.choice(links)
        (s1, t1), (s2, t2) = gold[k], gold[k + 1]
        gold[k:k + 2] = [(s1 + s2, t1)]
        target[t1[0]] = target[t1[0]] + " " + target[t2[0]]
        target[t2[0]] = None
    # MERGE_THREE percent of target sentences made one with their two successors (0 by
    # default, so the figures stay comparable with earlier runs).
    for _ in range(size * int(__import__("os").environ.get("MERGE_THREE", "0")) // 100):
        links = [k for k in range(len(gold) - 2) if all(len(gold[k + m][0]) == 1 and len(gold[k + m][1]) == 1 for m in range(3))]
        k = rng.choice(links)
        (s1, t1), (s2, t2), (s3, t3) = gold[k:k + 3]
        gold[k:k + 3] = [(s1 + s2 + s3, t1)]
        target[t1[0]] = " ".join([target[t1[0]], target[t2[0]], target[t3[0]]])
        target[t2[0]] = target[t3[0]] = None
    # Drop 5% on each side.
    for side in (0, 1):
        for _ in range(size // 20):
            links = [k for k in range(len(gold)) if len(gold[k][0]) == 1 and len(gold[k][1]) == 1]
            k = rng.choice(links)
            s, t = gold[k]
            if side == 0:
                source[s[0]] = None
                gold[k] = ([], t)
            else:
                target[t[0]] = None
                gold[k] = (s, [])
    # Renumber after removals.
    source_index, target_index = {}, {}
    kept_source = [i for i, text in enumerate(source) if text is not None]
    kept_target = [i for i, text in enumerate(target) if text is not None]
    for new, old in enumerate(kept_source):
        source_index[old] = new
    for new, old in enumerate(kept_target):
        target_index[old] = new
    gold = [([source_index[i] for i in s if i in source_index], [target_index[i] for i in t if i in target_index]) for s, t in gold]
    gold = [g for g in gold if g[0] or g[1]]
    source_par = [paragraphs_source[i] for i in kept_source]
    return [source[i] for i in kept_source], [target[i] for i in kept_target], gold, source_par


def write_segmented(path, sentences, paragraphs):
    lines, previous = [], None
    for text, paragraph in zip(sentences, paragraphs):
        if previous is not None and paragraph != previous:
            lines.append("")
        lines.append(text)
        previous = paragraph
    with open(path, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")


def score(produced, gold):
    def key(link):
        return (tuple(link[0]), tuple(link[1]))
    gold_keys, produced_keys = {key(g) for g in gold}, {key(p) for p in produced}
    correct = len(gold_keys & produced_keys)
    precision = correct / len(produced_keys) if produced_keys else 0
    recall = correct / len(gold_keys) if gold_keys else 0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0
    unpaired = [key(g) for g in gold if not g[0] or not g[1]]
    dropped = sum(1 for u in unpaired if u in produced_keys) / len(unpaired) if unpaired else 1
    return f1, dropped


pairs = catalog_pairs()
rng = random.Random(int(__import__("os").environ.get("SEED", "7")))
documents = int(__import__("os").environ.get("DOCUMENTS", "5"))


def pooled(scores):
    """Mean F1 and pooled dropped-sentence recall over documents, with the F1 range."""
    f1s = [f1 for f1, _, _ in scores]
    found = sum(d * n for _, d, n in scores)
    total = sum(n for _, _, n in scores)
    return statistics.mean(f1s), (found / total if total else 1), min(f1s), max(f1s), [d for _, d, _ in scores]


for size in sizes:
    # Several damaged documents per size: with 5% dropped per side, one 200-sentence document
    # has only 20 dropped sentences, so one document's recall moves by 0.05 per sentence.
    glossa_scores, peer_scores, glossa_runs, peer_runs, peak_kb, peer_peak = [], [], [], [], 0, 0
    for document in range(documents):
        source, target, gold, source_par = damaged_document(pairs, size, rng)
        # Target paragraphs follow the source's where the gold links them.
        target_par = [0] * len(target)
        for s, t in gold:
            for j in t:
                target_par[j] = source_par[s[0]] if s else (target_par[j - 1] if j else 0)
        de_path, en_path = f"{work}/align-{size}.de.txt", f"{work}/align-{size}.en.txt"
        write_segmented(de_path, source, source_par)
        write_segmented(en_path, target, target_par)
        unpaired = sum(1 for g in gold if not g[0] or not g[1])

        for _ in range(3 if document == 0 else 1):
            start = time.perf_counter()
            completed = subprocess.run(["/usr/bin/time", "-f", "%M", glossa, "align", de_path, en_path, "--segmented", "--format", "json"],
                                       capture_output=True, text=True, check=True)
            glossa_runs.append(time.perf_counter() - start)
            peak_kb = max(peak_kb, int(completed.stderr.strip().splitlines()[-1]))
        links = json.loads(completed.stdout)["links"]
        f1, dropped = score([(l["source"], l["target"]) for l in links], gold)
        glossa_scores.append((f1, dropped, unpaired))
        if "--show-errors" in sys.argv:
            produced_keys = {(tuple(l["source"]), tuple(l["target"])) for l in links}
            for s, t in gold:
                if (tuple(s), tuple(t)) not in produced_keys:
                    print("MISSED", document, s, t, [source[i][:60] for i in s], [target[j][:60] for j in t], file=sys.stderr)

        import galechurch
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        for _ in range(3 if document == 0 else 1):
            start = time.perf_counter()
            result = galechurch.align(source, target)
            peer_runs.append(time.perf_counter() - start)
        peer_peak = max(peer_peak, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        produced = [(list(range(b.source_start, b.source_end)), list(range(b.target_start, b.target_end))) for b in result.beads]
        f1, dropped = score(produced, gold)
        peer_scores.append((f1, dropped, unpaired))

    for tool, scores, runs, peak in (("glossa", glossa_scores, glossa_runs, peak_kb / 1024), ("galechurch", peer_scores, peer_runs, peer_peak / 1024)):
        f1, dropped, low, high, per_document = pooled(scores)
        runs.sort()
        print(json.dumps({"task": "align", "size": size, "tool": tool, "f1": f1, "droppedRecall": dropped, "f1Min": low, "f1Max": high,
                          "droppedPerDocument": per_document, "documents": documents, "seconds": statistics.median(runs),
                          "min": runs[0], "max": runs[-1], "peakMB": peak}))
