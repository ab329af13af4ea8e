# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds MultiHeadAttention(d_model, num_heads) for every case, copies the case's weights
# into q_proj, k_proj, v_proj and out_proj (nn.Linear layout: weight is (out, in), so drill's
# wq arrives as wq.T), and calls it with x of shape (batch, seq, d_model), float64.
# Off limits: nn.MultiheadAttention, F.multi_head_attention_forward, F.scaled_dot_product_attention.
import math

import torch
from torch import nn


class MultiHeadAttention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        # Reject num_heads < 1 or d_model not divisible by num_heads with ValueError.
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x: torch.Tensor, causal: bool = False) -> torch.Tensor:
        # Write your solution here: (batch, seq, d_model) in, the same shape out.
        raise NotImplementedError("not implemented yet")
