# The position-wise FFN as a layer: linear1 (d_model -> d_ff), ReLU or tanh-form GELU, linear2
# (d_ff -> d_model). nn.Linear acts on the last dimension, so every token is transformed on its own.
import torch
from torch import nn


class FeedForward(nn.Module):
    def __init__(self, d_model, d_ff, activation):
        super().__init__()
        if activation == "relu":
            self.activation = nn.ReLU()
        elif activation == "gelu":
            self.activation = nn.GELU(approximate="tanh")  # nn.GELU() alone is the erf form
        else:
            raise ValueError('activation must be "relu" or "gelu", not {!r}'.format(activation))
        self.linear1 = nn.Linear(d_model, d_ff)
        self.linear2 = nn.Linear(d_ff, d_model)

    def forward(self, x):
        if x.shape[-1] != self.linear1.in_features:
            raise ValueError("tokens must have d_model = {} features, not {}".format(self.linear1.in_features, x.shape[-1]))
        return self.linear2(self.activation(self.linear1(x)))
