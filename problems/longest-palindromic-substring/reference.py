def longest_palindrome(s: str) -> str:
    """Expand around each of the 2n - 1 centres; keep the widest window."""
    best_lo, best_hi = 0, 0  # s[best_lo:best_hi]
    n = len(s)
    for centre in range(2 * n - 1):
        lo, hi = centre // 2, (centre + 1) // 2
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            lo -= 1
            hi += 1
        if hi - lo - 1 > best_hi - best_lo:
            best_lo, best_hi = lo + 1, hi
    return s[best_lo:best_hi]
