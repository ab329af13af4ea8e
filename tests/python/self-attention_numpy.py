#!/usr/bin/env python3
"""Independent check of problems/self-attention/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: the projections with
einsum, then for each query the visible keys are picked by index and the weights come
from a log-sum-exp, exp(s - logsumexp(s)). Every "throws" case must be rejected by this
file's own validation. Exits 1 naming the first disagreeing case, else 0.

Run from the repository root: python3 tests/python/self-attention_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "self-attention"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def attend(x, p, mask):
    x = np.asarray(x, dtype=np.float64)
    w = {key: np.asarray(val, dtype=np.float64) for key, val in p.items()}
    d_in, d_k = w["wq"].shape
    if w["wk"].shape != (d_in, d_k) or w["wv"].shape[0] != d_in or x.shape[-1] != d_in:
        raise ValueError("weight shapes")
    if w["bq"].shape != (d_k,) or w["bk"].shape != (d_k,) or w["bv"].shape != (w["wv"].shape[1],):
        raise ValueError("bias shapes")
    seq = x.shape[1]
    if mask is not None and (len(mask) != seq or any(len(row) != seq for row in mask)):
        raise ValueError("mask shape")
    q = np.einsum("bsi,ik->bsk", x, w["wq"]) + w["bq"]
    k = np.einsum("bsi,ik->bsk", x, w["wk"]) + w["bk"]
    v = np.einsum("bsi,iv->bsv", x, w["wv"]) + w["bv"]
    out = np.empty(x.shape[:2] + (v.shape[2],))
    for b in range(x.shape[0]):
        for i in range(seq):
            keys = [j for j in range(seq) if mask is None or mask[i][j] is True]
            if not keys:
                raise ValueError("no visible key")
            s = k[b, keys] @ q[b, i] / np.sqrt(d_k)
            top = s.max()
            lse = top + np.log(np.sum(np.exp(s - top)))
            out[b, i] = np.exp(s - lse) @ v[b, keys]
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
