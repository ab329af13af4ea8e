def word_break(s: str, word_dict: list[str]) -> bool:
    """reachable[i]: the prefix s[:i] splits into words."""
    n = len(s)
    words = set(word_dict)
    reachable = [False] * (n + 1)
    reachable[0] = True
    for i in range(n):
        if not reachable[i]:
            continue
        for w in words:
            if s.startswith(w, i):
                reachable[i + len(w)] = True
    return reachable[n]
