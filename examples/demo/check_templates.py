#!/usr/bin/env python3
"""Checks that casus codes every demo template as intended: each filled
template, for every dyad of the demo in both directions, must yield its CAMEO
code between the intended parties in its first sentence, and the context
sentences must yield nothing. Prints the misses and exits 1 when any.

    python3 examples/demo/check_templates.py [path/to/casus]   (default build/casus)
"""
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import generate as g  # noqa: E402


def party(actor):
    return (actor["country"] or actor["code"]) if actor else None


def main():
    casus = sys.argv[1] if len(sys.argv) > 1 else "build/casus"
    pairs = [("CHN", "PHL"), ("PHL", "CHN")]
    pairs += [d for d, _ in g.BACKGROUND] + [d[::-1] for d, _ in g.BACKGROUND]
    kinds = g.COOPERATION + g.FRICTION + g.ACCUSATIONS + g.FORCE_POSTURE + g.CLASHES
    lines, want = [], []
    for a, b in pairs:
        for template, cameo, _ in kinds:
            s = g.fill(template, a, b)
            context = g.CONTEXT[len(lines) % len(g.CONTEXT)]
            lines.append(json.dumps({"id": "t%d" % len(lines), "date": "2024-03-05",
                                     "text": s + " " + context}))
            want.append((a, b, cameo, s))
    out = subprocess.run([casus, "code", "-"], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True).stdout
    got = {}
    for line in out.splitlines():
        r = json.loads(line)
        if r["kind"] == "event":
            got.setdefault(int(r["article_id"][1:]), []).append(
                (party(r["source"]), party(r["target"]), r["cameo"], r["sentence_index"]))
    bad = 0
    for i, (a, b, cameo, s) in enumerate(want):
        events = got.get(i, [])
        if (a, b, cameo, 0) not in events or any(e[3] != 0 for e in events):
            bad += 1
            print("miss: %s (want %s>%s %s, got %s)" % (s, a, b, cameo, events))
    print("%d of %d templates code as intended" % (len(want) - bad, len(want)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
