#!/usr/bin/env python3
"""Independent check of problems/transformer-encoder-block/cases.json.

Recomputes every valid case with numpy, written apart from reference.ts: one
sequence and one head at a time, the softmax via log-sum-exp, LayerNorm with
np.var (ddof=0) and eps = 1e-5, FFN = ReLU(h w1 + b1) w2 + b2, post-norm
h = LN1(x + MHA(x)), out = LN2(h + FFN(h)). Every "throws" case must be rejected
by this file's own head-count check. Exits 1 naming the first bad case, else 0.

Run from the repository root: python3 tests/python/transformer-encoder-block_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "transformer-encoder-block"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10
EPS = 1e-5


def norm(rows, gamma, beta):
    centred = rows - rows.mean(axis=1, keepdims=True)
    return gamma * centred / np.sqrt(np.var(rows, axis=1, keepdims=True) + EPS) + beta


def self_attention(seq, w, heads):
    d = seq.shape[1]
    dh = d // heads
    q, k, v = (seq @ w["w" + n] + w["b" + n] for n in "qkv")
    concat = np.zeros_like(seq)
    for h in range(heads):
        cols = slice(h * dh, (h + 1) * dh)
        s = q[:, cols] @ k[:, cols].T / np.sqrt(dh)
        top = s.max(axis=1, keepdims=True)
        lse = top + np.log(np.exp(s - top).sum(axis=1, keepdims=True))
        concat[:, cols] = np.exp(s - lse) @ v[:, cols]
    return concat @ w["wo"] + w["bo"]


def encoder_block(x, p, heads):
    w = {k: np.asarray(v, dtype=np.float64) for k, v in p.items()}
    d = w["wq"].shape[0]
    if heads < 1 or d % heads != 0:
        raise ValueError("heads")
    out = []
    for seq in np.asarray(x, dtype=np.float64):
        h = norm(seq + self_attention(seq, w, heads), w["gamma1"], w["beta1"])
        ffn = np.maximum(h @ w["w1"] + w["b1"], 0.0) @ w["w2"] + w["b2"]
        out.append(norm(h + ffn, w["gamma2"], w["beta2"]))
    return np.stack(out)


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                encoder_block(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = encoder_block(*case["args"])
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
