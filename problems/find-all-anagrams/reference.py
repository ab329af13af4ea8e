# A window of len(p) letters slides over s; `diff` counts letters whose window count differs from p's.
def find_anagrams(s: str, p: str) -> list[int]:
    m = len(p)
    out: list[int] = []
    if m > len(s):
        return out
    need = [0] * 26  # p's counts minus the window's counts
    for ch in p:
        need[ord(ch) - 97] += 1
    diff = sum(1 for c in need if c != 0)

    def shift(letter: int, delta: int) -> None:
        nonlocal diff
        if need[letter] == 0:
            diff += 1
        need[letter] += delta
        if need[letter] == 0:
            diff -= 1

    for i, ch in enumerate(s):
        shift(ord(ch) - 97, -1)
        if i >= m:
            shift(ord(s[i - m]) - 97, 1)
        if i >= m - 1 and diff == 0:
            out.append(i - m + 1)
    return out
