import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    """Multi-head self-attention; heads are contiguous slices of the projections."""

    def __init__(self, d_model, num_heads):
        super().__init__()
        if num_heads < 1 or d_model % num_heads != 0:
            raise ValueError("d_model ({}) must be divisible by num_heads ({})".format(d_model, num_heads))
        self.num_heads = num_heads
        self.d_head = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def split(self, t):  # (batch, seq, d_model) -> (batch, heads, seq, d_head)
        batch, seq, _ = t.shape
        return t.view(batch, seq, self.num_heads, self.d_head).transpose(1, 2)

    def forward(self, x, causal=False):
        batch, seq, d_model = x.shape
        q = self.split(self.q_proj(x))
        k = self.split(self.k_proj(x))
        v = self.split(self.v_proj(x))
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_head)
        if causal:
            later = torch.triu(torch.ones(seq, seq, dtype=torch.bool), diagonal=1)
            scores = scores.masked_fill(later, float("-inf"))
        weights = torch.softmax(scores, dim=-1)
        heads = (weights @ v).transpose(1, 2).reshape(batch, seq, d_model)
        return self.out_proj(heads)
