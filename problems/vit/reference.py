# Vision Transformer forward pass with numpy on one (C, H, W) image: patch embedding,
# class token, positions, L pre-norm encoder blocks (GELU MLP), final LayerNorm, head.
import numpy as np

EPS = 1e-6


def _ln(t, g, b):
    mean = t.mean(axis=-1, keepdims=True)
    var = ((t - mean) ** 2).mean(axis=-1, keepdims=True)
    return g * (t - mean) / np.sqrt(var + EPS) + b


def _gelu(z):
    return 0.5 * z * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (z + 0.044715 * z ** 3)))


def _attention(x, p, l, heads):
    n, d = x.shape
    dh = d // heads
    split = lambda t: t.reshape(n, heads, dh).transpose(1, 0, 2)  # (heads, n, dh)
    q = split(x @ p["wq"][l] + p["bq"][l])
    k = split(x @ p["wk"][l] + p["bk"][l])
    v = split(x @ p["wv"][l] + p["bv"][l])
    s = q @ k.transpose(0, 2, 1) / np.sqrt(dh)
    s = np.exp(s - s.max(axis=-1, keepdims=True))
    s /= s.sum(axis=-1, keepdims=True)
    ctx = (s @ v).transpose(1, 0, 2).reshape(n, d)
    return ctx @ p["wo"][l] + p["bo"][l]


def vit(image, p, patch_size, num_heads):
    image = np.asarray(image, dtype=np.float64)
    c, h, w = image.shape
    P = patch_size
    if P < 1 or h % P or w % P:
        raise ValueError(f"a {h} x {w} image cannot be cut into {P} x {P} patches")
    d = p["b"].shape[0]
    if num_heads < 1 or d % num_heads:
        raise ValueError(f"D = {d} cannot be split into {num_heads} heads")
    gh, gw = h // P, w // P
    if p["w"].shape[0] != P * P * c or p["pos"].shape[0] != gh * gw + 1:
        raise ValueError("w must be (P*P*C, D) and pos (numPatches + 1, D)")
    # (c, gh, P, gw, P) -> (gh, gw, P, P, c): row-major patches, channel fastest inside
    patches = image.reshape(c, gh, P, gw, P).transpose(1, 3, 2, 4, 0).reshape(gh * gw, P * P * c)
    x = np.vstack([p["cls"][None, :], patches @ p["w"] + p["b"]]) + p["pos"]
    for l in range(p["wq"].shape[0]):
        x = x + _attention(_ln(x, p["ln1g"][l], p["ln1b"][l]), p, l, num_heads)
        x = x + _gelu(_ln(x, p["ln2g"][l], p["ln2b"][l]) @ p["w1"][l] + p["b1"][l]) @ p["w2"][l] + p["b2"][l]
    return _ln(x[0], p["lnfg"], p["lnfb"]) @ p["wh"] + p["bh"]
