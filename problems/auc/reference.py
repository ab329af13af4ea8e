# ROC AUC as the Mann-Whitney U statistic with average ranks for ties.


def roc_auc(scores, labels):
    n = len(scores)
    if len(labels) != n:
        raise ValueError(f"{n} scores but {len(labels)} labels")
    if any(label not in (0, 1) for label in labels):
        raise ValueError("labels must be 0 or 1")
    positives = sum(labels)
    negatives = n - positives
    if positives == 0 or negatives == 0:
        raise ValueError("AUC needs at least one positive and one negative sample")

    order = sorted(range(n), key=lambda i: scores[i])
    rank_sum = 0.0
    start = 0
    while start < n:
        end = start + 1
        while end < n and scores[order[end]] == scores[order[start]]:
            end += 1
        average_rank = (start + 1 + end) / 2  # ranks start+1 .. end share their mean
        rank_sum += average_rank * sum(labels[order[i]] for i in range(start, end))
        start = end
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
