# Batch norm over the batch dimension of x (N, C), as nn.BatchNorm1d computes it: batch statistics
# and a momentum update of the running buffers in training, the running buffers in evaluation,
# and a hand-written backward pass for both.
import torch
from torch import nn


class BatchNorm(nn.Module):
    def __init__(self, num_features, eps, momentum):
        super().__init__()
        if not 0 <= momentum <= 1:
            raise ValueError("momentum must lie in [0, 1], not {}".format(momentum))
        self.eps = eps
        self.momentum = momentum
        self.weight = nn.Parameter(torch.ones(num_features))
        self.bias = nn.Parameter(torch.zeros(num_features))
        self.register_buffer("running_mean", torch.zeros(num_features))
        self.register_buffer("running_var", torch.ones(num_features))

    def forward(self, x):
        n = x.shape[0]
        if self.training:
            if n < 2:
                raise ValueError("training needs more than one row per batch")
            mean = x.mean(dim=0)
            var = ((x - mean) ** 2).mean(dim=0)  # biased: normalise with it
            m = self.momentum
            self.running_mean.mul_(1 - m).add_(m * mean)
            self.running_var.mul_(1 - m).add_(m * var * n / (n - 1))  # unbiased: remember it
        else:
            mean, var = self.running_mean, self.running_var
        self.inv = torch.rsqrt(var + self.eps)
        self.xhat = (x - mean) * self.inv
        return self.weight * self.xhat + self.bias

    def backward(self, dout):
        if dout.shape != self.xhat.shape:
            raise ValueError("dout has shape {}, x has {}".format(tuple(dout.shape), tuple(self.xhat.shape)))
        self.weight.grad = (dout * self.xhat).sum(dim=0)
        self.bias.grad = dout.sum(dim=0)
        g = dout * self.weight
        if not self.training:  # the statistics are constants
            return g * self.inv
        return (g - g.mean(dim=0) - self.xhat * (g * self.xhat).mean(dim=0)) * self.inv
