# Batch norm over axis 0 of x (N, C) with numpy: batch statistics and a momentum update of
# the running ones in training, running statistics in evaluation; exact backward in both.
import numpy as np


def batch_norm(x, gamma, beta, running_mean, running_var, momentum, eps, training, dout):
    x = np.asarray(x, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    n, c = x.shape
    if any(np.shape(t) != (c,) for t in (gamma, beta, running_mean, running_var)):
        raise ValueError(f"gamma, beta and the running statistics must have shape ({c},)")
    if dout.shape != x.shape:
        raise ValueError("dout must have the shape of x")
    if not 0 <= momentum <= 1:
        raise ValueError("momentum must lie in [0, 1]")
    if training and n < 2:
        raise ValueError("training needs at least 2 rows per batch")
    if training:
        mu = x.mean(axis=0)
        var = x.var(axis=0)
        new_mean = (1 - momentum) * running_mean + momentum * mu
        new_var = (1 - momentum) * running_var + momentum * var * n / (n - 1)
    else:
        mu, var = running_mean, running_var
        new_mean, new_var = running_mean.copy(), running_var.copy()
    inv = 1.0 / np.sqrt(var + eps)
    xhat = (x - mu) * inv
    if training:
        dx = gamma * inv / n * (n * dout - dout.sum(axis=0) - xhat * (dout * xhat).sum(axis=0))
    else:
        dx = dout * gamma * inv
    return {
        "out": gamma * xhat + beta,
        "dx": dx,
        "dgamma": (dout * xhat).sum(axis=0),
        "dbeta": dout.sum(axis=0),
        "mean": new_mean,
        "var": new_var,
    }
