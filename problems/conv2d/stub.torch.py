# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds Conv2d(in_channels, out_channels, kernel_h, kernel_w, stride, padding) per case,
# copies w into weight ((out, in, kh, kw), nn.Conv2d's layout) and b into bias, calls
# forward(x), then backward(dout), and reads out, dx (backward's return), weight.grad (dw) and
# bias.grad (db). Autograd is unavailable: write the backward pass by hand.
# Off limits: F.conv2d, nn.Conv2d, F.unfold / nn.Unfold, F.fold, the conv-transpose and
# torch.nn.grad built-ins.
import torch
from torch import nn
from torch.nn import functional as F


class Conv2d(nn.Module):
    def __init__(self, in_channels: int, out_channels: int, kernel_h: int, kernel_w: int, stride: int, padding: int):
        super().__init__()
        # Reject stride < 1 or padding < 0 with ValueError.
        self.stride, self.padding = stride, padding
        self.weight = nn.Parameter(torch.zeros(out_channels, in_channels, kernel_h, kernel_w))
        self.bias = nn.Parameter(torch.zeros(out_channels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # (N, C_in, H, W) in, (N, C_out, H_out, W_out) out; keep what backward needs.
        raise NotImplementedError("not implemented yet")

    def backward(self, dout: torch.Tensor) -> torch.Tensor:
        # Return dx; set self.weight.grad (dw) and self.bias.grad (db).
        raise NotImplementedError("not implemented yet")
