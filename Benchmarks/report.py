"""Turns the JSON lines of a benchmark run into one Markdown table (printed and saved) and a
JSON file, with each figure's ratio to glossa's."""
import json
import pathlib
import sys

rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8") if line.startswith("{")]
out_dir = pathlib.Path(sys.argv[2])
lines = ["| task | language | tool | figure | glossa ÷ tool | detail |", "|---|---|---|---|---|---|"]
for task, key, unit in [("segment-throughput", "mbPerSecond", "MB/s"), ("segment-accuracy", "accuracy", "exact")]:
    for language in sorted({r["language"] for r in rows if r["task"] == task}):
        group = [r for r in rows if r["task"] == task and r["language"] == language]
        mine = next((r[key] for r in group if r["tool"] == "glossa"), None)
        for r in group:
            ratio = f"{mine / r[key]:.2f}×" if mine and r[key] else "–"
            if task == "segment-throughput":
                figure = f"{r[key]:.1f} {unit}"
                detail = f"median of runs over {r['megabytes']:.1f} MB (min–max {r['megabytes']/r['max']:.1f}–{r['megabytes']/r['min']:.1f} MB/s)"
            else:
                figure = f"{100 * r[key]:.1f}%"
                detail = f"{r['correct']}/{r['cases']} cases"
            lines.append(f"| {task} | {language} | {r['tool']} | {figure} | {ratio} | {detail} |")
align = [r for r in rows if r["task"] == "align"]
if align:
    lines += ["", "| task | sentences | tool | strict F1 (mean; min–max over documents) | dropped recall (pooled) | time (median, min–max) | peak memory | glossa time ÷ tool time |",
              "|---|---|---|---|---|---|---|---|"]
    for size in sorted({r["size"] for r in align}):
        group = [r for r in align if r["size"] == size]
        mine = next((r["seconds"] for r in group if r["tool"] == "glossa"), None)
        for r in group:
            ratio = f"{mine / r['seconds']:.2f}×" if mine and r.get("seconds") else "–"
            spread = f" ({r['f1Min']:.3f}–{r['f1Max']:.3f}, {r['documents']} documents)" if "f1Min" in r else ""
            lines.append(f"| align | {size} | {r['tool']} | {r['f1']:.3f}{spread} | {r['droppedRecall']:.2f} | "
                         f"{r['seconds']:.3f} s ({r['min']:.3f}–{r['max']:.3f}) | {r['peakMB']:.0f} MB | {ratio} |")
terms = [r for r in rows if r["task"] == "terms"]
if terms:
    lines += ["", "| task | parallel pairs | tool | top-100 pairs in the Ding dictionary | … or spelled alike | time |", "|---|---|---|---|---|---|"]
    for r in terms:
        lines.append(f"| terms | {r['pairs']} | {r['tool']} | {100 * r['precision']:.0f}% | {100 * r['withIdentical']:.0f}% | {r['seconds']:.1f} s |")
memory = [r for r in rows if r["task"] in ("tmx-import", "tmx-export")]
if memory:
    lines += ["", "| task | units | tool | MB | MB/s (median; min–max) | peak memory | glossa ÷ tool (speed) |", "|---|---|---|---|---|---|---|"]
    for task in ("tmx-import", "tmx-export"):
        for size in sorted({r["size"] for r in memory if r["task"] == task}):
            group = [r for r in memory if r["task"] == task and r["size"] == size]
            mine = next((r["mbPerSecond"] for r in group if r["tool"] == "glossa"), None)
            for r in group:
                ratio = f"{mine / r['mbPerSecond']:.2f}×" if mine else "–"
                spread = f" ({r['megabytes'] / r['max']:.1f}–{r['megabytes'] / r['min']:.1f})" if r.get("min") else ""
                lines.append(f"| {task} | {size:,} | {r['tool']} | {r['megabytes']:.0f} | {r['mbPerSecond']:.1f}{spread} | {r['peakMB']:.0f} MB | {ratio} |")
into = [r for r in rows if r["task"] == "tmx-import-into"]
if into:
    lines += ["", "| task | memory | tool | MB | seconds (median; min–max) | peak memory | time ÷ into an empty memory |", "|---|---|---|---|---|---|---|"]
    for size in sorted({r["size"] for r in into}):
        group = [r for r in into if r["size"] == size]
        empty = next((r["seconds"] for r in group if "empty" in r["tool"]), None)
        for r in group:
            ratio = f"{r['seconds'] / empty:.2f}×" if empty else "–"
            lines.append(f"| {r['task']} | {size:,} units | {r['tool']} | {r['megabytes']:.1f} | {r['seconds']:.2f} ({r['min']:.2f}–{r['max']:.2f}) | {r['peakMB']:.0f} MB | {ratio} |")
match = [r for r in rows if r["task"] == "match"]
if match:
    lines += ["", "| task | units | tool | queries | median | 95th percentile | top-1 = brute force | tool ÷ glossa (median) |",
              "|---|---|---|---|---|---|---|---|"]
    for size in sorted({r["size"] for r in match}):
        group = [r for r in match if r["size"] == size]
        mine = next((r["medianMs"] for r in group if r["tool"] == "glossa"), None)
        for r in group:
            ratio = f"{r['medianMs'] / mine:.1f}×" if mine else "–"
            lines.append(f"| match | {size:,} | {r['tool']} | {r['queries']} | {r['medianMs']:.2f} ms | {r['p95Ms']:.2f} ms | "
                         f"{100 * r['agreement']:.0f}% | {ratio} |")
lookup = [r for r in rows if r["task"] == "lookup"]
for r in lookup:
    lines += ["", "| task | glossary entries | tool | lookups (inflected forms) | median | 95th percentile | found |", "|---|---|---|---|---|---|---|",
              f"| lookup | {r['size']:,} | {r['tool']} | {r['queries']} | {r['medianMs']:.2f} ms | {r['p95Ms']:.2f} ms | {100 * r['found']:.0f}% |"]
table = "\n".join(lines)
print(table)
(out_dir / "latest.md").write_text(table + "\n", encoding="utf-8")
(out_dir / "latest.json").write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")
for r in rows:
    if r.get("failures"):
        print(f"\nglossa's failed {r['language']} cases (as it segmented them):", file=sys.stderr)
        for failure in r["failures"]:
            print("  " + failure, file=sys.stderr)
