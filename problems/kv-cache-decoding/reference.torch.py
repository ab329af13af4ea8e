import math

import torch
from torch import nn


class KVCacheAttention(nn.Module):
    """Autoregressive decoding: each new token attends over the keys and values cached so far."""

    def __init__(self, d_model, num_heads):
        super().__init__()
        if num_heads < 1 or d_model % num_heads != 0:
            raise ValueError("d_model {} cannot be split into {} heads".format(d_model, num_heads))
        self.num_heads = num_heads
        self.d_head = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x):
        seq, d_model = x.shape
        h, dh = self.num_heads, self.d_head
        k_cache = torch.zeros(h, seq, dh, dtype=x.dtype)
        v_cache = torch.zeros(h, seq, dh, dtype=x.dtype)
        out = torch.empty(seq, d_model, dtype=x.dtype)
        for t in range(seq):
            q = self.q_proj(x[t]).view(h, dh)
            k_cache[:, t] = self.k_proj(x[t]).view(h, dh)
            v_cache[:, t] = self.v_proj(x[t]).view(h, dh)
            scores = torch.einsum("hd,hjd->hj", q, k_cache[:, : t + 1]) / math.sqrt(dh)
            mixed = torch.einsum("hj,hjd->hd", torch.softmax(scores, dim=-1), v_cache[:, : t + 1])
            out[t] = self.out_proj(mixed.reshape(d_model))
        return out
