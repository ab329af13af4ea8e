# Softmax along one axis of a tensor of any rank: subtract each slice's maximum,
# exponentiate, divide by the slice's sum. keepdims=True keeps the reductions
# broadcastable against x. O(n) time for n elements.
import numpy as np


def softmax(x: np.ndarray, axis: int) -> np.ndarray:
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0:
        raise ValueError("softmax needs a tensor with at least one dimension")
    if 0 in x.shape:
        raise ValueError(f"every dimension must be at least 1, got shape {x.shape}")
    if not -x.ndim <= axis < x.ndim:
        raise ValueError(f"axis {axis} is out of range for a {x.ndim}-D tensor")
    shifted = x - np.max(x, axis=axis, keepdims=True)
    e = np.exp(shifted)
    return e / np.sum(e, axis=axis, keepdims=True)
