import torch


def layer_norm(x, gamma, beta, eps, dout):
    """Layer norm over the last dimension, forward and backward, rows flattened."""
    d = x.shape[-1]
    if gamma.shape != (d,) or beta.shape != (d,):
        raise ValueError("gamma and beta must have shape ({},)".format(d))
    if dout.shape != x.shape:
        raise ValueError("dout has shape {}, x has {}".format(tuple(dout.shape), tuple(x.shape)))
    rows = x.reshape(-1, d)
    up = dout.reshape(-1, d)
    mean = rows.mean(dim=1, keepdim=True)
    var = ((rows - mean) ** 2).mean(dim=1, keepdim=True)
    inv = torch.rsqrt(var + eps)
    xhat = (rows - mean) * inv
    g = up * gamma
    dx = (g - g.mean(dim=1, keepdim=True) - xhat * (g * xhat).mean(dim=1, keepdim=True)) * inv
    return {
        "out": (gamma * xhat + beta).reshape(x.shape),
        "dx": dx.reshape(x.shape),
        "dgamma": (up * xhat).sum(dim=0),
        "dbeta": up.sum(dim=0),
    }
