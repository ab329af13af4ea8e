# ViT patch embedding with explicit loops over the patch grid (row-major), flattening
# each patch row, column, channel (channel fastest), then projection, class token, positions.
import numpy as np


def vit_patch_embed(image: np.ndarray, p: dict, patch_size: int) -> np.ndarray:
    c, h, w = image.shape
    size = patch_size
    if size < 1 or h % size or w % size:
        raise ValueError(f"a {h}x{w} image cannot be cut into {size}x{size} patches")
    rows = []
    for top in range(0, h, size):
        for left in range(0, w, size):
            block = image[:, top:top + size, left:left + size]      # (C, P, P)
            rows.append(np.moveaxis(block, 0, -1).reshape(-1))      # (P, P, C) flattened
    patches = np.stack(rows)                                        # (numPatches, P*P*C)
    tokens = np.concatenate([p["cls"][None, :], patches @ p["w"] + p["b"]], axis=0)
    return tokens + p["pos"]
