# One pass: a dict from each value seen so far to its index; nums[i]'s partner is target - nums[i].
def two_sum(nums: list[int], target: int) -> list[int]:
    seen: dict[int, int] = {}
    for i, x in enumerate(nums):
        j = seen.get(target - x)
        if j is not None:
            return [j, i]
        seen[x] = i
    raise ValueError(f"no two numbers of nums add up to {target}")
