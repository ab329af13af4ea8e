import torch
from torch import nn


class Dropout(nn.Module):
    """Inverted dropout with a given keep mask; backward gates the gradient with the same mask."""

    def __init__(self, p):
        super().__init__()
        if not 0 <= p < 1:
            raise ValueError("p must be in [0, 1), got {}".format(p))
        self.p = p

    def forward(self, x, mask):
        if mask.shape != x.shape:
            raise ValueError("mask has shape {} but x has {}".format(tuple(mask.shape), tuple(x.shape)))
        if not ((mask == 0) | (mask == 1)).all():
            raise ValueError("mask entries must be 0 or 1")
        self.scale = mask / (1.0 - self.p) if self.training else torch.ones_like(x)
        return x * self.scale

    def backward(self, grad_out):
        if grad_out.shape != self.scale.shape:
            raise ValueError("grad_out has shape {} but x has {}".format(tuple(grad_out.shape), tuple(self.scale.shape)))
        return grad_out * self.scale
