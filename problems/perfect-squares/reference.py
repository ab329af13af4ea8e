def num_squares(n: int) -> int:
    """best[v] = 1 + min(best[v - j*j]) over the squares j*j <= v."""
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    squares = []
    j = 1
    while j * j <= n:
        squares.append(j * j)
        j += 1
    best = [0] * (n + 1)
    for v in range(1, n + 1):
        fewest = v
        for s in squares:
            if s > v:
                break
            if best[v - s] + 1 < fewest:
                fewest = best[v - s] + 1
        best[v] = fewest
    return best[n]
