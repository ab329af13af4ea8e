#!/usr/bin/env python3
"""Independent check of problems/mha/cases.json.

Recomputes every non-throwing case with a vectorised numpy implementation of
multi-head self-attention (written separately from problems/mha/reference.ts)
and checks that every throwing case really is invalid input. Exits 1 naming the
first bad case; exits 0 printing how many cases were checked.

Run from the repository root: python3 tests/python/mha_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

CASES = Path(__file__).resolve().parents[2] / "problems" / "mha" / "cases.json"
TOL = 1e-9


def mha(x, p, num_heads, causal):
    x = np.asarray(x, dtype=np.float64)  # (B, S, D)
    B, S, D = x.shape
    if num_heads < 1 or D % num_heads != 0:
        raise ValueError(f"d_model {D} is not divisible by {num_heads} heads")
    dh = D // num_heads
    w = {k: np.asarray(v, dtype=np.float64) for k, v in p.items()}

    def heads(t):  # (B, S, D) -> (B, H, S, dh)
        return t.reshape(B, S, num_heads, dh).transpose(0, 2, 1, 3)

    q = heads(x @ w["wq"] + w["bq"])
    k = heads(x @ w["wk"] + w["bk"])
    v = heads(x @ w["wv"] + w["bv"])
    scores = np.einsum("bhid,bhjd->bhij", q, k) / np.sqrt(dh)
    if causal:
        future = np.triu(np.ones((S, S), dtype=bool), k=1)  # key j > query i
        scores = np.where(future, -np.inf, scores)
    scores = scores - scores.max(axis=-1, keepdims=True)
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    ctx = np.einsum("bhij,bhjd->bhid", weights, v)
    concat = ctx.transpose(0, 2, 1, 3).reshape(B, S, D)
    return concat @ w["wo"] + w["bo"]


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        x, p, num_heads, causal = case["args"]
        name = case["name"]
        if case.get("throws"):
            try:
                mha(x, p, num_heads, causal)
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = mha(x, p, num_heads, causal)
        want = np.asarray(case["expected"], dtype=np.float64)
        if got.shape != want.shape:
            print(f"FAIL {name}: shape {want.shape} in cases.json, numpy gives {got.shape}")
            return 1
        err = np.abs(got - want)
        if not np.all(np.isfinite(want)) or np.max(err) > TOL:
            print(f"FAIL {name}: max abs difference {np.max(err):.3e} > {TOL}")
            return 1
        checked += 1
    print(f"mha: {checked} cases agree with numpy (tolerance {TOL})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
