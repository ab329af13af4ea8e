# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds LoRALinear(d_in, d_out, r, alpha) per case, copies the case's weights into base,
# lora_A and lora_B (nn.Linear's weight is (out, in): drill's w, A and B arrive transposed),
# calls forward(x) on a float64 (batch, d_in) tensor and counts the parameters that still
# require grad as trainableParams.
import torch
from torch import nn


class LoRALinear(nn.Module):
    def __init__(self, d_in: int, d_out: int, r: int, alpha: float):
        super().__init__()
        self.base = nn.Linear(d_in, d_out)
        self.lora_A = nn.Linear(d_in, r, bias=False)
        self.lora_B = nn.Linear(r, d_out, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        # Write your solution here.
        raise NotImplementedError("not implemented yet")
