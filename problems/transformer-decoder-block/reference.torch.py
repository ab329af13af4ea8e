# Post-norm Transformer decoder block, laid out like nn.TransformerDecoderLayer (ReLU, no dropout):
#   h1 = norm1(y + self_attn(y, y, causal)), h2 = norm2(h1 + cross_attn(h1, memory)),
#   out = norm3(h2 + linear2(relu(linear1(h2)))).
import math

import torch
from torch import nn


class Attention(nn.Module):
    """Multi-head attention from the query rows to the key/value rows, heads as contiguous slices."""

    def __init__(self, d_model, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.d_head = d_model // num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def split(self, t):  # (batch, length, d_model) -> (batch, heads, length, d_head)
        return t.view(t.shape[0], t.shape[1], self.num_heads, self.d_head).transpose(1, 2)

    def forward(self, query, key_value, causal=False):
        batch, t_q, d_model = query.shape
        t_k = key_value.shape[1]
        q = self.split(self.q_proj(query))
        k = self.split(self.k_proj(key_value))
        v = self.split(self.v_proj(key_value))
        scores = q @ k.transpose(-2, -1) / math.sqrt(self.d_head)
        if causal:  # query i sees keys j <= i: hide the part above the diagonal
            later = torch.ones(t_q, t_k, dtype=torch.bool).triu(diagonal=1)
            scores = scores.masked_fill(later, float("-inf"))
        context = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(batch, t_q, d_model)
        return self.out_proj(context)


class TransformerDecoderBlock(nn.Module):
    def __init__(self, d_model, num_heads, d_ff):
        super().__init__()
        if num_heads < 1 or d_model % num_heads != 0:
            raise ValueError("d_model {} cannot be split into {} heads".format(d_model, num_heads))
        self.d_model = d_model
        self.self_attn = Attention(d_model, num_heads)
        self.cross_attn = Attention(d_model, num_heads)
        self.norm1 = nn.LayerNorm(d_model, eps=1e-5)
        self.norm2 = nn.LayerNorm(d_model, eps=1e-5)
        self.norm3 = nn.LayerNorm(d_model, eps=1e-5)
        self.linear1 = nn.Linear(d_model, d_ff)
        self.linear2 = nn.Linear(d_ff, d_model)

    def forward(self, y, memory):
        if y.dim() != 3 or y.shape[2] != self.d_model:
            raise ValueError("y must be (batch, tgt_len, {})".format(self.d_model))
        if memory.dim() != 3 or memory.shape[0] != y.shape[0] or memory.shape[2] != self.d_model:
            raise ValueError("memory must be (batch, src_len, d_model) with the batch of y")
        h1 = self.norm1(y + self.self_attn(y, y, causal=True))
        h2 = self.norm2(h1 + self.cross_attn(h1, memory))
        return self.norm3(h2 + self.linear2(torch.relu(self.linear1(h2))))
