import math

import torch
from torch import nn


class PatchEmbedding(nn.Module):
    """Row-major P x P patches, each flattened (row, column, channel), projected; [CLS] first; positions added."""

    def __init__(self, channels, height, width, patch_size, d_model):
        super().__init__()
        self.patch_size = patch_size
        num_patches = (height // patch_size) * (width // patch_size)
        self.proj = nn.Linear(patch_size * patch_size * channels, d_model)
        self.cls_token = nn.Parameter(torch.zeros(d_model))
        self.pos_embed = nn.Parameter(torch.zeros(num_patches + 1, d_model))

    def forward(self, image):
        c, h, w = image.shape
        p = self.patch_size
        patches = image.reshape(c, h // p, p, w // p, p).permute(1, 3, 2, 4, 0).reshape(-1, p * p * c)
        return torch.cat([self.cls_token[None], self.proj(patches)]) + self.pos_embed


class SelfAttention(nn.Module):
    def __init__(self, d_model, num_heads):
        super().__init__()
        self.num_heads = num_heads
        self.q_proj = nn.Linear(d_model, d_model)
        self.k_proj = nn.Linear(d_model, d_model)
        self.v_proj = nn.Linear(d_model, d_model)
        self.out_proj = nn.Linear(d_model, d_model)

    def forward(self, x):  # (tokens, d_model), no mask
        n, d = x.shape
        heads = lambda t: t.view(n, self.num_heads, -1).transpose(0, 1)  # noqa: E731
        q, k, v = heads(self.q_proj(x)), heads(self.k_proj(x)), heads(self.v_proj(x))
        weights = torch.softmax(q @ k.transpose(1, 2) / math.sqrt(d // self.num_heads), dim=-1)
        return self.out_proj((weights @ v).transpose(0, 1).reshape(n, d))


class Mlp(nn.Module):
    def __init__(self, d_model, d_ff):
        super().__init__()
        self.fc1 = nn.Linear(d_model, d_ff)
        self.act = nn.GELU(approximate="tanh")
        self.fc2 = nn.Linear(d_ff, d_model)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


class Block(nn.Module):
    """Pre-norm: x + attn(norm1(x)), then + mlp(norm2(x))."""

    def __init__(self, d_model, num_heads, d_ff):
        super().__init__()
        self.norm1 = nn.LayerNorm(d_model, eps=1e-6)
        self.attn = SelfAttention(d_model, num_heads)
        self.norm2 = nn.LayerNorm(d_model, eps=1e-6)
        self.mlp = Mlp(d_model, d_ff)

    def forward(self, x):
        x = x + self.attn(self.norm1(x))
        return x + self.mlp(self.norm2(x))


class ViT(nn.Module):
    def __init__(self, channels, height, width, patch_size, d_model, depth, num_heads, d_ff, num_classes):
        super().__init__()
        if patch_size < 1 or height % patch_size or width % patch_size:
            raise ValueError("a {}x{} image cannot be cut into {}x{} patches".format(height, width, patch_size, patch_size))
        if num_heads < 1 or d_model % num_heads:
            raise ValueError("d_model {} cannot be split into {} heads".format(d_model, num_heads))
        self.patch_embed = PatchEmbedding(channels, height, width, patch_size, d_model)
        self.blocks = nn.ModuleList([Block(d_model, num_heads, d_ff) for _ in range(depth)])
        self.norm = nn.LayerNorm(d_model, eps=1e-6)
        self.head = nn.Linear(d_model, num_classes)

    def forward(self, image):
        x = self.patch_embed(image)
        for block in self.blocks:
            x = block(x)
        return self.head(self.norm(x[0]))
