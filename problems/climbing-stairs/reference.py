MOD = 2147483647


def climb_stairs(n: int) -> int:
    """ways(i) = ways(i-1) + ways(i-2), kept in two variables, reduced modulo 2^31 - 1."""
    if n < 1:
        raise ValueError(f"n must be >= 1, got {n}")
    before, current = 1, 1  # ways(0), ways(1)
    for _ in range(n - 1):
        before, current = current, (before + current) % MOD
    return current
