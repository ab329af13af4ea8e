from collections import deque


def max_sliding_window(nums, k):
    """Monotonic deque of indices whose values strictly decrease from front to back."""
    if not isinstance(k, int) or k < 1 or k > len(nums):
        raise ValueError("k must be between 1 and len(nums), got {}".format(k))
    window = deque()
    out = []
    for i, x in enumerate(nums):
        while window and nums[window[-1]] <= x:
            window.pop()
        window.append(i)
        if window[0] <= i - k:
            window.popleft()
        if i >= k - 1:
            out.append(nums[window[0]])
    return out
