#!/usr/bin/env python3
"""Independent check of problems/rope/cases.json.

Recomputes every valid case with numpy complex arithmetic, apart from reference.ts: each
interleaved pair (x[2i], x[2i+1]) becomes the complex number x[2i] + 1j*x[2i+1] and is
multiplied by exp(1j * p * theta_i). It also checks RoPE's defining property on every
valid case: for every pair of positions (m, n), the rotated q_m . k_n equals the plain
q_m . R(n - m) k_n, i.e. depends only on the distance. Every "throws" case must be rejected
by this file's own validation. Exits 1 naming the first disagreeing case, else 0.

Run from the repository root: python3 tests/python/rope_numpy.py
"""
import json
import sys
from pathlib import Path

import numpy as np

SLUG = "rope"
CASES = Path(__file__).resolve().parents[2] / "problems" / SLUG / "cases.json"
TOL = 1e-10


def rotate(x, base, positions):
    d = x.shape[-1]
    z = x[..., 0::2] + 1j * x[..., 1::2]
    theta = np.power(float(base), -np.arange(d // 2) * 2.0 / d)
    z = z * np.exp(1j * np.outer(positions, theta))
    out = np.empty_like(x)
    out[..., 0::2], out[..., 1::2] = z.real, z.imag
    return out


def apply(q, k, base, offset):
    q, k = np.asarray(q, dtype=np.float64), np.asarray(k, dtype=np.float64)
    if q.shape != k.shape or q.shape[-1] % 2 or base <= 0 or offset < 0:
        raise ValueError("invalid")
    positions = offset + np.arange(q.shape[1], dtype=np.float64)
    return {"q": rotate(q, base, positions), "k": rotate(k, base, positions)}


def relative_ok(q, k, base, got):
    """q'_m . k'_n == q_m . (k_n rotated by n - m) for every m, n of the first sequence."""
    q, k = np.asarray(q[0], dtype=np.float64), np.asarray(k[0], dtype=np.float64)
    for m in range(len(q)):
        for n in range(len(k)):
            lhs = np.dot(got["q"][0][m], got["k"][0][n])
            rhs = q[m] @ rotate(k[n][None, :], base, np.array([n - m], dtype=np.float64))[0]
            if abs(lhs - rhs) > 1e-8 * (1 + abs(rhs)):
                return False
    return True


def main() -> int:
    data = json.loads(CASES.read_text())
    checked = 0
    for case in data["cases"]:
        name = case["name"]
        if case.get("throws"):
            try:
                apply(*case["args"])
            except ValueError:
                checked += 1
                continue
            print(f"FAIL {name}: marked as throwing, but the input is valid")
            return 1
        got = apply(*case["args"])
        for key in ("q", "k"):
            want = np.asarray(case["expected"][key], dtype=np.float64)
            if got[key].shape != want.shape:
                print(f"FAIL {name}: {key} has shape {want.shape} in cases.json, numpy gives {got[key].shape}")
                return 1
            err = np.abs(got[key] - want) / (1 + np.abs(want))
            if np.max(err) > TOL:
                print(f"FAIL {name}: {key} differs from numpy by {np.max(err):.3e}")
                return 1
        q, k, base, _ = case["args"]
        if not relative_ok(q, k, base, case["expected"]):
            print(f"FAIL {name}: the stored q . k is not a function of the relative position")
            return 1
        checked += 1
    print(f"{SLUG}: {checked} cases agree with numpy; dot products depend on relative positions only")
    return 0


if __name__ == "__main__":
    sys.exit(main())
