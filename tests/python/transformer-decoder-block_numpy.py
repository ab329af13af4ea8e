#!/usr/bin/env python3
"""Independent check of problems/transformer-decoder-block/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: heads are taken one at a
time with einsum, the causal mask is an additive lower-triangular matrix of 0 and -inf,
the softmax goes through a log-sum-exp, and LayerNorm uses np.var. Every "throws" case
must be rejected by this file's own validation. Exits 1 naming the first bad case, else 0.

Run from the repository root: python3 tests/python/transformer-decoder-block_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "transformer-decoder-block"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def norm(t, gamma, beta):
    return gamma * (t - t.mean(-1, keepdims=True)) / np.sqrt(t.var(-1, keepdims=True) + 1e-5) + beta


def attend(a, b, p, s, heads, causal):
    d = a.shape[-1]
    w = d // heads
    q = np.einsum("btd,de->bte", a, p["wq" + s]) + p["bq" + s]
    k = np.einsum("btd,de->bte", b, p["wk" + s]) + p["bk" + s]
    v = np.einsum("btd,de->bte", b, p["wv" + s]) + p["bv" + s]
    bias = np.zeros((a.shape[1], b.shape[1]))
    if causal:
        bias[np.triu_indices(a.shape[1], 1, b.shape[1])] = -np.inf
    parts = []
    for h in range(heads):
        cols = slice(h * w, (h + 1) * w)
        s_ = np.einsum("bie,bje->bij", q[..., cols], k[..., cols]) / np.sqrt(w) + bias
        top = s_.max(-1, keepdims=True)
        lse = top + np.log(np.exp(s_ - top).sum(-1, keepdims=True))
        parts.append(np.einsum("bij,bje->bie", np.exp(s_ - lse), v[..., cols]))
    return np.concatenate(parts, -1) @ p["wo" + s] + p["bo" + s]


def decode(y, memory, p, heads):
    y, memory = np.asarray(y, dtype=np.float64), np.asarray(memory, dtype=np.float64)
    p = {key: np.asarray(val, dtype=np.float64) for key, val in p.items()}
    d = y.shape[-1]
    if heads < 1 or d % heads or memory.shape[0] != y.shape[0] or memory.shape[-1] != d:
        raise ValueError("invalid")
    h1 = norm(y + attend(y, y, p, "1", heads, True), p["gamma1"], p["beta1"])
    h2 = norm(h1 + attend(h1, memory, p, "2", heads, False), p["gamma2"], p["beta2"])
    f = np.clip(h2 @ p["w1"] + p["b1"], 0, None) @ p["w2"] + p["b2"]
    return norm(h2 + f, p["gamma3"], p["beta3"])


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                decode(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = decode(*case["args"])
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
