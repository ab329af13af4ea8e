#!/usr/bin/env python3
"""Independent check of problems/vit/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: patches are cut one by
one and flattened with np.moveaxis (channel last, then ravel), heads are taken one at a
time with einsum, the softmax goes through a log-sum-exp, LayerNorm uses np.var, and GELU
is evaluated as z * sigmoid(2u) with u = sqrt(2/pi) * (z + 0.044715 z^3). Every "throws"
case must be rejected by this file's own validation. Exits 1 on the first bad case.

Run from the repository root: python3 tests/python/vit_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "vit"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def norm(t, g, b):
    return g * (t - t.mean(-1, keepdims=True)) / np.sqrt(t.var(-1, keepdims=True) + 1e-6) + b


def gelu(z):
    u = np.sqrt(2 / np.pi) * (z + 0.044715 * z ** 3)
    return z * np.exp(-np.logaddexp(0.0, -2.0 * u))


def forward(image, p, patch, heads):
    x = np.asarray(image, dtype=np.float64)
    p = {k: np.asarray(v, dtype=np.float64) for k, v in p.items()}
    c, h, w = x.shape
    d = p["b"].size
    if patch < 1 or h % patch or w % patch or heads < 1 or d % heads:
        raise ValueError("invalid")
    tokens = [p["cls"]]
    for pr in range(h // patch):
        for pc in range(w // patch):
            block = x[:, pr * patch:(pr + 1) * patch, pc * patch:(pc + 1) * patch]
            tokens.append(np.moveaxis(block, 0, -1).ravel() @ p["w"] + p["b"])
    z = np.stack(tokens) + p["pos"]
    dh = d // heads
    for l in range(len(p["wq"])):
        a = norm(z, p["ln1g"][l], p["ln1b"][l])
        q, k, v = (a @ p[m][l] + p["b" + m[1]][l] for m in ("wq", "wk", "wv"))
        outs = []
        for hd in range(heads):
            cols = slice(hd * dh, (hd + 1) * dh)
            s = np.einsum("ie,je->ij", q[:, cols], k[:, cols]) / np.sqrt(dh)
            top = s.max(-1, keepdims=True)
            lse = top + np.log(np.exp(s - top).sum(-1, keepdims=True))
            outs.append(np.exp(s - lse) @ v[:, cols])
        z = z + np.concatenate(outs, -1) @ p["wo"][l] + p["bo"][l]
        z = z + gelu(norm(z, p["ln2g"][l], p["ln2b"][l]) @ p["w1"][l] + p["b1"][l]) @ p["w2"][l] + p["b2"][l]
    return norm(z[0], p["lnfg"], p["lnfb"]) @ p["wh"] + p["bh"]


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
            print(f"FAIL {name}: numpy gives {got}, cases.json says {want}")
            return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy (tolerance {TOL})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
