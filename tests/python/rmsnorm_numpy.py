#!/usr/bin/env python3
"""Independent check of problems/rmsnorm/cases.json.

For every valid case this script recomputes the forward pass with numpy and the backward
pass through the explicit per-row Jacobian of out = gain * x / rms(x) (a d x d matrix per
row, a different route from the closed form in reference.ts), compares both with the
stored values, and then checks every stored gradient against central finite differences
of the scalar loss L = sum(out * dout). Every "throws" case must be rejected by this file's
own shape check. Exits 1 naming the first bad case.

Run from the repository root: python3 tests/python/rmsnorm_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "rmsnorm"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10     # recomputed vs stored, scaled by 1 + |value|
FD_TOL = 2e-6   # finite differences vs stored, scaled by 1 + |value|


def forward(x, gain, eps):
    return gain * x / np.sqrt(np.mean(x * x, axis=-1, keepdims=True) + eps)


def jacobian_backward(x, gain, eps, dout):
    d = x.shape[-1]
    if gain.shape != (d,) or dout.shape != x.shape:
        raise ValueError("shapes")
    rows, ups = x.reshape(-1, d), dout.reshape(-1, d)
    dx = np.empty_like(rows)
    dgain = np.zeros(d)
    for r, (row, up) in enumerate(zip(rows, ups)):
        s = np.sqrt(row @ row / d + eps)
        jac = np.diag(gain) / s - np.outer(gain * row, row) / (d * s ** 3)  # jac[i, j] = d out_i / d x_j
        dx[r] = jac.T @ up
        dgain += up * row / s
    return {"out": forward(x, gain, eps), "dx": dx.reshape(x.shape), "dgain": dgain}


def finite_differences(x, gain, eps, dout):
    loss = lambda x_, g_: float(np.sum(forward(x_, g_, eps) * dout))
    grads = {}
    for key, base in (("dx", x), ("dgain", gain)):
        grad = np.zeros_like(base)
        for idx in np.ndindex(base.shape):
            h = 1e-6 * max(1.0, abs(base[idx]) * 1e-3)
            plus, minus = base.copy(), base.copy()
            plus[idx] += h
            minus[idx] -= h
            if key == "dx":
                grad[idx] = (loss(plus, gain) - loss(minus, gain)) / (2 * h)
            else:
                grad[idx] = (loss(x, plus) - loss(x, minus)) / (2 * h)
        grads[key] = grad
    return grads


def worst(a, b):
    return float(np.max(np.abs(a - b) / (1.0 + np.abs(b)), initial=0.0))


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        x, gain, eps, dout = case["args"]
        x, gain, dout = (np.asarray(t, dtype=np.float64) for t in (x, gain, dout))
        if case.get("throws"):
            try:
                jacobian_backward(x, gain, eps, dout)
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        want = {k: np.asarray(v, dtype=np.float64) for k, v in case["expected"].items()}
        got = jacobian_backward(x, gain, eps, dout)
        for key in ("out", "dx", "dgain"):
            if got[key].shape != want[key].shape:
                print(f"FAIL {name}: {key} has shape {want[key].shape} in cases.json, numpy gives {got[key].shape}")
                return 1
            if not np.all(np.isfinite(want[key])) or worst(got[key], want[key]) > TOL:
                print(f"FAIL {name}: {key} differs from numpy by {worst(got[key], want[key]):.3e}")
                return 1
        # a zero row with a tiny eps has a huge curvature: finite differences only where it is smooth
        rms_min = float(np.min(np.sqrt(np.mean(x.reshape(-1, x.shape[-1]) ** 2, axis=1) + eps)))
        if rms_min > 1e-2:
            for key, grad in finite_differences(x, gain, eps, dout).items():
                tol = FD_TOL * max(1.0, float(np.max(np.abs(x))) * 1e-3) / min(1.0, rms_min)
                if worst(grad, want[key]) > tol:
                    print(f"FAIL {name}: {key} differs from finite differences by {worst(grad, want[key]):.3e}")
                    return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy; gradients matched finite differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
