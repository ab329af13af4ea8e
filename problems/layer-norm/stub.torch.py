# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds LayerNorm(d, eps) per case, copies gamma into weight and beta into bias, calls
# forward(x), then backward(dout), and reads out, dx (backward's return), weight.grad and
# bias.grad. Autograd is unavailable: write the backward pass by hand.
# Off limits: nn.LayerNorm, F.layer_norm.
import torch
from torch import nn


class LayerNorm(nn.Module):
    def __init__(self, d: int, eps: float):
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(d))
        self.bias = nn.Parameter(torch.zeros(d))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Normalise over the last dimension; keep what backward needs.
        raise NotImplementedError("not implemented yet")

    def backward(self, dout: torch.Tensor) -> torch.Tensor:
        # Return dx; set self.weight.grad (dgamma) and self.bias.grad (dbeta).
        raise NotImplementedError("not implemented yet")
