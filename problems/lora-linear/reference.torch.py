from torch import nn


class LoRALinear(nn.Module):
    """A frozen linear layer plus a trainable low-rank update, scaled by alpha / r."""

    def __init__(self, d_in, d_out, r, alpha):
        super().__init__()
        self.d_in = d_in
        self.scale = alpha / r
        self.base = nn.Linear(d_in, d_out)
        self.base.requires_grad_(False)
        self.lora_A = nn.Linear(d_in, r, bias=False)
        self.lora_B = nn.Linear(r, d_out, bias=False)

    def forward(self, x):
        if x.dim() != 2 or x.shape[1] != self.d_in:
            raise ValueError("x must be (batch, {}), got {}".format(self.d_in, tuple(x.shape)))
        return self.base(x) + self.scale * self.lora_B(self.lora_A(x))
