import torch


def softmax(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Shift each slice by its maximum, exponentiate, divide by the slice's sum."""
    if x.dim() == 0:
        raise ValueError("softmax needs a tensor with at least one dimension")
    if 0 in x.shape:
        raise ValueError("every dimension must be at least 1, got shape {}".format(tuple(x.shape)))
    if not -x.dim() <= dim < x.dim():
        raise ValueError("dim {} is out of range for a {}-D tensor".format(dim, x.dim()))
    e = (x - x.amax(dim=dim, keepdim=True)).exp()
    return e / e.sum(dim=dim, keepdim=True)
