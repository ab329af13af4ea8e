import torch


def adam_step(param, grad, m, v, t, lr, beta1, beta2, eps):
    """One Adam update with bias correction; returns new tensors, leaves the inputs alone."""
    if int(t) != t or t < 1:
        raise ValueError("t must be an integer >= 1, got {}".format(t))
    if not (0 <= beta1 < 1) or not (0 <= beta2 < 1):
        raise ValueError("beta1 and beta2 must be in [0, 1)")
    if not (param.shape == grad.shape == m.shape == v.shape):
        raise ValueError("param, grad, m and v must have the same shape")
    m1 = beta1 * m + (1 - beta1) * grad
    v1 = beta2 * v + (1 - beta2) * grad * grad
    m_hat = m1 / (1 - beta1 ** t)
    v_hat = v1 / (1 - beta2 ** t)
    return {"param": param - lr * m_hat / (v_hat.sqrt() + eps), "m": m1, "v": v1}
