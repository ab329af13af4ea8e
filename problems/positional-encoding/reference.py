# Sinusoidal positional table: one inverse frequency per column pair, computed once,
# then sin / cos of pos * frequency written into the interleaved columns.
import numpy as np


def positional_encoding(seq_len: int, d_model: int) -> np.ndarray:
    if seq_len < 0 or d_model < 1:
        raise ValueError(f"need seq_len >= 0 and d_model >= 1, got {seq_len}, {d_model}")
    pair_start = np.arange(0, d_model, 2, dtype=np.float64)          # 2i for each pair
    inv_freq = np.exp(-np.log(10000.0) * pair_start / d_model)       # 10000^(-2i/d)
    angles = np.outer(np.arange(seq_len, dtype=np.float64), inv_freq)  # (seq_len, ceil(d/2))
    table = np.empty((seq_len, d_model), dtype=np.float64)
    table[:, 0::2] = np.sin(angles)
    table[:, 1::2] = np.cos(angles[:, : d_model // 2])               # odd d: no partner for the last sine
    return table
