def subsets(nums: list[int]) -> list[list[int]]:
    """Backtracking: at each index, leave the number out or take it; a copy of the path is recorded at the end."""
    out: list[list[int]] = []
    path: list[int] = []

    def decide(i: int) -> None:
        if i == len(nums):
            out.append(path[:])
            return
        decide(i + 1)
        path.append(nums[i])
        decide(i + 1)
        path.pop()

    decide(0)
    return out
