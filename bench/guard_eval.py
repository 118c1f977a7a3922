#!/usr/bin/env python3
# SPDX-License-Identifier: Apache-2.0
"""Precision, recall and F1 per kind of `custos scan --jsonl` on a labelled corpus.

A predicted span counts as a true positive when it overlaps a gold span of the same kind (each
gold span matched at most once); unmatched predictions are false positives, unmatched gold spans
false negatives.

Overlap is generous: a finding that covers half a name counts as the name. The last columns say
what redaction would leave: `shown` is the share of each kind's gold characters that no finding
(of any kind) covers, and `part` how many gold spans were found but not covered whole.

    bench/guard_eval.py CUSTOS_BIN corpus.jsonl [--show-errors KIND]
"""
import collections
import json
import os
import subprocess
import sys
import time


def main():
    binary, corpus = sys.argv[1], sys.argv[2]
    show = sys.argv[sys.argv.index("--show-errors") + 1] if "--show-errors" in sys.argv else None
    records = [json.loads(line) for line in open(corpus, encoding="utf-8") if line.strip()]
    payload = "".join(json.dumps({"id": r["id"], "text": r["text"]}) + "\n" for r in records).encode()
    started = time.monotonic()
    result = subprocess.run([binary, "scan", "--jsonl"], input=payload, capture_output=True, check=True)
    elapsed = time.monotonic() - started
    predicted = {}
    for line in result.stdout.decode().splitlines():
        reply = json.loads(line)
        predicted[reply["id"]] = reply["findings"]
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    gold_chars, shown_chars, partial = collections.Counter(), collections.Counter(), collections.Counter()
    errors = []
    for record in records:
        gold = [dict(s, matched=False) for s in record["spans"]]
        covered = set()
        for finding in predicted.get(record["id"], []):
            covered.update(range(finding["start"], finding["end"]))
        for g in gold:
            # Spaces and line breaks inside a span (an address's) show nothing.
            chars = [i for i in range(g["start"], g["end"]) if not record["text"][i].isspace()]
            left = sum(1 for i in chars if i not in covered)
            gold_chars[g["type"]] += len(chars)
            shown_chars[g["type"]] += left
            if 0 < left < len(chars):
                partial[g["type"]] += 1
        for finding in predicted.get(record["id"], []):
            match = next((g for g in gold if not g["matched"] and g["type"] == finding["type"]
                          and g["start"] < finding["end"] and finding["start"] < g["end"]), None)
            if match:
                match["matched"] = True
                tp[finding["type"]] += 1
            else:
                fp[finding["type"]] += 1
                if finding["type"] == show:
                    errors.append(("FP", record["text"], finding))
        for g in gold:
            if not g["matched"]:
                fn[g["type"]] += 1
                if g["type"] == show:
                    errors.append(("FN", record["text"], g))
    kinds = sorted(set(tp) | set(fp) | set(fn))
    print(f"{'kind':24} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5} {'shown':>6} {'part':>5}")
    for kind in kinds:
        p = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 0.0
        r = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        shown = shown_chars[kind] / gold_chars[kind] if gold_chars[kind] else 0.0
        print(f"{kind:24} {p:6.3f} {r:6.3f} {f:6.3f} {tp[kind]:5} {fp[kind]:5} {fn[kind]:5} {shown:6.3f} {partial[kind]:5}")
    size = sum(len(r["text"].encode()) for r in records)
    print(f"{len(records)} texts, {size / 1e6:.2f} MB through `custos scan --jsonl` in {elapsed:.2f} s (process, JSON included)")
    # False positives first: they are usually fewer, and each is a rule misfiring.
    errors.sort(key=lambda error: error[0] != "FP")
    for kind, text, span in errors[:int(os.environ.get("SHOW", "40"))]:
        s, e = span["start"], span["end"]
        print(f"  {kind} {text[max(0, s - 30):s]!r} [[{text[s:e]!r}]] {text[e:e + 15]!r}")


if __name__ == "__main__":
    main()
