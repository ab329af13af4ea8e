import torch


def assign(points, centroids):
    dist = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(dim=2)
    labels = dist.argmin(dim=1)
    return labels, float(dist.gather(1, labels[:, None]).sum())


def k_means(points, centroids, iterations):
    """Lloyd's algorithm from the given centroids; an empty cluster keeps its centroid."""
    if points.dim() != 2 or points.shape[0] == 0:
        raise ValueError("points must be a non-empty (n, d) matrix")
    if centroids.dim() != 2 or centroids.shape[0] == 0:
        raise ValueError("centroids must be a non-empty (k, d) matrix")
    if points.shape[1] != centroids.shape[1]:
        raise ValueError("points and centroids must have the same number of coordinates")
    if iterations < 0:
        raise ValueError("iterations must be >= 0")
    centroids = centroids.clone()
    k, d = centroids.shape
    previous = None
    for _ in range(iterations):
        labels, _ = assign(points, centroids)
        if previous is not None and torch.equal(labels, previous):
            break
        sums = torch.zeros(k, d, dtype=points.dtype).index_add_(0, labels, points)
        counts = torch.bincount(labels, minlength=k)
        filled = counts > 0
        centroids[filled] = sums[filled] / counts[filled, None]
        previous = labels
    labels, inertia = assign(points, centroids)
    return {"assignments": labels, "centroids": centroids, "inertia": inertia}
