# Each letter's last index; a part ends where the walk reaches the farthest last index
# of the letters seen in it.


def partition_labels(s: str) -> list[int]:
    last = {c: i for i, c in enumerate(s)}
    sizes: list[int] = []
    start = end = 0
    for i, c in enumerate(s):
        end = max(end, last[c])
        if i == end:
            sizes.append(end - start + 1)
            start = i + 1
    return sizes
