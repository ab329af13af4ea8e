# Lower bound: the first index whose value is >= target, found over the half-open range
# [lo, hi). Everything left of lo is smaller than target, everything from hi on is not.


def search_insert(nums: list[int], target: int) -> int:
    lo, hi = 0, len(nums)
    while lo < hi:
        mid = (lo + hi) // 2
        if nums[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo
