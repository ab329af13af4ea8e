# Temperature -> top-k -> top-p over the probability-sorted tokens (ties: lower id
# first), then the first candidate whose renormalised cumulative probability exceeds u.
import numpy as np


def sample_token(logits, temperature, top_k, top_p, u):
    logits = np.asarray(logits, dtype=np.float64)
    if logits.size == 0:
        raise ValueError("logits must not be empty")
    if not temperature > 0:
        raise ValueError("temperature must be > 0")
    if int(top_k) != top_k or top_k < 0:
        raise ValueError("top_k must be a whole number >= 0 (0 = no limit)")
    if not 0 < top_p <= 1:
        raise ValueError("top_p must lie in (0, 1]")
    if not 0 <= u < 1:
        raise ValueError("u must lie in [0, 1)")
    scaled = logits / temperature
    weight = np.exp(scaled - scaled.max())
    order = np.argsort(-weight, kind="stable")
    if top_k:
        order = order[: int(top_k)]
    mass = np.cumsum(weight[order] / weight[order].sum())
    # the shortest prefix whose mass reaches top_p (accumulated one term at a time, like a loop)
    reach = np.nonzero(mass >= top_p)[0]
    candidates = order[: (reach[0] + 1 if reach.size else len(order))]
    cdf = np.cumsum(weight[candidates] / weight[candidates].sum())
    pick = int(np.searchsorted(cdf, u, side="right"))
    token = candidates[min(pick, len(candidates) - 1)]
    return {"token": int(token), "candidates": [int(i) for i in candidates]}
