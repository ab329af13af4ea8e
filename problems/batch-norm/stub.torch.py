# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds BatchNorm(num_features, eps, momentum) per case, copies gamma, beta, runningMean
# and runningVar into weight, bias, running_mean and running_var, calls layer.train() or
# layer.eval() as the case says (read self.training), then forward(x) and backward(dout). It
# reads out, dx (backward's return), weight.grad, bias.grad and the two buffers as the call left
# them. Autograd is unavailable: write the backward pass by hand.
# Off limits: nn.BatchNorm1d, F.batch_norm (and the other normalisation built-ins).
import torch
from torch import nn


class BatchNorm(nn.Module):
    def __init__(self, num_features: int, eps: float, momentum: float):
        super().__init__()
        # Reject momentum outside [0, 1] with ValueError.
        self.eps = eps
        self.momentum = momentum
        self.weight = nn.Parameter(torch.ones(num_features))
        self.bias = nn.Parameter(torch.zeros(num_features))
        self.register_buffer("running_mean", torch.zeros(num_features))
        self.register_buffer("running_var", torch.ones(num_features))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # x is (N, C). Training: batch statistics, update the running buffers. Evaluation: use them.
        raise NotImplementedError("not implemented yet")

    def backward(self, dout: torch.Tensor) -> torch.Tensor:
        # Return dx; set self.weight.grad (dgamma) and self.bias.grad (dbeta).
        raise NotImplementedError("not implemented yet")
