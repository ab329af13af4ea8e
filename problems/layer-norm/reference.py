# Layer norm over the last axis with numpy, forward and backward; leading axes are
# flattened into rows.
import numpy as np


def layer_norm(x, gamma, beta, eps, dout):
    x = np.asarray(x, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    d = x.shape[-1]
    if np.shape(gamma) != (d,) or np.shape(beta) != (d,):
        raise ValueError(f"gamma and beta must have shape ({d},)")
    if dout.shape != x.shape:
        raise ValueError(f"dout has shape {dout.shape}, x has {x.shape}")
    rows = x.reshape(-1, d)
    up = dout.reshape(-1, d)
    mean = rows.mean(axis=1, keepdims=True)
    var = ((rows - mean) ** 2).mean(axis=1, keepdims=True)
    inv = 1.0 / np.sqrt(var + eps)
    xhat = (rows - mean) * inv
    g = up * gamma
    dx = (g - g.mean(axis=1, keepdims=True) - xhat * (g * xhat).mean(axis=1, keepdims=True)) * inv
    return {
        "out": (gamma * xhat + beta).reshape(x.shape),
        "dx": dx.reshape(x.shape),
        "dgamma": (up * xhat).sum(axis=0),
        "dbeta": up.sum(axis=0),
    }
