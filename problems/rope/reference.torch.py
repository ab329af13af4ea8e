# Rotary position embedding, interleaved pairs: features (2i, 2i+1) of the token at position p
# turn by p * base^(-2i/d). Angles are built in float64 (float32 loses them at large positions).
import torch


def rotate_pairs(x, cos, sin):
    even, odd = x[..., 0::2], x[..., 1::2]
    return torch.stack((even * cos - odd * sin, even * sin + odd * cos), dim=-1).flatten(-2)


def rope(q, k, base, offset):
    d = q.shape[-1]
    if d % 2 != 0:
        raise ValueError("the feature width {} must be even".format(d))
    if k.shape != q.shape:
        raise ValueError("q and k must have the same shape, not {} and {}".format(tuple(q.shape), tuple(k.shape)))
    if not base > 0 or offset < 0 or int(offset) != offset:
        raise ValueError("base must be positive and offset a whole number >= 0")
    freq = base ** (-torch.arange(0, d, 2, dtype=torch.float64) / d)  # (d/2,)
    positions = torch.arange(q.shape[-2], dtype=torch.float64) + offset  # (seq,)
    angle = torch.outer(positions, freq)  # (seq, d/2), broadcast over the batch
    cos, sin = angle.cos(), angle.sin()
    return {"q": rotate_pairs(q, cos, sin), "k": rotate_pairs(k, cos, sin)}
