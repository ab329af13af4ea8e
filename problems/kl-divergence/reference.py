# KL(p || q) in nats along the last axis, with 0 log 0 = 0. Inputs are checked to be
# distributions of the same shape, and q must be positive wherever p is (else the
# divergence is infinite and the input is rejected).
import numpy as np

SUM_TOLERANCE = 1e-6


def kl_divergence(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    p = np.asarray(p, dtype=np.float64)
    q = np.asarray(q, dtype=np.float64)
    if p.shape != q.shape:
        raise ValueError(f"p has shape {p.shape} but q has {q.shape}")
    if p.ndim == 0 or 0 in p.shape:
        raise ValueError("p and q need at least one dimension and no empty ones")
    for name, t in (("p", p), ("q", q)):
        if not np.all(np.isfinite(t)) or np.any(t < 0):
            raise ValueError(f"{name} has a negative or non-finite entry")
        if np.any(np.abs(t.sum(axis=-1) - 1) > SUM_TOLERANCE):
            raise ValueError(f"a distribution of {name} does not sum to 1")
    support = p > 0
    if np.any(support & (q == 0)):
        raise ValueError("q is 0 where p is positive: KL(p || q) is infinite")
    terms = np.zeros_like(p)
    terms[support] = p[support] * np.log(p[support] / q[support])
    return terms.sum(axis=-1)
