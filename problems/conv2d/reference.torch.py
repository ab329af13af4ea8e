import torch
from torch import nn
from torch.nn import functional as F


class Conv2d(nn.Module):
    """NCHW cross-correlation with stride and zero padding, and its hand-written backward pass.

    Pads once, then visits the KH x KW kernel taps: each tap is a strided view of the padded
    input, so the work is one small matrix product per tap."""

    def __init__(self, in_channels, out_channels, kernel_h, kernel_w, stride, padding):
        super().__init__()
        if stride < 1 or padding < 0:
            raise ValueError("stride must be >= 1 and padding >= 0")
        self.stride, self.padding = stride, padding
        self.weight = nn.Parameter(torch.zeros(out_channels, in_channels, kernel_h, kernel_w))
        self.bias = nn.Parameter(torch.zeros(out_channels))

    def taps(self, h_out, w_out):
        s = self.stride
        for ky in range(self.weight.shape[2]):
            for kx in range(self.weight.shape[3]):
                yield ky, kx, (slice(ky, ky + s * (h_out - 1) + 1, s), slice(kx, kx + s * (w_out - 1) + 1, s))

    def forward(self, x):
        n, c, h, w = x.shape
        c_out, c_in, kh, kw = self.weight.shape
        if c != c_in:
            raise ValueError("x has {} channels, the kernels expect {}".format(c, c_in))
        p = self.padding
        h_out, w_out = (h + 2 * p - kh) // self.stride + 1, (w + 2 * p - kw) // self.stride + 1
        if h_out < 1 or w_out < 1:
            raise ValueError("the kernel is larger than the padded input")
        self.xp = F.pad(x, (p, p, p, p))  # (left, right, top, bottom): the last two dimensions
        self.in_shape = x.shape
        out = self.bias.view(1, -1, 1, 1).expand(n, c_out, h_out, w_out).clone()
        for ky, kx, (rows, cols) in self.taps(h_out, w_out):
            out += torch.einsum("nchw,oc->nohw", self.xp[:, :, rows, cols], self.weight[:, :, ky, kx])
        self.out_shape = out.shape
        return out

    def backward(self, dout):
        if dout.shape != self.out_shape:
            raise ValueError("dout has shape {}, the output {}".format(tuple(dout.shape), tuple(self.out_shape)))
        dxp = torch.zeros_like(self.xp)
        dw = torch.zeros_like(self.weight)
        for ky, kx, (rows, cols) in self.taps(dout.shape[2], dout.shape[3]):
            dw[:, :, ky, kx] = torch.einsum("nohw,nchw->oc", dout, self.xp[:, :, rows, cols])
            dxp[:, :, rows, cols] += torch.einsum("nohw,oc->nchw", dout, self.weight[:, :, ky, kx])
        self.weight.grad = dw
        self.bias.grad = dout.sum(dim=(0, 2, 3))
        p, (h, w) = self.padding, self.in_shape[2:]
        return dxp[:, :, p:p + h, p:p + w]
