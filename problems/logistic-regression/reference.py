# Logistic regression by full-batch gradient descent with numpy: mean cross-entropy
# written as logaddexp(0, z) - y*z (no overflow), recorded before each update.
import numpy as np


def logistic_regression(x, y, w0, b0, lr, steps):
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    w = np.array(w0, dtype=np.float64)
    if x.ndim != 2 or x.shape[0] < 1 or y.shape != (x.shape[0],) or w.shape != (x.shape[1],):
        raise ValueError("x must be (N, d) with N = len(y) and d = len(w0)")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    if int(steps) != steps or steps < 0:
        raise ValueError("steps must be a whole number >= 0")
    b = float(b0)
    n = x.shape[0]
    losses = []
    for _ in range(int(steps)):
        z = x @ w + b
        losses.append(float(np.mean(np.logaddexp(0.0, z) - y * z)))
        err = np.where(z >= 0, 1.0 / (1.0 + np.exp(-np.abs(z))), np.exp(-np.abs(z)) / (1.0 + np.exp(-np.abs(z)))) - y
        w = w - lr * (x.T @ err) / n
        b = b - lr * float(err.mean())
    return {"w": w, "b": b, "losses": losses}
