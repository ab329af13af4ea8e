# One self-attention head as a layer: nn.Linear projections to queries and keys of width d_k and
# values of width d_v, scores divided by sqrt(d_k), hidden keys set to -inf before the softmax.
import math

import torch
from torch import nn


class SelfAttention(nn.Module):
    def __init__(self, d_in, d_k, d_v):
        super().__init__()
        self.d_in = d_in
        self.d_k = d_k
        self.q_proj = nn.Linear(d_in, d_k)
        self.k_proj = nn.Linear(d_in, d_k)
        self.v_proj = nn.Linear(d_in, d_v)

    def forward(self, x, mask=None):
        if x.shape[-1] != self.d_in:
            raise ValueError("every token must have d_in = {} features, not {}".format(self.d_in, x.shape[-1]))
        seq = x.shape[-2]
        q, k, v = self.q_proj(x), self.k_proj(x), self.v_proj(x)
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_k)  # (batch, seq, seq)
        if mask is not None:
            if tuple(mask.shape) != (seq, seq):
                raise ValueError("the mask must have shape ({0}, {0}), not {1}".format(seq, tuple(mask.shape)))
            if not bool(mask.any(dim=-1).all()):
                raise ValueError("a mask row is all False: that query could attend to no key")
            scores = scores.masked_fill(~mask, float("-inf"))
        return torch.softmax(scores, dim=-1) @ v
