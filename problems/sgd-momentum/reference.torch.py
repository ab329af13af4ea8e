import torch


def sgd_momentum(param, grad, velocity, lr, momentum, weight_decay):
    """PyTorch's SGD with momentum and L2 weight decay: v = mu*v + (g + wd*p); p - lr*v."""
    if lr < 0 or momentum < 0 or weight_decay < 0:
        raise ValueError("lr, momentum and weight_decay must be >= 0")
    if not (param.shape == grad.shape == velocity.shape):
        raise ValueError("param, grad and velocity must have the same shape")
    new_velocity = momentum * velocity + grad + weight_decay * param
    return {"param": param - lr * new_velocity, "velocity": new_velocity}
