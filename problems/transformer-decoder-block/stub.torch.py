# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds TransformerDecoderBlock(d_model, num_heads, d_ff) per case and copies the case's
# weights into self_attn.{q,k,v,out}_proj (suffix 1), cross_attn.{q,k,v,out}_proj (suffix 2),
# norm1, norm2, norm3, linear1 and linear2 (nn.Linear's weight is (out, in): drill's row-vector
# matrices arrive transposed), then calls forward(y, memory) on float64 (batch, length, d_model)
# tensors. Off limits: nn.TransformerDecoderLayer, nn.MultiheadAttention,
# F.multi_head_attention_forward, F.scaled_dot_product_attention (nn.LayerNorm is fine).
import math

import torch
from torch import nn


class Attention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        self.num_heads = num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, query: torch.Tensor, key_value: torch.Tensor, causal: bool = False) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class TransformerDecoderBlock(nn.Module):
    def __init__(self, d_model: int, num_heads: int, d_ff: int):
        super().__init__()
        # Reject num_heads < 1 or d_model not divisible by num_heads with ValueError.
        self.self_attn = Attention(d_model, num_heads)
        self.cross_attn = Attention(d_model, num_heads)
        self.norm1 = nn.LayerNorm(d_model, eps=1e-5)
        self.norm2 = nn.LayerNorm(d_model, eps=1e-5)
        self.norm3 = nn.LayerNorm(d_model, eps=1e-5)
        self.linear1 = nn.Linear(d_model, d_ff)
        self.linear2 = nn.Linear(d_ff, d_model)

    def forward(self, y: torch.Tensor, memory: torch.Tensor) -> torch.Tensor:
        # Write your solution here: y (batch, tgt_len, d_model), memory (batch, src_len, d_model).
        # Raise ValueError when memory's batch or width does not match y.
        raise NotImplementedError("not implemented yet")
