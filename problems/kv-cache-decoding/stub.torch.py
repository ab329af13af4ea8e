# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds KVCacheAttention(d_model, num_heads) per case and copies the case's
# weights into q_proj, k_proj, v_proj and out_proj (nn.Linear's weight is (out, in): drill's wq
# arrives as wq.T), then calls forward(x) with x of shape (seq, d_model), float64.
# Off limits: nn.MultiheadAttention, F.multi_head_attention_forward, F.scaled_dot_product_attention.
import math

import torch
from torch import nn


class KVCacheAttention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        # Reject num_heads < 1 or d_model not divisible by num_heads with ValueError.
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Decode token by token with a key/value cache: (seq, d_model) out.
        raise NotImplementedError("not implemented yet")
