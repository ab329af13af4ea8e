# One Adam step with bias correction, vectorised with numpy.
import numpy as np


def adam_step(param, grad, m, v, t, lr, beta1, beta2, eps):
    param, grad, m, v = (np.asarray(x, dtype=np.float64) for x in (param, grad, m, v))
    if int(t) != t or t < 1:
        raise ValueError(f"t must be an integer >= 1, got {t}")
    if not (0 <= beta1 < 1) or not (0 <= beta2 < 1):
        raise ValueError("beta1 and beta2 must be in [0, 1)")
    if not (param.shape == grad.shape == m.shape == v.shape):
        raise ValueError(f"shapes differ: {param.shape}, {grad.shape}, {m.shape}, {v.shape}")

    m1 = beta1 * m + (1 - beta1) * grad
    v1 = beta2 * v + (1 - beta2) * grad * grad
    m_hat = m1 / (1 - beta1 ** t)
    v_hat = v1 / (1 - beta2 ** t)
    new_param = param - lr * m_hat / (np.sqrt(v_hat) + eps)
    return {"param": new_param, "m": m1, "v": v1}
