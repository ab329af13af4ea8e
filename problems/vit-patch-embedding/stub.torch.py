# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds PatchEmbedding(channels, height, width, patch_size, d_model) per case, copies the
# case's weights into proj (nn.Linear: drill's w arrives as w.T), cls_token and pos_embed, and
# calls forward(image) on a float64 (C, H, W) tensor. Patches flatten as (P, P, C).
import torch
from torch import nn


class PatchEmbedding(nn.Module):
    def __init__(self, channels: int, height: int, width: int, patch_size: int, d_model: int):
        super().__init__()
        # Reject a patch size below 1 or one that does not divide height and width (ValueError).
        num_patches = (height // max(patch_size, 1)) * (width // max(patch_size, 1))
        self.proj = nn.Linear(patch_size * patch_size * channels, d_model)
        self.cls_token = nn.Parameter(torch.zeros(d_model))
        self.pos_embed = nn.Parameter(torch.zeros(num_patches + 1, d_model))

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        # Write your solution here: (num_patches + 1, d_model) out.
        raise NotImplementedError("not implemented yet")
