import numpy as np


def mlp_train_step(params, x, y, lr):
    """One forward pass, backward pass and SGD step of a ReLU MLP under mean squared error."""
    weights, biases = params["W"], params["b"]
    if len(weights) == 0 or len(weights) != len(biases):
        raise ValueError("W and b must be non-empty lists of the same length")
    if x.ndim != 2 or x.shape[0] == 0:
        raise ValueError("x must be a non-empty (batch, features) matrix")
    width = x.shape[1]
    for w, b in zip(weights, biases):
        if w.ndim != 2 or w.shape[0] != width or b.shape != (w.shape[1],):
            raise ValueError("layer shapes do not chain")
        width = w.shape[1]
    if y.shape != (x.shape[0], width):
        raise ValueError("y must have shape {}".format((x.shape[0], width)))

    inputs, pre = [], []
    h = x
    for i, (w, b) in enumerate(zip(weights, biases)):
        inputs.append(h)
        z = h @ w + b
        pre.append(z)
        h = np.maximum(z, 0) if i < len(weights) - 1 else z
    diff = h - y
    loss = float(np.mean(diff ** 2))

    grad = 2 * diff / diff.size
    grads_w, grads_b = [None] * len(weights), [None] * len(weights)
    for i in reversed(range(len(weights))):
        if i < len(weights) - 1:
            grad = grad * (pre[i] > 0)
        grads_w[i] = inputs[i].T @ grad
        grads_b[i] = grad.sum(axis=0)
        grad = grad @ weights[i].T
    return {
        "loss": loss,
        "grads": {"W": grads_w, "b": grads_b},
        "params": {"W": [w - lr * g for w, g in zip(weights, grads_w)], "b": [b - lr * g for b, g in zip(biases, grads_b)]},
    }
