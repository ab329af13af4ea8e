import torch


def sample_token(logits, temperature, top_k, top_p, u):
    """Temperature, top-k, then top-p over the probability-sorted ids (ties: lower id first),
    then the first candidate whose renormalised cumulative probability exceeds u."""
    if logits.numel() == 0:
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
    weight = torch.exp(scaled - scaled.max())
    # a stable descending sort keeps equal probabilities in id order; torch.topk promises no order for ties
    order = torch.sort(weight, descending=True, stable=True).indices
    if top_k:
        order = order[: int(top_k)]
    mass = torch.cumsum(weight[order] / weight[order].sum(), dim=0)
    reached = torch.nonzero(mass >= top_p)
    candidates = order[: int(reached[0]) + 1] if len(reached) else order
    cdf = torch.cumsum(weight[candidates] / weight[candidates].sum(), dim=0)
    pick = int(torch.searchsorted(cdf, torch.tensor([u], dtype=cdf.dtype), right=True))
    return {"token": int(candidates[min(pick, len(candidates) - 1)]), "candidates": candidates}
