# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds TransformerEncoderBlock(d_model, num_heads, d_ff) per case and copies the case's
# weights into self_attn.{q,k,v,out}_proj, norm1, linear1, linear2 and norm2 (nn.Linear's weight
# is (out, in): drill's row-vector matrices arrive transposed), then calls forward(x) on a float64
# (batch, seq, d_model) tensor. Off limits: nn.TransformerEncoderLayer, nn.MultiheadAttention,
# F.multi_head_attention_forward, F.scaled_dot_product_attention (nn.LayerNorm is fine).
import math

import torch
from torch import nn


class SelfAttention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        self.num_heads = num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class TransformerEncoderBlock(nn.Module):
    def __init__(self, d_model: int, num_heads: int, d_ff: int):
        super().__init__()
        # Reject num_heads < 1 or d_model not divisible by num_heads with ValueError.
        self.self_attn = SelfAttention(d_model, num_heads)
        self.norm1 = nn.LayerNorm(d_model, eps=1e-5)
        self.linear1 = nn.Linear(d_model, d_ff)
        self.linear2 = nn.Linear(d_ff, d_model)
        self.norm2 = nn.LayerNorm(d_model, eps=1e-5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Write your solution here: (batch, seq, d_model) in and out.
        raise NotImplementedError("not implemented yet")
