# Beam search over a bigram log-probability table: candidates ranked by (-score, tokens),
# the top beam_width kept, those ending in eos retired, until max_len tokens or no live beam.
import numpy as np


def beam_search(table, start, eos, beam_width, max_len):
    table = np.asarray(table, dtype=np.float64)
    if table.ndim != 2 or table.shape[0] < 1 or table.shape[0] != table.shape[1]:
        raise ValueError("table must be a non-empty V x V matrix")
    v = table.shape[0]
    for t in (start, eos):
        if int(t) != t or not 0 <= t < v:
            raise ValueError(f"token {t} is not in [0, {v})")
    if int(beam_width) != beam_width or beam_width < 1 or int(max_len) != max_len or max_len < 1:
        raise ValueError("beam_width and max_len must be whole numbers >= 1")
    rows = table.tolist()
    live = [(0.0, [])]
    finished = []
    for _ in range(int(max_len)):
        if not live:
            break
        candidates = []
        for score, tokens in live:
            last = tokens[-1] if tokens else start
            row = rows[last]
            candidates.extend((score + row[tok], tokens + [tok]) for tok in range(v))
        candidates.sort(key=lambda c: (-c[0], c[1]))
        live = []
        for c in candidates[: int(beam_width)]:
            (finished if c[1][-1] == eos else live).append(c)
    score, tokens = min(finished + live, key=lambda c: (-c[0], c[1]))
    return {"tokens": tokens, "score": score}
