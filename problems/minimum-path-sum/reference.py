# Row-by-row DP with one list: before cell (i, j) is updated, best[j] holds the cheapest
# cost of reaching the cell above it and best[j - 1] (already updated) the cell to its left.
# The first row and first column have a single way in, so they are running sums.
# O(rows*cols) time, O(cols) extra space; the grid is not modified.


def min_path_sum(grid: list[list[int]]) -> int:
    if len(grid) == 0 or len(grid[0]) == 0:
        raise ValueError("the grid must have at least one row and one column")
    cols = len(grid[0])
    best = [0] * cols
    best[0] = grid[0][0]
    for j in range(1, cols):
        best[j] = best[j - 1] + grid[0][j]
    for row in grid[1:]:
        best[0] += row[0]
        for j in range(1, cols):
            best[j] = row[j] + min(best[j], best[j - 1])
    return best[-1]
