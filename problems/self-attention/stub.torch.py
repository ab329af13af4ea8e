# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds SelfAttention(d_in, d_k, d_v) for every case and copies the case's weights into
# q_proj, k_proj and v_proj (nn.Linear layout: weight is (out, in), so drill's wq arrives as
# wq.T), then calls forward(x, mask): x is (batch, seq, d_in) float64, mask a (seq, seq) bool
# tensor (True: the query may attend to the key) or None.
# Off limits: F.scaled_dot_product_attention, nn.MultiheadAttention.
import math

import torch
from torch import nn


class SelfAttention(nn.Module):
    def __init__(self, d_in: int, d_k: int, d_v: int):
        super().__init__()
        self.q_proj = nn.Linear(d_in, d_k)
        self.k_proj = nn.Linear(d_in, d_k)
        self.v_proj = nn.Linear(d_in, d_v)

    def forward(self, x: torch.Tensor, mask: torch.Tensor = None) -> torch.Tensor:
        # Write your solution here: (batch, seq, d_in) in, (batch, seq, d_v) out.
        # Raise ValueError for tokens of the wrong width and for a bad mask.
        raise NotImplementedError("not implemented yet")
