# Two boundary searches: the first index whose value is >= target, and the first index
# whose value is > target; the copies of target lie between them.


def _first_index(nums: list[int], target: int, or_equal: bool) -> int:
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target or (or_equal and nums[mid] == target):
            lo = mid + 1
        else:
            hi = mid
    return lo


def search_range(nums: list[int], target: int) -> list[int]:
    first = _first_index(nums, target, False)
    if first == len(nums) or nums[first] != target:
        return [-1, -1]
    return [first, _first_index(nums, target, True) - 1]
