# Key every word by its 26 letter counts (a tuple, so the key is unambiguous).
def group_anagrams(strs: list[str]) -> list[list[str]]:
    groups: dict[tuple[int, ...], list[str]] = {}
    for word in strs:
        counts = [0] * 26
        for ch in word:
            counts[ord(ch) - 97] += 1
        groups.setdefault(tuple(counts), []).append(word)
    return list(groups.values())
