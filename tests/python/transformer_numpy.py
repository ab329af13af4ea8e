#!/usr/bin/env python3
"""Independent check of problems/transformer/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: the positional table is
built as a complex exponential (sin and cos are its imaginary and real parts), heads are
taken one at a time with einsum, the causal mask is an additive triangle of -inf, the
softmax goes through a log-sum-exp, and LayerNorm uses np.var. Every "throws" case must be
rejected by this file's own validation. Exits 1 on the first bad case.

Run from the repository root: python3 tests/python/transformer_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "transformer"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def norm(t, g, b):
    return g * (t - t.mean(-1, keepdims=True)) / np.sqrt(t.var(-1, keepdims=True) + 1e-5) + b


def positions(n, d):
    rate = np.power(10000.0, -2.0 * (np.arange(d) // 2) / d)
    z = np.exp(1j * np.outer(np.arange(n), rate))
    return np.where(np.arange(d) % 2 == 0, z.imag, z.real)


def attend(a, b, w, heads, causal):
    d = a.shape[1]
    dh = d // heads
    q, k, v = a @ w["wq"] + w["bq"], b @ w["wk"] + w["bk"], b @ w["wv"] + w["bv"]
    bias = np.triu(np.full((len(a), len(b)), -np.inf), 1) if causal else 0.0
    outs = []
    for h in range(heads):
        c = slice(h * dh, (h + 1) * dh)
        s = np.einsum("ie,je->ij", q[:, c], k[:, c]) / np.sqrt(dh) + bias
        top = s.max(-1, keepdims=True)
        outs.append(np.exp(s - top - np.log(np.exp(s - top).sum(-1, keepdims=True))) @ v[:, c])
    return np.concatenate(outs, -1) @ w["wo"] + w["bo"]


def forward(src, tgt, p, heads):
    p = {k: np.asarray(v, dtype=np.float64) for k, v in p.items()}
    vocab, d = p["emb"].shape
    ids = list(src) + list(tgt)
    if not src or not tgt or heads < 1 or d % heads or any(i != int(i) or i < 0 or i >= vocab for i in ids):
        raise ValueError("invalid")
    ffn = lambda x, pre, l: np.clip(x @ p[pre + "w1"][l] + p[pre + "b1"][l], 0, None) @ p[pre + "w2"][l] + p[pre + "b2"][l]
    pick = lambda pre, suf, l: {m: p[pre + m + suf][l] for m in ("wq", "wk", "wv", "wo", "bq", "bk", "bv", "bo")}
    x = p["emb"][list(src)] * np.sqrt(d) + positions(len(src), d)
    for l in range(len(p["ewq"])):
        h = norm(x + attend(x, x, pick("e", "", l), heads, False), p["egamma1"][l], p["ebeta1"][l])
        x = norm(h + ffn(h, "e", l), p["egamma2"][l], p["ebeta2"][l])
    y = p["emb"][list(tgt)] * np.sqrt(d) + positions(len(tgt), d)
    for l in range(len(p["dwq1"])):
        h1 = norm(y + attend(y, y, pick("d", "1", l), heads, True), p["dgamma1"][l], p["dbeta1"][l])
        h2 = norm(h1 + attend(h1, x, pick("d", "2", l), heads, False), p["dgamma2"][l], p["dbeta2"][l])
        y = norm(h2 + ffn(h2, "d", l), p["dgamma3"][l], p["dbeta3"][l])
    return y @ p["wout"] + p["bout"]


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                forward(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = forward(*case["args"])
        want = np.asarray(case["expected"], dtype=np.float64)
        if got.shape != want.shape or np.max(np.abs(got - want) / (1 + np.abs(want))) > TOL:
            print(f"FAIL {name}: numpy disagrees with cases.json")
            return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy (tolerance {TOL})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
