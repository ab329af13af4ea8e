# Staircase from the top-right corner: each comparison rules out a whole column or a whole row.
def search_matrix(matrix: list[list[int]], target: int) -> bool:
    row = 0
    col = len(matrix[0]) - 1 if matrix else -1
    while row < len(matrix) and col >= 0:
        value = matrix[row][col]
        if value == target:
            return True
        if value > target:
            col -= 1
        else:
            row += 1
    return False
