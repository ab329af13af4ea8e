import torch


def cross_entropy(logits: torch.Tensor, labels: torch.Tensor) -> dict:
    """Mean softmax cross-entropy and its gradient: (softmax(z) - one_hot(y)) / batch."""
    if logits.dim() != 2 or logits.shape[0] < 1 or logits.shape[1] < 1:
        raise ValueError("logits must be a non-empty (batch, classes) matrix, got shape {}".format(tuple(logits.shape)))
    batch, classes = logits.shape
    if labels.dim() != 1 or labels.shape[0] != batch:
        raise ValueError("expected {} labels, got {}".format(batch, labels.numel()))
    if (labels < 0).any() or (labels >= classes).any():
        raise ValueError("labels must be integers in 0..{}".format(classes - 1))
    lse = torch.logsumexp(logits, dim=1)
    rows = torch.arange(batch)
    loss = (lse - logits[rows, labels]).mean()
    grad = torch.exp(logits - lse[:, None])
    grad[rows, labels] -= 1.0
    return {"loss": loss, "grad": grad / batch}
