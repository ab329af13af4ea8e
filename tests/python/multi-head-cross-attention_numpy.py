#!/usr/bin/env python3
"""Independent check of problems/multi-head-cross-attention/cases.json.

Recomputes every valid case with numpy, written apart from reference.ts: one
(batch element, head) pair at a time on 2-D slices, the weights from a
log-sum-exp. Every "throws" case must be rejected by this file's own checks.
Exits 1 naming the first disagreeing case, else 0.

Run from the repository root: python3 tests/python/multi-head-cross-attention_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "multi-head-cross-attention"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def cross_attention(x_dec, x_enc, p, heads):
    w = {k: np.asarray(v, dtype=np.float64) for k, v in p.items()}
    d = w["wq"].shape[0]
    if heads < 1 or d % heads != 0:
        raise ValueError("heads")
    if len(x_dec) != len(x_enc):
        raise ValueError("batch")
    dh = d // heads
    out = []
    for dec, enc in zip(x_dec, x_enc):
        dec, enc = np.asarray(dec, dtype=np.float64), np.asarray(enc, dtype=np.float64)
        q = dec @ w["wq"] + w["bq"]
        k = enc @ w["wk"] + w["bk"]
        v = enc @ w["wv"] + w["bv"]
        concat = np.zeros((dec.shape[0], d))
        for h in range(heads):
            cols = slice(h * dh, (h + 1) * dh)
            s = q[:, cols] @ k[:, cols].T / np.sqrt(dh)  # (n_dec, n_enc)
            top = s.max(axis=1, keepdims=True)
            lse = top + np.log(np.exp(s - top).sum(axis=1, keepdims=True))
            concat[:, cols] = np.exp(s - lse) @ v[:, cols]
        out.append(concat @ w["wo"] + w["bo"])
    return np.stack(out)


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                cross_attention(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = cross_attention(*case["args"])
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
