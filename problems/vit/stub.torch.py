# {{title}} · {{difficulty}} · PyTorch
# {{summary}}
#
# Statement: drill show {{slug}}      Hints: drill show {{slug}} --hints
# Test:      drill test {{slug}} --lang torch
# Target:    {{time}} time, n = {{n}}
#
# drill builds ViT(channels, height, width, patch_size, d_model, depth, num_heads, d_ff,
# num_classes) per case, converts it to float64, copies the case's weights into the submodules
# named below (nn.Linear stores (out, in): drill's w arrives as w.T; the stacked block weights
# go layer by layer into blocks[0], blocks[1], …) and calls forward(image) on a (C, H, W) tensor.
# Off limits: nn.MultiheadAttention, F.multi_head_attention_forward,
# F.scaled_dot_product_attention, nn.TransformerEncoderLayer, nn.TransformerEncoder.
import math

import torch
from torch import nn


class PatchEmbedding(nn.Module):
    def __init__(self, channels: int, height: int, width: int, patch_size: int, d_model: int):
        super().__init__()
        num_patches = (height // patch_size) * (width // patch_size)
        self.proj = nn.Linear(patch_size * patch_size * channels, d_model)   # w.T, b
        self.cls_token = nn.Parameter(torch.zeros(d_model))                  # cls
        self.pos_embed = nn.Parameter(torch.zeros(num_patches + 1, d_model))  # pos

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class SelfAttention(nn.Module):
    def __init__(self, d_model: int, num_heads: int):
        super().__init__()
        self.q_proj = nn.Linear(d_model, d_model)            # wq[l].T, bq[l]
        self.k_proj = nn.Linear(d_model, d_model)            # wk[l].T, bk[l]
        self.v_proj = nn.Linear(d_model, d_model)            # wv[l].T, bv[l]
        self.out_proj = nn.Linear(d_model, d_model)          # wo[l].T, bo[l]

    def forward(self, x: torch.Tensor) -> torch.Tensor:      # (tokens, d_model), no mask
        raise NotImplementedError("not implemented yet")


class Mlp(nn.Module):
    def __init__(self, d_model: int, d_ff: int):
        super().__init__()
        self.fc1 = nn.Linear(d_model, d_ff)                  # w1[l].T, b1[l]
        self.fc2 = nn.Linear(d_ff, d_model)                  # w2[l].T, b2[l]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class Block(nn.Module):
    def __init__(self, d_model: int, num_heads: int, d_ff: int):
        super().__init__()
        self.norm1 = nn.LayerNorm(d_model, eps=1e-6)         # ln1g[l], ln1b[l]
        self.attn = SelfAttention(d_model, num_heads)
        self.norm2 = nn.LayerNorm(d_model, eps=1e-6)         # ln2g[l], ln2b[l]
        self.mlp = Mlp(d_model, d_ff)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        raise NotImplementedError("not implemented yet")


class ViT(nn.Module):
    def __init__(self, channels: int, height: int, width: int, patch_size: int, d_model: int,
                 depth: int, num_heads: int, d_ff: int, num_classes: int):
        super().__init__()
        # Reject a bad patch_size or num_heads with ValueError before building anything.
        self.patch_embed = PatchEmbedding(channels, height, width, patch_size, d_model)
        self.blocks = nn.ModuleList([Block(d_model, num_heads, d_ff) for _ in range(depth)])
        self.norm = nn.LayerNorm(d_model, eps=1e-6)          # lnfg, lnfb
        self.head = nn.Linear(d_model, num_classes)          # wh.T, bh

    def forward(self, image: torch.Tensor) -> torch.Tensor:
        # Write your solution here: (C, H, W) in, num_classes logits out.
        raise NotImplementedError("not implemented yet")
