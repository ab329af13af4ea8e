def min_distance(word1: str, word2: str) -> int:
    """One row of the distance table plus the saved diagonal value."""
    row = list(range(len(word2) + 1))
    for i, a in enumerate(word1, 1):
        diagonal, row[0] = row[0], i
        for j, b in enumerate(word2, 1):
            above = row[j]
            row[j] = diagonal if a == b else 1 + min(above, row[j - 1], diagonal)
            diagonal = above
    return row[-1]
