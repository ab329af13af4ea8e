#!/usr/bin/env python3
"""Independent check of problems/ffn/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: both layers with einsum
over the whole batch, ReLU as z * (z > 0), and GELU's tanh form through the logistic
identity 0.5 * (1 + tanh(u)) = sigmoid(2u), evaluated stably as exp(-logaddexp(0, -2u)).
Every "throws" case must be rejected by this file's own validation. Exits 1 naming the
first disagreeing case, else 0.

Run from the repository root: python3 tests/python/ffn_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "ffn"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def feed_forward(x, p, activation):
    x = np.asarray(x, dtype=np.float64)
    w1, b1, w2, b2 = (np.asarray(p[k], dtype=np.float64) for k in ("w1", "b1", "w2", "b2"))
    d_model, d_ff = w1.shape
    if b1.shape != (d_ff,) or w2.shape != (d_ff, d_model) or b2.shape != (d_model,) or x.shape[-1] != d_model:
        raise ValueError("shapes")
    z = np.einsum("bsm,mf->bsf", x, w1) + b1
    if activation == "relu":
        h = z * (z > 0)
    elif activation == "gelu":
        u = np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)
        h = z * np.exp(-np.logaddexp(0.0, -2.0 * u))
    else:
        raise ValueError("activation")
    return np.einsum("bsf,fm->bsm", h, w2) + b2


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                feed_forward(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = feed_forward(*case["args"])
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
