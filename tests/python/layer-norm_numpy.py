#!/usr/bin/env python3
"""Independent check of problems/layer-norm/cases.json.

For every valid case this script recomputes the forward pass with numpy and the
backward pass through the explicit per-row Jacobian of xhat (d x d matrices, a
different route from the closed form in reference.ts), compares both with the
stored values, and then checks every stored gradient against central finite
differences of the scalar loss L = sum(out * dout). Every "throws" case must be
rejected by this file's own shape check. Exits 1 naming the first bad case.

Run from the repository root: python3 tests/python/layer-norm_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "layer-norm"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10        # recomputed vs stored, scaled by 1 + |value|
FD_TOL = 2e-6      # finite differences vs stored, scaled by 1 + |value|


def forward(x, gamma, beta, eps):
    mu = x.mean(axis=-1, keepdims=True)
    sigma = np.sqrt(((x - mu) ** 2).mean(axis=-1, keepdims=True) + eps)
    return gamma * (x - mu) / sigma + beta


def jacobian_backward(x, gamma, beta, eps, dout):
    d = x.shape[-1]
    if gamma.shape != (d,) or beta.shape != (d,) or dout.shape != x.shape:
        raise ValueError("shapes")
    rows, ups = x.reshape(-1, d), dout.reshape(-1, d)
    dx = np.empty_like(rows)
    dgamma, dbeta = np.zeros(d), np.zeros(d)
    for r, (row, up) in enumerate(zip(rows, ups)):
        mu = row.mean()
        s = np.sqrt(((row - mu) ** 2).mean() + eps)
        xhat = (row - mu) / s
        jac = (np.eye(d) - 1.0 / d) / s - np.outer(xhat, xhat) / (d * s)  # jac[i, j] = d xhat_i / d x_j
        dx[r] = jac.T @ (up * gamma)
        dgamma += up * xhat
        dbeta += up
    return {"out": forward(x, gamma, beta, eps), "dx": dx.reshape(x.shape), "dgamma": dgamma, "dbeta": dbeta}


def finite_differences(x, gamma, beta, eps, dout):
    loss = lambda x_, g_, b_: float(np.sum(forward(x_, g_, b_, eps) * dout))
    grads = {}
    for key, base in (("dx", x), ("dgamma", gamma), ("dbeta", beta)):
        grad = np.zeros_like(base)
        for idx in np.ndindex(base.shape):
            h = 1e-6 * max(1.0, abs(base[idx]) * 1e-3)
            plus, minus = base.copy(), base.copy()
            plus[idx] += h
            minus[idx] -= h
            args_p = [plus if key == k else v for k, v in (("dx", x), ("dgamma", gamma), ("dbeta", beta))]
            args_m = [minus if key == k else v for k, v in (("dx", x), ("dgamma", gamma), ("dbeta", beta))]
            grad[idx] = (loss(*args_p) - loss(*args_m)) / (plus[idx] - minus[idx])
        grads[key] = grad
    return grads


def worst(a, b):
    return float(np.max(np.abs(a - b) / (1.0 + np.abs(b)), initial=0.0))


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        x, gamma, beta, eps, dout = case["args"]
        x, gamma, beta, dout = (np.asarray(t, dtype=np.float64) for t in (x, gamma, beta, dout))
        if case.get("throws"):
            try:
                jacobian_backward(x, gamma, beta, eps, dout)
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        want = {k: np.asarray(v, dtype=np.float64) for k, v in case["expected"].items()}
        got = jacobian_backward(x, gamma, beta, eps, dout)
        for key in ("out", "dx", "dgamma", "dbeta"):
            if got[key].shape != want[key].shape:
                print(f"FAIL {name}: {key} has shape {want[key].shape} in cases.json, numpy gives {got[key].shape}")
                return 1
            if not np.all(np.isfinite(want[key])) or worst(got[key], want[key]) > TOL:
                print(f"FAIL {name}: {key} differs from numpy by {worst(got[key], want[key]):.3e}")
                return 1
        fd = finite_differences(x, gamma, beta, eps, dout)
        for key, grad in fd.items():
            # a row with a huge common offset loses digits in x +/- h; allow for it
            tol = FD_TOL * max(1.0, float(np.max(np.abs(x))) * 1e-3)
            if worst(grad, want[key]) > tol:
                print(f"FAIL {name}: {key} differs from finite differences by {worst(grad, want[key]):.3e}")
                return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy; gradients matched finite differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
