import torch


def mlp_train_step(params, x, y, lr):
    """Forward, hand-written backward and one SGD step of a ReLU MLP under mean squared error."""
    weights, biases = params["W"], params["b"]
    if len(weights) == 0 or len(weights) != len(biases):
        raise ValueError("W and b must be non-empty lists of the same length")
    if x.dim() != 2 or x.shape[0] == 0:
        raise ValueError("x must be a non-empty (batch, features) matrix")
    width = x.shape[1]
    for w, b in zip(weights, biases):
        if w.dim() != 2 or w.shape[0] != width or tuple(b.shape) != (w.shape[1],):
            raise ValueError("layer shapes do not chain")
        width = w.shape[1]
    if tuple(y.shape) != (x.shape[0], width):
        raise ValueError("y must have shape {}".format((x.shape[0], width)))

    inputs, pre = [], []
    h = x
    last = len(weights) - 1
    for i, (w, b) in enumerate(zip(weights, biases)):
        inputs.append(h)
        z = h @ w + b
        pre.append(z)
        h = torch.relu(z) if i < last else z
    diff = h - y
    loss = (diff ** 2).mean()

    grad = 2 * diff / diff.numel()
    grads_w, grads_b = [None] * len(weights), [None] * len(weights)
    for i in range(last, -1, -1):
        if i < last:
            grad = grad * (pre[i] > 0)
        grads_w[i] = inputs[i].T @ grad
        grads_b[i] = grad.sum(dim=0)
        grad = grad @ weights[i].T
    return {
        "loss": loss,
        "grads": {"W": grads_w, "b": grads_b},
        "params": {"W": [w - lr * g for w, g in zip(weights, grads_w)], "b": [b - lr * g for b, g in zip(biases, grads_b)]},
    }
