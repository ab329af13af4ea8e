def permute(nums: list[int]) -> list[list[int]]:
    """Backtracking with a used flag per position; a copy of the path is recorded."""
    n = len(nums)
    out: list[list[int]] = []
    path: list[int] = []
    used = [False] * n

    def extend() -> None:
        if len(path) == n:
            out.append(path[:])
            return
        for i in range(n):
            if used[i]:
                continue
            used[i] = True
            path.append(nums[i])
            extend()
            path.pop()
            used[i] = False

    extend()
    return out
