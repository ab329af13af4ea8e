# Patience sorting: tails[L] is the smallest value an increasing subsequence of length
# L + 1 can end with. Each value overwrites the leftmost tail >= it, or extends tails.


def length_of_lis(nums: list[int]) -> int:
    tails: list[int] = []
    for x in nums:
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
        else:
            tails[lo] = x
    return len(tails)
