#!/usr/bin/env python3
"""Independent check of problems/conv2d/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: the forward pass as an
im2col product built with sliding_window_view, and the gradients from linearity — the
loss L = sum(out * dout) is linear in x and in w separately, so dL/dx_k is exactly L at
the unit input e_k (with a zero bias), and likewise for w; db is L's change per unit of
b. Every "throws" case must be rejected by this file's own validation. Exits 1 naming the
first disagreeing case, else 0.

Run from the repository root: python3 tests/python/conv2d_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

SLUG = "conv2d"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def forward(x, w, b, stride, padding):
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    kh, kw = w.shape[2:]
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]  # (n, c, ho, wo, kh, kw)
    return np.tensordot(win, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2) + b[None, :, None, None]


def run(x, w, b, stride, padding, dout):
    x, w, b, dout = (np.asarray(t, dtype=np.float64) for t in (x, w, b, dout))
    if x.shape[1] != w.shape[1] or b.shape != (w.shape[0],) or stride < 1 or padding < 0:
        raise ValueError("shapes or hyper-parameters")
    if x.shape[2] + 2 * padding < w.shape[2] or x.shape[3] + 2 * padding < w.shape[3]:
        raise ValueError("kernel larger than the padded input")
    out = forward(x, w, b, stride, padding)
    if dout.shape != out.shape:
        raise ValueError("dout shape")
    zero_b = np.zeros_like(b)

    def unit_grads(base, call):
        grad = np.zeros_like(base)
        for idx in np.ndindex(base.shape):
            e = np.zeros_like(base)
            e[idx] = 1.0
            grad[idx] = float(np.sum(call(e) * dout))
        return grad

    dx = unit_grads(x, lambda e: forward(e, w, zero_b, stride, padding))
    dw = unit_grads(w, lambda e: forward(x, e, zero_b, stride, padding))
    db = unit_grads(b, lambda e: forward(np.zeros_like(x), w, e, stride, padding))
    return {"out": out, "dx": dx, "dw": dw, "db": db}


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                run(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = run(*case["args"])
        for key in ("out", "dx", "dw", "db"):
            want = np.asarray(case["expected"][key], dtype=np.float64)
            if got[key].shape != want.shape:
                print(f"FAIL {name}: {key} has shape {want.shape} in cases.json, numpy gives {got[key].shape}")
                return 1
            err = np.abs(got[key] - want) / (1 + np.abs(want))
            if np.max(err) > TOL:
                print(f"FAIL {name}: {key} differs from numpy by {np.max(err):.3e}")
                return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy (im2col forward, gradients by linearity)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
