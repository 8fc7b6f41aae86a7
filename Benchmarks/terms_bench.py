"""Term-pair benchmark: how many of the top 100 pairs are real dictionary translations.

Parallel text: every German/English message pair of the gettext catalogs installed on this
machine (/usr/share/locale/de/LC_MESSAGES/*.mo), read at run time and never stored. The check:
Debian's Ding dictionary (trans-de-en). glossa runs without any dictionary (else the check
would be circular); the baseline is eflomal (PyPI) word alignment, its links ranked by
log-likelihood (G²) over co-occurrence counts. Prints one JSON object per tool."""
import collections
import json
import math
import re
import subprocess
import sys
import time

from gettext_catalogs import message_pairs

glossa, work, ding_path = sys.argv[1], sys.argv[2], sys.argv[3]
TOP = 100


def fold(text):
    text = text.lower()
    for a, b in (("ä", "a"), ("ö", "o"), ("ü", "u"), ("ß", "ss"), ("é", "e"), ("-", ""), ("'", "")):
        text = text.replace(a, b)
    return " ".join(text.split())


def singular(word):
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def ding():
    entries = collections.defaultdict(set)
    with open(ding_path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            if line.startswith("#") or " :: " not in line:
                continue
            german, english = line.rstrip("\n").split(" :: ", 1)
            for g_sense, e_sense in zip(german.split(" | "), english.split(" | ")):
                targets = {fold(re.sub(r"[{\[(].*?[}\])]|\s/[^/]+/(?=\s|$)", "", t)) for t in e_sense.split("; ")}
                targets |= {" ".join(singular(w) for w in t.split()) for t in targets}
                for g in g_sense.split("; "):
                    key = fold(re.sub(r"[{\[(].*?[}\])]|\s/[^/]+/(?=\s|$)", "", g))
                    if key:
                        entries[key] |= {t for t in targets if t}
    return entries


def catalog_pairs():
    """Every message of two words or more."""
    pairs = {english: german for english, german in message_pairs() if len(english.split()) >= 2}
    return [(german, english) for english, german in pairs.items()]


def correct(dictionary, german, english):
    targets = dictionary.get(fold(german), set())
    if not targets and fold(german).endswith("e"):
        targets = dictionary.get(fold(german)[:-1], set())
    e = fold(english)
    return e in targets or " ".join(singular(w) for w in e.split()) in targets


dictionary = ding()
pairs = catalog_pairs()
de_path, en_path = f"{work}/terms.de.txt", f"{work}/terms.en.txt"
with open(de_path, "w", encoding="utf-8") as de, open(en_path, "w", encoding="utf-8") as en:
    for german, english in pairs:
        de.write(german + "\n")
        en.write(english + "\n")

start = time.perf_counter()
output = subprocess.run([glossa, "terms", de_path, en_path, "--aligned", "--format", "json", "--min-confidence", "0"],
                        capture_output=True, text=True, check=True).stdout
seconds = time.perf_counter() - start
found = json.loads(output)["pairs"][:TOP]
good = [p for p in found if correct(dictionary, p["source"], p["target"]) or any(correct(dictionary, v, p["target"]) for v in p["sourceVariants"])]
identical = [p for p in found if p not in good and fold(p["source"]) == fold(p["target"])]
print(json.dumps({"task": "terms", "tool": "glossa", "pairs": len(pairs), "top": len(found), "correct": len(good),
                  "precision": len(good) / max(1, len(found)), "withIdentical": (len(good) + len(identical)) / max(1, len(found)),
                  "seconds": seconds,
                  "wrong": [f"{p['source']} → {p['target']}" for p in found if p not in good][:15]}))
sys.stdout.flush()

# eflomal: word alignment, links ranked by G² over co-occurrence.
from eflomal import Aligner

tokenize = lambda text: re.findall(r"\w[\w-]*", text.lower())
source_tokens = [tokenize(g) for g, _ in pairs]
target_tokens = [tokenize(e) for _, e in pairs]
with open(f"{work}/eflomal.de", "w", encoding="utf-8") as de, open(f"{work}/eflomal.en", "w", encoding="utf-8") as en:
    for s, t in zip(source_tokens, target_tokens):
        de.write(" ".join(s) + "\n")
        en.write(" ".join(t) + "\n")
start = time.perf_counter()
with open(f"{work}/eflomal.de", encoding="utf-8") as src, open(f"{work}/eflomal.en", encoding="utf-8") as trg, \
        open(f"{work}/eflomal.links", "w", encoding="utf-8") as links:
    Aligner().align(src, trg, links_filename_fwd=f"{work}/eflomal.links", quiet=True)
link_counts = collections.Counter()
with open(f"{work}/eflomal.links", encoding="utf-8") as handle:
    for s, t, line in zip(source_tokens, target_tokens, handle):
        for link in line.split():
            i, j = map(int, link.split("-"))
            if i < len(s) and j < len(t):
                link_counts[(s[i], t[j])] += 1
source_counts = collections.Counter(w for s in source_tokens for w in set(s))
target_counts = collections.Counter(w for t in target_tokens for w in set(t))
n = len(pairs)


def g2(a, b, k):
    # 2x2 contingency of link count k against the words' sentence counts.
    c11, c12, c21 = k, max(source_counts[a] - k, 0), max(target_counts[b] - k, 0)
    c22 = max(n - c11 - c12 - c21, 0)
    total = c11 + c12 + c21 + c22

    def term(o, e):
        return o * math.log(o / e) if o > 0 and e > 0 else 0
    rows, cols = (c11 + c12, c21 + c22), (c11 + c21, c12 + c22)
    expected = [[rows[0] * cols[0] / total, rows[0] * cols[1] / total], [rows[1] * cols[0] / total, rows[1] * cols[1] / total]]
    return 2 * (term(c11, expected[0][0]) + term(c12, expected[0][1]) + term(c21, expected[1][0]) + term(c22, expected[1][1]))


ranked = sorted(((g2(a, b, k), a, b) for (a, b), k in link_counts.items() if k >= 2 and len(a) > 2 and len(b) > 2), reverse=True)[:TOP]
seconds = time.perf_counter() - start
good = [(a, b) for _, a, b in ranked if correct(dictionary, a, b)]
identical = [(a, b) for _, a, b in ranked if (a, b) not in good and fold(a) == fold(b)]
print(json.dumps({"task": "terms", "tool": "eflomal + G²", "pairs": n, "top": len(ranked), "correct": len(good),
                  "precision": len(good) / max(1, len(ranked)), "withIdentical": (len(good) + len(identical)) / max(1, len(ranked)),
                  "seconds": seconds,
                  "wrong": [f"{a} → {b}" for _, a, b in ranked if (a, b) not in good][:15]}))
