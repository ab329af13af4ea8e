def maximal_square(matrix):
    """side[j] = side of the largest all-ones square ending at the current row, column j."""
    if not matrix or not matrix[0]:
        return 0
    cols = len(matrix[0])
    side = [0] * (cols + 1)
    best = 0
    for row in matrix:
        diagonal = 0  # side[j - 1] of the previous row
        for j in range(1, cols + 1):
            above = side[j]
            side[j] = 1 + min(side[j], side[j - 1], diagonal) if row[j - 1] == 1 else 0
            diagonal = above
            best = max(best, side[j])
    return best * best
