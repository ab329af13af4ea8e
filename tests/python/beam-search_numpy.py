#!/usr/bin/env python3
"""Independent check of problems/beam-search/cases.json.

Replays every valid case with numpy and back-pointers, apart from reference.ts: each
step scores all (beam, token) pairs as one matrix, ranks them with np.lexsort on
(-score, full token path) and keeps parent indices instead of copied prefixes. Whenever the
width is large enough to keep every path (beamWidth >= V^maxLen), the answer must also
equal an exhaustive search over all sequences (finished at eos, or maxLen long). Every
"throws" case must be rejected by this file's own validation. Exits 1 on the first bad case.

Run from the repository root: python3 tests/python/beam-search_numpy.py
"""
import itertools
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "beam-search"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"


def path(parents, tokens, step, index):
    out = []
    while step >= 0:
        out.append(int(tokens[step][index]))
        index = parents[step][index]
        step -= 1
    return out[::-1]


def replay(table, start, eos, width, max_len):
    t = np.asarray(table, dtype=np.float64)
    if t.ndim != 2 or t.shape[0] < 1 or t.shape[0] != t.shape[1] or not (0 <= start < len(t) and 0 <= eos < len(t)) or width < 1 or max_len < 1:
        raise ValueError("invalid")
    v = len(t)
    parents, tokens = [], []
    live_last, live_score, live_idx = np.array([start]), np.array([0.0]), np.array([-1])
    pool = []  # (score, path)
    for step in range(max_len):
        if live_last.size == 0:
            break
        scores = (live_score[:, None] + t[live_last]).ravel()
        beam = np.repeat(np.arange(live_last.size), v)
        tok = np.tile(np.arange(v), live_last.size)
        paths = [(path(parents, tokens, step - 1, live_idx[b]) if step else []) + [int(k)] for b, k in zip(beam, tok)]
        width_paths = max(len(p) for p in paths)
        keys = [np.array([p[i] for p in paths]) for i in reversed(range(width_paths))]
        order = np.lexsort(keys + [-scores])[:width]
        parents.append(np.array([live_idx[beam[i]] if step else -1 for i in order]))
        tokens.append(tok[order])
        keep = []
        for j, i in enumerate(order):
            if tok[i] == eos:
                pool.append((float(scores[i]), paths[i]))
            else:
                keep.append(j)
        live_last = tok[order][keep]
        live_score = scores[order][keep]
        live_idx = np.array(keep, dtype=int)
    for j, s in zip(live_idx, live_score):
        pool.append((float(s), path(parents, tokens, len(tokens) - 1, j)))
    score, best = min(pool, key=lambda c: (-c[0], c[1]))
    return {"tokens": best, "score": score}


def exhaustive(table, start, eos, max_len):
    best = None
    for length in range(1, max_len + 1):
        for seq in itertools.product(range(len(table)), repeat=length):
            if eos in seq[:-1] or (length < max_len and seq[-1] != eos):
                continue
            score, last = 0.0, start
            for tok in seq:
                score += table[last][tok]
                last = tok
            key = (-score, list(seq))
            if best is None or key < best:
                best = key
    return {"tokens": best[1], "score": -best[0]}


def same(a, b):
    return a["tokens"] == b["tokens"] and abs(a["score"] - b["score"]) <= 1e-9 * (1 + abs(b["score"]))


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                replay(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = replay(*case["args"])
        if not same(got, case["expected"]):
            print(f"FAIL {name}: numpy gives {got}, cases.json says {case['expected']}")
            return 1
        table, start, eos, width, max_len = case["args"]
        if width >= len(table) ** max_len and not same(exhaustive(table, start, eos, max_len), case["expected"]):
            print(f"FAIL {name}: the width keeps every path, yet the answer is not the exhaustive optimum")
            return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy back-pointer replay; wide beams match exhaustive search")
    return 0


if __name__ == "__main__":
    sys.exit(main())
