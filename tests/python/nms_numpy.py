#!/usr/bin/env python3
"""Independent check of problems/nms/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: the whole IoU matrix at
once by broadcasting, the visiting order from np.lexsort (score descending, then index),
and suppression as a boolean "alive" mask that only kept boxes may clear. It also checks
each stored answer's own invariants: kept boxes pairwise have IoU <= threshold, and every
dropped box has IoU > threshold with some kept box of higher rank. Every "throws" case must
be rejected by this file's own validation. Exits 1 naming the first bad case, else 0.

Run from the repository root: python3 tests/python/nms_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "nms"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"


def iou_matrix(b):
    lo = np.maximum(b[:, None, :2], b[None, :, :2])
    hi = np.minimum(b[:, None, 2:], b[None, :, 2:])
    inter = np.prod(np.clip(hi - lo, 0, None), axis=-1)
    area = np.prod(b[:, 2:] - b[:, :2], axis=-1)
    return inter / (area[:, None] + area[None, :] - inter)


def suppress(boxes, scores, threshold):
    b = np.asarray(boxes, dtype=np.float64).reshape(-1, 4)
    s = np.asarray(scores, dtype=np.float64)
    if len(s) != len(b) or not 0 <= threshold <= 1 or np.any(b[:, 2:] <= b[:, :2]):
        raise ValueError("invalid")
    m = iou_matrix(b)
    order = np.lexsort((np.arange(len(b)), -s))
    alive = np.ones(len(b), dtype=bool)
    kept = []
    for i in order:
        if alive[i]:
            kept.append(int(i))
            alive &= ~(m[i] > threshold)
    return kept, m, order


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                suppress(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got, m, order = suppress(*case["args"])
        want = case["expected"]
        if got != want:
            print(f"FAIL {name}: numpy keeps {got}, cases.json says {want}")
            return 1
        threshold = case["args"][2]
        rank = {int(i): r for r, i in enumerate(order)}
        for a in want:
            for b in want:
                if a != b and m[a, b] > threshold:
                    print(f"FAIL {name}: kept boxes {a} and {b} overlap with IoU {m[a, b]:.3f}")
                    return 1
        for d in set(range(len(m))) - set(want):
            if not any(m[k, d] > threshold and rank[k] < rank[d] for k in want):
                print(f"FAIL {name}: box {d} was dropped but no better kept box suppresses it")
                return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy; kept sets satisfy the NMS invariants")
    return 0


if __name__ == "__main__":
    sys.exit(main())
