import torch

SUM_TOLERANCE = 1e-6


def kl_divergence(p: torch.Tensor, q: torch.Tensor) -> torch.Tensor:
    """KL(p || q) in nats along the last dimension, with 0 log 0 = 0."""
    if p.shape != q.shape:
        raise ValueError("p has shape {} but q has {}".format(tuple(p.shape), tuple(q.shape)))
    if p.dim() == 0 or 0 in p.shape:
        raise ValueError("p and q need at least one dimension and no empty ones")
    for name, t in (("p", p), ("q", q)):
        if not torch.isfinite(t).all() or (t < 0).any():
            raise ValueError("{} has a negative or non-finite entry".format(name))
        if ((t.sum(dim=-1) - 1).abs() > SUM_TOLERANCE).any():
            raise ValueError("a distribution of {} does not sum to 1".format(name))
    support = p > 0
    if (support & (q == 0)).any():
        raise ValueError("q is 0 where p is positive: KL(p || q) is infinite")
    ratio = torch.where(support, p / torch.where(support, q, torch.ones_like(q)), torch.ones_like(p))
    return (p * ratio.log()).sum(dim=-1)
