# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds RMSNorm(d, eps) per case, copies gain into weight, calls forward(x), then
# backward(dout), and reads out, dx (backward's return) and weight.grad (dgain). Autograd is
# unavailable: write the backward pass by hand. Off limits: nn.RMSNorm, F.rms_norm.
import torch
from torch import nn


class RMSNorm(nn.Module):
    def __init__(self, d: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Normalise over the last dimension; keep what backward needs.
        raise NotImplementedError("not implemented yet")

    def backward(self, dout: torch.Tensor) -> torch.Tensor:
        # Return dx; set self.weight.grad (dgain). ValueError when dout's shape is not x's.
        raise NotImplementedError("not implemented yet")
