# log(sum(exp(x))) along one axis: factor out each slice's maximum so the sum stays in
# [1, len], then add the maximum back. The output drops the axis unless keepdims.
import numpy as np


def log_sum_exp(x: np.ndarray, axis: int, keepdims: bool = False) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0:
        raise ValueError("log-sum-exp needs a tensor with at least one dimension")
    if 0 in x.shape:
        raise ValueError(f"every dimension must be at least 1, got shape {x.shape}")
    if not -x.ndim <= axis < x.ndim:
        raise ValueError(f"axis {axis} is out of range for a {x.ndim}-D tensor")
    m = np.max(x, axis=axis, keepdims=True)
    out = m + np.log(np.sum(np.exp(x - m), axis=axis, keepdims=True))
    return out if keepdims else np.squeeze(out, axis=axis)
