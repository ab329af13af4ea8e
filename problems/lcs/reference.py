def longest_common_subsequence(a, b):
    """Bottom-up DP over prefixes with two rows of length min(len(a), len(b)) + 1."""
    if len(a) < len(b):
        a, b = b, a
    prev = [0] * (len(b) + 1)
    for ch in a:
        curr = [0] * (len(b) + 1)
        for j, other in enumerate(b, 1):
            curr[j] = prev[j - 1] + 1 if ch == other else max(prev[j], curr[j - 1])
        prev = curr
    return prev[-1]
