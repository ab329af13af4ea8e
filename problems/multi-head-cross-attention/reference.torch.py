import math

import torch
from torch import nn


class MultiHeadCrossAttention(nn.Module):
    """Decoder queries attend over encoder keys and values, head by head."""

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

    def heads(self, t):  # (batch, n, d_model) -> (batch, heads, n, d_head)
        return t.view(t.shape[0], t.shape[1], self.num_heads, self.d_head).transpose(1, 2)

    def forward(self, x_dec, x_enc):
        if x_dec.shape[0] != x_enc.shape[0]:
            raise ValueError("decoder and encoder batches differ in size")
        batch, n_dec, d_model = x_dec.shape
        q = self.heads(self.q_proj(x_dec))
        k = self.heads(self.k_proj(x_enc))
        v = self.heads(self.v_proj(x_enc))
        weights = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(self.d_head), dim=-1)
        context = (weights @ v).transpose(1, 2).reshape(batch, n_dec, d_model)
        return self.out_proj(context)
