# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds Dropout(p) per case, calls layer.train() or layer.eval() as the case says (read
# self.training), then forward(x, mask) and backward(grad_out). Autograd is unavailable: write
# the backward pass by hand. Off limits: F.dropout, nn.Dropout, torch.dropout.
import torch
from torch import nn


class Dropout(nn.Module):
    def __init__(self, p: float):
        super().__init__()
        # Reject p outside [0, 1) with ValueError.
        self.p = p

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")

    def backward(self, grad_out: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")
