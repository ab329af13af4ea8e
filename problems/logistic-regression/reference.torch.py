# Logistic regression by full-batch gradient descent with the gradient written by hand. The loss
# per sample is log(1 + e^z) - y*z, computed as max(z, 0) + log1p(e^-|z|): finite for any logit.
import torch


def logistic_regression(x, y, w0, b0, lr, steps):
    if x.dim() != 2 or x.shape[0] < 1 or tuple(y.shape) != (x.shape[0],) or tuple(w0.shape) != (x.shape[1],):
        raise ValueError("x must be (N, d) with N = len(y) >= 1 and d = len(w0)")
    if not bool(((y == 0) | (y == 1)).all()):
        raise ValueError("labels must be 0 or 1")
    if steps < 0 or int(steps) != steps:
        raise ValueError("steps must be a whole number >= 0")
    target = y.to(x.dtype)
    n = x.shape[0]
    w, b = w0.clone(), float(b0)
    losses = []
    for _ in range(int(steps)):
        z = x @ w + b
        losses.append(float((z.clamp(min=0) + torch.log1p(torch.exp(-z.abs())) - target * z).mean()))
        err = torch.sigmoid(z) - target  # dLoss/dz per sample, times N
        w = w - lr * (x.T @ err) / n
        b = b - lr * float(err.mean())
    return {"w": w, "b": b, "losses": losses}
