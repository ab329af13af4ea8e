# LoRA linear layer: frozen x @ W + bias plus (alpha / r) * (x @ A) @ B, through the
# thin (batch, r) intermediate, never forming the d_in x d_out product A @ B.
import numpy as np


def lora_linear(x: np.ndarray, p: dict, alpha: float) -> dict:
    w, bias, a, b = p["w"], p["bias"], p["A"], p["B"]
    d_in, d_out = w.shape
    r = a.shape[1]
    if x.ndim != 2 or x.shape[1] != d_in or a.shape[0] != d_in or b.shape != (r, d_out) or bias.shape != (d_out,):
        raise ValueError("LoRA shapes do not fit: need x (batch, d_in), w (d_in, d_out), A (d_in, r), B (r, d_out), bias (d_out)")
    y = x @ w + bias + (alpha / r) * ((x @ a) @ b)
    return {"y": y, "trainableParams": r * (d_in + d_out)}
