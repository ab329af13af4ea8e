import math

import torch


def attention(q, k, v, mask=None):
    """softmax(q k^T / sqrt(d)) v, with masked-out keys (mask False) getting no weight."""
    if q.shape[1] != k.shape[1]:
        raise ValueError("q has width {} but k has width {}".format(q.shape[1], k.shape[1]))
    if v.shape[0] != k.shape[0]:
        raise ValueError("k has {} rows but v has {}".format(k.shape[0], v.shape[0]))
    scores = q @ k.T / math.sqrt(q.shape[1])
    if mask is not None:
        if mask.shape != scores.shape:
            raise ValueError("the mask must have shape {}, not {}".format(tuple(scores.shape), tuple(mask.shape)))
        if not mask.any(dim=1).all():
            raise ValueError("a query may not attend to any key")
        scores = scores.masked_fill(~mask, float("-inf"))
    return torch.softmax(scores, dim=1) @ v
