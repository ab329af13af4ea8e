import torch
from torch import nn


class PatchEmbedding(nn.Module):
    """Cut the image into P x P patches, project each, prepend [CLS], add positions."""

    def __init__(self, channels, height, width, patch_size, d_model):
        super().__init__()
        if patch_size < 1 or height % patch_size or width % patch_size:
            raise ValueError("a {}x{} image cannot be cut into {}x{} patches".format(height, width, patch_size, patch_size))
        self.patch_size = patch_size
        num_patches = (height // patch_size) * (width // patch_size)
        self.proj = nn.Linear(patch_size * patch_size * channels, d_model)
        self.cls_token = nn.Parameter(torch.zeros(d_model))
        self.pos_embed = nn.Parameter(torch.zeros(num_patches + 1, d_model))

    def forward(self, image):
        c, h, w = image.shape
        p = self.patch_size
        patches = (image.reshape(c, h // p, p, w // p, p)
                   .permute(1, 3, 2, 4, 0)  # (rows, cols, P, P, C)
                   .reshape(-1, p * p * c))
        tokens = torch.cat([self.cls_token[None, :], self.proj(patches)], dim=0)
        return tokens + self.pos_embed
