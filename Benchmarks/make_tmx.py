"""Writes a TMX 1.4b file of N German/English units for the memory benchmarks.

Each unit joins two real message pairs from the machine's German gettext catalogs (read at run
time, never stored in the repository), chosen by a seeded generator, so units are distinct, realistic in length and vocabulary, and the same in every run.
Usage: make_tmx.py N OUT.tmx [SEED]
"""
import random
import sys
from xml.sax.saxutils import escape

sys.path.insert(0, __import__("os").path.dirname(__file__))
from gettext_catalogs import message_pairs  # noqa: E402


def main():
    count = int(sys.argv[1])
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
    clean = lambda text: all(ord(c) >= 0x20 and c not in "\ufffe\uffff" for c in text)
    pairs = [(en, de) for en, de in message_pairs() if 12 <= len(de) <= 160 and " " in de and clean(en + de)]
    pairs.sort()
    rng.shuffle(pairs)
    seen = set()
    with open(out, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
        handle.write('  <header creationtool="glossa-bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" '
                     'adminlang="en" srclang="de" datatype="plaintext"/>\n  <body>\n')
        written = 0
        while written < count:
            a, b = rng.choice(pairs), rng.choice(pairs)
            de = a[1].rstrip(".") + ". " + b[1]
            en = a[0].rstrip(".") + ". " + b[0]
            if de in seen:
                continue
            seen.add(de)
            handle.write(f'    <tu tuid="u{written}" creationdate="20220112T101500Z">\n'
                         f'      <tuv xml:lang="de"><seg>{escape(de)}</seg></tuv>\n'
                         f'      <tuv xml:lang="en"><seg>{escape(en)}</seg></tuv>\n    </tu>\n')
            written += 1
        handle.write("  </body>\n</tmx>\n")


if __name__ == "__main__":
    main()
