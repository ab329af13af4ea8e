import math

import torch


def positional_encoding(seq_len: int, d_model: int) -> torch.Tensor:
    """Sines at even columns, cosines at odd ones, frequencies 10000^(-2i/d_model)."""
    if seq_len < 0 or d_model < 1:
        raise ValueError("need seq_len >= 0 and d_model >= 1, got {}, {}".format(seq_len, d_model))
    pair_start = torch.arange(0, d_model, 2, dtype=torch.float64)
    inv_freq = torch.exp(-math.log(10000.0) * pair_start / d_model)
    angles = torch.arange(seq_len, dtype=torch.float64)[:, None] * inv_freq[None, :]
    table = torch.empty(seq_len, d_model, dtype=torch.float64)
    table[:, 0::2] = torch.sin(angles)
    table[:, 1::2] = torch.cos(angles[:, : d_model // 2])
    return table
