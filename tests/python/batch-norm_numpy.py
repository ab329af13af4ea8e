#!/usr/bin/env python3
"""Independent check of problems/batch-norm/cases.json.

Recomputes every valid case with numpy, apart from reference.ts: the forward pass with
np.var (ddof=0 to normalise, ddof=1 for the running variance), and the backward pass by
autodiff-free central finite differences of L = sum(out * dout) in both modes (the
running statistics are inputs, the batch statistics functions of x). Every "throws"
case must be rejected by this file's own validation. Exits 1 naming the first bad case.

Run from the repository root: python3 tests/python/batch-norm_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "batch-norm"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10
FD_TOL = 1e-6


def forward(x, gamma, beta, rm, rv, eps, training):
    mu, var = (x.mean(0), x.var(0, ddof=0)) if training else (rm, rv)
    return gamma * (x - mu) / np.sqrt(var + eps) + beta


def run(x, gamma, beta, rm, rv, momentum, eps, training, dout):
    x, gamma, beta, rm, rv, dout = (np.asarray(t, dtype=np.float64) for t in (x, gamma, beta, rm, rv, dout))
    c = x.shape[1]
    if any(t.shape != (c,) for t in (gamma, beta, rm, rv)) or dout.shape != x.shape:
        raise ValueError("shapes")
    if not 0 <= momentum <= 1 or (training and x.shape[0] < 2):
        raise ValueError("momentum or batch size")
    if training:
        mean = (1 - momentum) * rm + momentum * x.mean(0)
        var = (1 - momentum) * rv + momentum * x.var(0, ddof=1)
    else:
        mean, var = rm, rv
    out = forward(x, gamma, beta, rm, rv, eps, training)
    loss = lambda x_, g_, b_: float(np.sum(forward(x_, g_, b_, rm, rv, eps, training) * dout))
    grads = {}
    for key, base in (("dx", x), ("dgamma", gamma), ("dbeta", beta)):
        grad = np.zeros_like(base)
        for idx in np.ndindex(base.shape):
            h = 1e-6 * max(1.0, abs(base[idx]) * 1e-3)
            plus, minus = base.copy(), base.copy()
            plus[idx] += h
            minus[idx] -= h
            args = {"dx": (x, gamma, beta), "dgamma": (x, gamma, beta), "dbeta": (x, gamma, beta)}[key]
            pos = {"dx": 0, "dgamma": 1, "dbeta": 2}[key]
            a_p, a_m = list(args), list(args)
            a_p[pos], a_m[pos] = plus, minus
            grad[idx] = (loss(*a_p) - loss(*a_m)) / (plus[idx] - minus[idx])
        grads[key] = grad
    return {"out": out, "mean": mean, "var": var, **grads}


def worst(a, b):
    return float(np.max(np.abs(a - b) / (1.0 + np.abs(b)), initial=0.0))


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
        x = np.asarray(case["args"][0], dtype=np.float64)
        for key in ("out", "mean", "var", "dx", "dgamma", "dbeta"):
            want = np.asarray(case["expected"][key], dtype=np.float64)
            if got[key].shape != want.shape:
                print(f"FAIL {name}: {key} has shape {want.shape} in cases.json, numpy gives {got[key].shape}")
                return 1
            tol = TOL if key in ("out", "mean", "var") else FD_TOL * max(1.0, float(np.max(np.abs(x))) * 1e-3)
            if key == "dx" and case["args"][7] and np.min(x.var(0)) < 1e-3:
                tol = 1e-3  # a constant column: the loss is nearly flat in x, and FD noise is relative to 1/sqrt(eps)
            if not np.all(np.isfinite(want)) or worst(got[key], want) > tol:
                print(f"FAIL {name}: {key} differs from numpy by {worst(got[key], want):.3e}")
                return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy; gradients matched finite differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
