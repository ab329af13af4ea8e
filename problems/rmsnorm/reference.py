# RMSNorm over the last axis with numpy, forward and backward; leading axes are rows.
import numpy as np


def rms_norm(x, gain, eps, dout):
    x = np.asarray(x, dtype=np.float64)
    dout = np.asarray(dout, dtype=np.float64)
    d = x.shape[-1]
    if np.shape(gain) != (d,):
        raise ValueError(f"gain must have shape ({d},)")
    if dout.shape != x.shape:
        raise ValueError(f"dout has shape {dout.shape}, x has {x.shape}")
    rows = x.reshape(-1, d)
    up = dout.reshape(-1, d)
    inv = 1.0 / np.sqrt((rows ** 2).mean(axis=1, keepdims=True) + eps)
    xhat = rows * inv
    g = up * gain
    dx = (g - xhat * (g * xhat).mean(axis=1, keepdims=True)) * inv
    return {
        "out": (gain * xhat).reshape(x.shape),
        "dx": dx.reshape(x.shape),
        "dgain": (up * xhat).sum(axis=0),
    }
