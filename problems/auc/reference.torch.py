import torch


def roc_auc(scores, labels):
    """Mann-Whitney U: the positives' rank sum, ties sharing their average rank."""
    n = scores.shape[0]
    if labels.shape[0] != n:
        raise ValueError("{} scores but {} labels".format(n, labels.shape[0]))
    if ((labels != 0) & (labels != 1)).any():
        raise ValueError("labels must be 0 or 1")
    positives = int(labels.sum())
    negatives = n - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs at least one positive and one negative sample")
    values, inverse, counts = torch.unique(scores, sorted=True, return_inverse=True, return_counts=True)
    ends = torch.cumsum(counts, dim=0).to(torch.float64)
    average_rank = ends - (counts.to(torch.float64) - 1) / 2
    rank_sum = average_rank[inverse][labels == 1].sum()
    return float((rank_sum - positives * (positives + 1) / 2) / (positives * negatives))
