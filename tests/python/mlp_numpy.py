#!/usr/bin/env python3
"""Independent check of problems/mlp/cases.json.

A separate numpy implementation (layer objects with forward/backward) recomputes
every valid case: loss, gradients and the parameters after the SGD step. Every
gradient is also compared with central finite differences of the loss, and every
"throws" case must be rejected by this file's own shape check.

Run from the repository root:  python3 tests/python/mlp_numpy.py
Exit 0 prints counts; exit 1 names the first case that disagrees.
"""
import json
import sys
from pathlib import Path

import numpy as np

CASES = Path(__file__).resolve().parents[2] / "problems" / "mlp" / "cases.json"
REL = 1e-9          # recomputed vs stored
FD_STEP = 1e-6      # central finite differences
FD_REL = 1e-5


class Dense:
    def __init__(self, w, b, relu):
        self.w, self.b, self.relu = w, b, relu

    def forward(self, h):
        self.h_in = h
        self.z = h @ self.w + self.b
        return np.where(self.z > 0, self.z, 0.0) if self.relu else self.z

    def backward(self, g_out):
        g_z = g_out * (self.z > 0) if self.relu else g_out
        self.dw = self.h_in.T @ g_z
        self.db = g_z.sum(axis=0)
        return g_z @ self.w.T


def shapes_ok(W, b, x, y):
    """Raises ValueError when the shapes do not chain (mirrors the statement's list)."""
    if len(W) == 0 or len(W) != len(b):
        raise ValueError("layer count")
    if x.ndim != 2 or x.shape[0] == 0 or x.shape[1] == 0:
        raise ValueError("x")
    width = x.shape[1]
    for w, v in zip(W, b):
        if w.ndim != 2 or v.ndim != 1 or w.shape[0] != width or w.shape[1] != v.shape[0] or w.shape[1] == 0:
            raise ValueError("layer shape")
        width = w.shape[1]
    if y.shape != (x.shape[0], width):
        raise ValueError("y")


def loss_of(W, b, x, y):
    h = x
    for i, (w, v) in enumerate(zip(W, b)):
        h = h @ w + v
        if i < len(W) - 1:
            h = np.maximum(h, 0.0)
    return float(np.mean((h - y) ** 2))


def train_step(W, b, x, y, lr):
    layers = [Dense(w, v, relu=i < len(W) - 1) for i, (w, v) in enumerate(zip(W, b))]
    h = x
    for layer in layers:
        h = layer.forward(h)
    diff = h - y
    loss = float(np.sum(diff * diff) / diff.size)
    g = 2.0 * diff / diff.size
    for layer in reversed(layers):
        g = layer.backward(g)
    dW = [layer.dw for layer in layers]
    db = [layer.db for layer in layers]
    return loss, dW, db, [w - lr * d for w, d in zip(W, dW)], [v - lr * d for v, d in zip(b, db)], layers


def close(actual, expected, rel, floor):
    return np.all(np.abs(actual - expected) <= rel * np.abs(expected) + floor)


def as_arrays(value):
    return [np.array(v, dtype=float) for v in value]


def main():
    data = json.loads(CASES.read_text())
    valid = invalid = fd_entries = 0
    skipped_layers = []
    for case in data["cases"]:
        name = case["name"]
        params, x, y, lr = case["args"]
        W, b = as_arrays(params["W"]), as_arrays(params["b"])
        x, y = np.array(x, dtype=float), np.array(y, dtype=float)
        if case.get("throws"):
            try:
                shapes_ok(W, b, x, y)
            except ValueError:
                invalid += 1
                continue
            print(f"FAIL {name}: marked throws but the shapes are valid")
            return 1
        try:
            shapes_ok(W, b, x, y)
        except ValueError as e:
            print(f"FAIL {name}: expected a value but the shapes are invalid ({e})")
            return 1

        loss, dW, db, newW, newb, layers = train_step(W, b, x, y, lr)
        exp = case["expected"]
        checks = [("loss", np.array(loss), np.array(exp["loss"], dtype=float))]
        if len(exp["grads"]["W"]) != len(W) or len(exp["params"]["W"]) != len(W):
            print(f"FAIL {name}: wrong number of layers in expected")
            return 1
        for i in range(len(W)):
            checks += [
                (f"grads.W[{i}]", dW[i], np.array(exp["grads"]["W"][i], dtype=float)),
                (f"grads.b[{i}]", db[i], np.array(exp["grads"]["b"][i], dtype=float)),
                (f"params.W[{i}]", newW[i], np.array(exp["params"]["W"][i], dtype=float)),
                (f"params.b[{i}]", newb[i], np.array(exp["params"]["b"][i], dtype=float)),
            ]
        for label, actual, expected in checks:
            if actual.shape != expected.shape:
                print(f"FAIL {name}: {label} has shape {expected.shape} in cases.json, recomputed {actual.shape}")
                return 1
            if not close(actual, expected, REL, 1e-12):
                print(f"FAIL {name}: {label} differs\n  cases.json: {expected.tolist()}\n  numpy:      {actual.tolist()}")
                return 1

        # Finite differences. A hidden pre-activation exactly at 0 is a kink of the loss:
        # only layers above the highest such layer are differentiable there.
        kink = max((i for i, layer in enumerate(layers[:-1]) if np.any(np.abs(layer.z) < 1e-7)), default=-1)
        if kink >= 0:
            skipped_layers.append(f"{name} (layers 1..{kink + 1})")
        scale = max(1.0, loss)
        for i in range(kink + 1, len(W)):
            for tensor, grad, label in ((W[i], dW[i], f"W[{i}]"), (b[i], db[i], f"b[{i}]")):
                for idx in np.ndindex(tensor.shape):
                    old = tensor[idx]
                    tensor[idx] = old + FD_STEP
                    up = loss_of(W, b, x, y)
                    tensor[idx] = old - FD_STEP
                    down = loss_of(W, b, x, y)
                    tensor[idx] = old
                    fd = (up - down) / (2 * FD_STEP)
                    if not abs(fd - grad[idx]) <= FD_REL * abs(grad[idx]) + 1e-8 * scale:
                        print(f"FAIL {name}: d loss / d {label}{list(idx)}: backprop {float(grad[idx])!r}, finite differences {fd!r}")
                        return 1
                    fd_entries += 1
        valid += 1

    print(f"mlp: {valid} valid cases recomputed (loss, grads, params) and {fd_entries} gradient entries "
          f"matched finite differences; {invalid} invalid cases rejected")
    for s in skipped_layers:
        print(f"  finite differences skipped at a ReLU kink: {s}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
