# Three reversals: reversing everything puts the last k elements first, each part backwards; fix both parts.
def _reverse(nums: list[int], lo: int, hi: int) -> None:
    hi -= 1
    while lo < hi:
        nums[lo], nums[hi] = nums[hi], nums[lo]
        lo += 1
        hi -= 1


def rotate(nums: list[int], k: int) -> None:
    if k < 0:
        raise ValueError(f"k must be non-negative, got {k}")
    n = len(nums)
    if n == 0:
        return
    steps = k % n
    _reverse(nums, 0, n)
    _reverse(nums, 0, steps)
    _reverse(nums, steps, n)
