# Sort, fix the smallest value, then close in on the other two with two pointers.
def three_sum(nums: list[int]) -> list[list[int]]:
    a = sorted(nums)
    n = len(a)
    out: list[list[int]] = []
    for i in range(n - 2):
        if a[i] > 0:
            break
        if i > 0 and a[i] == a[i - 1]:
            continue
        lo, hi = i + 1, n - 1
        while lo < hi:
            total = a[i] + a[lo] + a[hi]
            if total < 0:
                lo += 1
            elif total > 0:
                hi -= 1
            else:
                out.append([a[i], a[lo], a[hi]])
                low, high = a[lo], a[hi]
                while lo < hi and a[lo] == low:
                    lo += 1
                while lo < hi and a[hi] == high:
                    hi -= 1
    return out
