#!/usr/bin/env python3
"""Independent check of problems/top-k-top-p-sampling/cases.json.

Replays every valid case with numpy in the log domain, apart from reference.ts: log
probabilities via logsumexp, the order from np.lexsort (probability descending, then id),
the top-p prefix from a cumulative sum of exp(logp - logsumexp(survivors)), and the draw
by locating u between consecutive cumulative sums. Boundary comparisons that land within
1e-12 of the threshold are reported, since they would make the case fragile. Every
"throws" case must be rejected by this file's own validation. Exits 1 on the first bad case.

Run from the repository root: python3 tests/python/top-k-top-p-sampling_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "top-k-top-p-sampling"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"


def lse(v):
    top = v.max()
    return top + np.log(np.exp(v - top).sum())


def replay(logits, temperature, top_k, top_p, u):
    z = np.asarray(logits, dtype=np.float64)
    if z.size == 0 or temperature <= 0 or top_k < 0 or top_k != int(top_k) or not 0 < top_p <= 1 or not 0 <= u < 1:
        raise ValueError("invalid")
    logp = z / temperature - lse(z / temperature)
    order = np.lexsort((np.arange(z.size), -logp))
    survivors = order[: int(top_k)] if top_k else order
    mass = np.cumsum(np.exp(logp[survivors] - lse(logp[survivors])))
    cut = int(np.argmax(mass >= top_p)) if np.any(mass >= top_p) else len(survivors) - 1
    fragile = abs(mass[cut] - top_p) < 1e-12 and not (top_p == 1 and cut == len(survivors) - 1)
    cand = survivors[: cut + 1]
    cdf = np.cumsum(np.exp(logp[cand] - lse(logp[cand])))
    idx = int(np.argmax(u < cdf)) if np.any(u < cdf) else len(cand) - 1
    fragile = fragile or bool(np.any(np.abs(cdf[:-1] - u) < 1e-12))
    return {"token": int(cand[idx]), "candidates": [int(i) for i in cand]}, fragile


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
        got, fragile = replay(*case["args"])
        if got != case["expected"]:
            print(f"FAIL {name}: numpy gives {got}, cases.json says {case['expected']}")
            return 1
        if fragile and "exactly" not in name:
            print(f"FAIL {name}: a comparison lands within 1e-12 of its threshold; pick values away from it")
            return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy")
    return 0


if __name__ == "__main__":
    sys.exit(main())
