# Lloyd's k-means with numpy: a (n, k) distance matrix per round, argmin (first
# minimum = lowest index on ties), per-cluster means with np.add.at.
import numpy as np


def _assign(points, centroids):
    dist = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
    labels = dist.argmin(axis=1)
    return labels, float(dist[np.arange(len(points)), labels].sum())


def k_means(points, centroids, iterations):
    points = np.asarray(points, dtype=np.float64)
    centroids = np.array(centroids, dtype=np.float64)
    if points.ndim != 2 or points.shape[0] == 0:
        raise ValueError("points must be a non-empty (n, d) matrix")
    if centroids.ndim != 2 or centroids.shape[0] == 0:
        raise ValueError("centroids must be a non-empty (k, d) matrix")
    if points.shape[1] != centroids.shape[1]:
        raise ValueError("points and centroids must have the same number of coordinates")
    if iterations < 0:
        raise ValueError("iterations must be >= 0")

    k, d = centroids.shape
    previous = None
    for _ in range(iterations):
        labels, _ = _assign(points, centroids)
        if previous is not None and np.array_equal(labels, previous):
            break
        sums = np.zeros((k, d))
        np.add.at(sums, labels, points)
        counts = np.bincount(labels, minlength=k)
        filled = counts > 0
        centroids[filled] = sums[filled] / counts[filled, None]
        previous = labels

    labels, inertia = _assign(points, centroids)
    return {"assignments": labels.tolist(), "centroids": centroids, "inertia": inertia}
