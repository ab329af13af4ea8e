# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds FeedForward(d_model, d_ff, activation) for every case, copies the case's weights
# into linear1 and linear2 (nn.Linear layout: weight is (out, in), so drill's w1 arrives as
# w1.T), and calls forward(x) with x of shape (batch, seq, d_model), float64.
import torch
import torch.nn.functional as F
from torch import nn


class FeedForward(nn.Module):
    def __init__(self, d_model: int, d_ff: int, activation: str):
        super().__init__()
        # Reject an activation other than "relu" or "gelu" with ValueError.
        self.linear1 = nn.Linear(d_model, d_ff)
        self.linear2 = nn.Linear(d_ff, d_model)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Write your solution here: (batch, seq, d_model) in and out.
        raise NotImplementedError("not implemented yet")
