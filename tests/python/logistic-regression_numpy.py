#!/usr/bin/env python3
"""Independent check of problems/logistic-regression/cases.json.

Replays every valid case with numpy, apart from reference.ts: the sigmoid as
0.5 * (1 + tanh(z / 2)) (never overflows), the loss per sample as -log of the true class's
probability through log-sigmoid = -logaddexp(0, -z), and the gradient taken by central
finite differences of that loss (not the closed form) at every step. Every "throws" case
must be rejected by this file's own validation. Exits 1 naming the first bad case.

Run from the repository root: python3 tests/python/logistic-regression_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "logistic-regression"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-9
FD_TOL = 1e-6


def loss(x, y, w, b):
    z = x @ w + b
    signed = np.where(y == 1, z, -z)  # log p(true class) = log sigmoid(signed)
    return float(np.mean(np.logaddexp(0.0, -signed)))


def replay(x, y, w0, b0, lr, steps):
    x, y, w = np.asarray(x, dtype=np.float64), np.asarray(y), np.asarray(w0, dtype=np.float64)
    if x.ndim != 2 or len(x) < 1 or y.shape != (len(x),) or w.shape != (x.shape[1],):
        raise ValueError("shapes")
    if not set(y.tolist()) <= {0, 1} or steps < 0:
        raise ValueError("labels or steps")
    b = float(b0)
    losses, fd_gaps = [], []
    for _ in range(steps):
        losses.append(loss(x, y, w, b))
        p = 0.5 * (1.0 + np.tanh((x @ w + b) / 2.0))
        gw, gb = x.T @ (p - y) / len(x), float(np.mean(p - y))
        h = 1e-6
        fd_w = np.array([(loss(x, y, w + h * e, b) - loss(x, y, w - h * e, b)) / (2 * h) for e in np.eye(len(w))])
        fd_b = (loss(x, y, w, b + h) - loss(x, y, w, b - h)) / (2 * h)
        scale = 1.0 + float(np.max(np.abs(x)))
        fd_gaps.append(max(float(np.max(np.abs(fd_w - gw))), abs(fd_b - gb)) / scale)
        w, b = w - lr * gw, b - lr * gb
    return {"w": w, "b": b, "losses": np.array(losses)}, max(fd_gaps, default=0.0)


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                replay(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got, gap = replay(*case["args"])
        if gap > FD_TOL:
            print(f"FAIL {name}: the closed-form gradient is {gap:.3e} away from finite differences")
            return 1
        for key in ("w", "b", "losses"):
            want = np.asarray(case["expected"][key], dtype=np.float64)
            have = np.asarray(got[key], dtype=np.float64)
            if have.shape != want.shape or np.max(np.abs(have - want) / (1 + np.abs(want)), initial=0.0) > TOL:
                print(f"FAIL {name}: {key} differs from numpy")
                return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy; gradients matched finite differences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
