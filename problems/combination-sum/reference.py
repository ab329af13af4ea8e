def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Backtracking over sorted candidates; the next pick starts at the same index."""
    if target < 0:
        raise ValueError(f"target must be >= 0, got {target}")
    if any(c < 1 for c in candidates):
        raise ValueError("candidates must be positive integers")
    ordered = sorted(candidates)
    out: list[list[int]] = []
    path: list[int] = []

    def extend(start: int, remaining: int) -> None:
        if remaining == 0:
            out.append(path[:])
            return
        for i in range(start, len(ordered)):
            c = ordered[i]
            if c > remaining:
                break
            path.append(c)
            extend(i, remaining - c)
            path.pop()

    extend(0, target)
    return out
