# A window that grows on the right until it covers t, then shrinks on the left while it still does.
def min_window(s: str, t: str) -> str:
    need = [0] * 128  # count in t minus count in the window
    for ch in t:
        need[ord(ch)] += 1
    missing = len(t)  # letters of t (repeats counted) the window still lacks
    best_start, best_length = 0, len(s) + 1
    left = 0
    for right, ch in enumerate(s):
        code = ord(ch)
        if need[code] > 0:
            missing -= 1
        need[code] -= 1
        while missing == 0:
            if right - left + 1 < best_length:
                best_start, best_length = left, right - left + 1
            code = ord(s[left])
            need[code] += 1
            if need[code] > 0:
                missing += 1
            left += 1
    return "" if best_length > len(s) else s[best_start : best_start + best_length]
