# Mean softmax cross-entropy over a batch and its gradient w.r.t. the logits:
# loss = mean(lse(z_i) - z_i[y_i]), grad = (softmax(z) - one_hot(y)) / batch,
# with lse computed stably from each row's maximum.
import numpy as np


def cross_entropy(logits: np.ndarray, labels: list[int]) -> dict:
    z = np.asarray(logits, dtype=np.float64)
    if z.ndim != 2 or z.shape[0] < 1 or z.shape[1] < 1:
        raise ValueError(f"logits must be a non-empty (batch, classes) matrix, got shape {z.shape}")
    batch, classes = z.shape
    if len(labels) != batch:
        raise ValueError(f"expected {batch} labels, got {len(labels)}")
    y = np.asarray(labels)
    if y.dtype.kind not in "iu" or np.any(y < 0) or np.any(y >= classes):
        raise ValueError(f"labels must be integers in 0..{classes - 1}")
    m = z.max(axis=1, keepdims=True)
    lse = m + np.log(np.exp(z - m).sum(axis=1, keepdims=True))
    rows = np.arange(batch)
    loss = float(np.mean(lse[:, 0] - z[rows, y]))
    grad = np.exp(z - lse)
    grad[rows, y] -= 1.0
    return {"loss": loss, "grad": grad / batch}
