# Scan the grid; every unvisited land cell starts a new island, which an explicit-stack
# flood fill then marks completely. Cells are marked when pushed, so none is pushed twice.


def num_islands(grid: list[list[int]]) -> int:
    rows = len(grid)
    cols = len(grid[0]) if rows else 0
    seen = [[False] * cols for _ in range(rows)]
    islands = 0
    for si in range(rows):
        for sj in range(cols):
            if seen[si][sj] or grid[si][sj] != 1:
                continue
            islands += 1
            seen[si][sj] = True
            stack = [(si, sj)]
            while stack:
                i, j = stack.pop()
                for ni, nj in ((i - 1, j), (i + 1, j), (i, j - 1), (i, j + 1)):
                    if 0 <= ni < rows and 0 <= nj < cols and not seen[ni][nj] and grid[ni][nj] == 1:
                        seen[ni][nj] = True
                        stack.append((ni, nj))
    return islands
