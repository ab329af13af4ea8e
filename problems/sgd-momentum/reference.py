# One step of SGD with momentum, PyTorch's convention, L2 weight decay in the gradient.
import numpy as np


def sgd_momentum(param, grad, velocity, lr, momentum, weight_decay):
    param, grad, velocity = (np.asarray(x, dtype=np.float64) for x in (param, grad, velocity))
    if lr < 0 or momentum < 0 or weight_decay < 0:
        raise ValueError("lr, momentum and weight_decay must be >= 0")
    if not (param.shape == grad.shape == velocity.shape):
        raise ValueError(f"shapes differ: {param.shape}, {grad.shape}, {velocity.shape}")

    d = grad + weight_decay * param
    new_velocity = momentum * velocity + d
    return {"param": param - lr * new_velocity, "velocity": new_velocity}
