# The first row and column hold the marks for the rest; two flags remember whether they held a zero themselves.
def set_zeroes(matrix: list[list[int]]) -> None:
    m = len(matrix)
    n = len(matrix[0]) if m else 0
    first_row_zero = any(matrix[0][j] == 0 for j in range(n))
    first_col_zero = any(matrix[i][0] == 0 for i in range(m))
    for i in range(1, m):
        row = matrix[i]
        for j in range(1, n):
            if row[j] == 0:
                row[0] = 0
                matrix[0][j] = 0
    for i in range(1, m):
        row = matrix[i]
        for j in range(1, n):
            if row[0] == 0 or matrix[0][j] == 0:
                row[j] = 0
    if first_row_zero:
        for j in range(n):
            matrix[0][j] = 0
    if first_col_zero:
        for i in range(m):
            matrix[i][0] = 0
