import torch


def log_sum_exp(x: torch.Tensor, dim: int, keepdim: bool = False) -> torch.Tensor:
    """Factor out each slice's maximum so the sum of exponentials stays in [1, len]."""
    if x.dim() == 0:
        raise ValueError("log-sum-exp needs a tensor with at least one dimension")
    if 0 in x.shape:
        raise ValueError("every dimension must be at least 1, got shape {}".format(tuple(x.shape)))
    if not -x.dim() <= dim < x.dim():
        raise ValueError("dim {} is out of range for a {}-D tensor".format(dim, x.dim()))
    m = x.amax(dim=dim, keepdim=True)
    out = m + (x - m).exp().sum(dim=dim, keepdim=True).log()
    return out if keepdim else out.squeeze(dim)
