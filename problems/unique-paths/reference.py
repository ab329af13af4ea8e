MOD = 2147483647


def unique_paths(m: int, n: int) -> int:
    """One row of path counts, swept down the grid: row[j] += row[j - 1]."""
    if m < 1 or n < 1:
        raise ValueError(f"m and n must be >= 1, got {m} and {n}")
    row = [1] * n
    for _ in range(m - 1):
        for j in range(1, n):
            row[j] = (row[j] + row[j - 1]) % MOD
    return row[n - 1]
