#!/usr/bin/env python3
"""Independent check of problems/scaled-dot-product-attention/cases.json.

Recomputes every valid case with numpy, written apart from reference.ts: for each
query the visible keys are selected by index and the weights come from a
log-sum-exp, exp(s - logsumexp(s)). Every "throws" case must be rejected by this
file's own validation. Exits 1 naming the first disagreeing case, else 0.

Run from the repository root: python3 tests/python/scaled-dot-product-attention_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "scaled-dot-product-attention"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def attend(q, k, v, mask):
    q, k, v = (np.asarray(t, dtype=np.float64) for t in (q, k, v))
    if q.ndim != 2 or k.ndim != 2 or v.ndim != 2:
        raise ValueError("rank")
    if q.shape[1] != k.shape[1] or k.shape[0] != v.shape[0]:
        raise ValueError("shapes")
    n_q, n_k = q.shape[0], k.shape[0]
    if mask is not None:
        if len(mask) != n_q or any(len(row) != n_k for row in mask):
            raise ValueError("mask shape")
    out = np.empty((n_q, v.shape[1]))
    for i in range(n_q):
        keys = [j for j in range(n_k) if mask is None or mask[i][j] is True]
        if not keys:
            raise ValueError("no visible key")
        s = k[keys] @ q[i] / np.sqrt(q.shape[1])
        top = s.max()
        lse = top + np.log(np.sum(np.exp(s - top)))
        out[i] = np.exp(s - lse) @ v[keys]
    return out


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                attend(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = attend(*case["args"])
        want = np.asarray(case["expected"], dtype=np.float64)
        if got.shape != want.shape:
            print(f"FAIL {name}: shape {want.shape} in cases.json, numpy gives {got.shape}")
            return 1
        err = np.abs(got - want) / (1 + np.abs(want))
        if not np.all(np.isfinite(want)) or np.max(err) > TOL:
            print(f"FAIL {name}: max scaled difference {np.max(err):.3e} > {TOL}")
            return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy (tolerance {TOL})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
