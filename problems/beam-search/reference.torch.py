import torch


def beam_search(table, start, eos, beam_width, max_len):
    """Beam search over a bigram log-probability table. Live beams are rows of a token matrix;
    every step scores all beam x token extensions at once and keeps the best beam_width."""
    if table.dim() != 2 or table.shape[0] < 1 or table.shape[0] != table.shape[1]:
        raise ValueError("table must be a non-empty V x V matrix")
    v = table.shape[0]
    for token in (start, eos):
        if int(token) != token or not 0 <= token < v:
            raise ValueError("token {} is not in [0, {})".format(token, v))
    if int(beam_width) != beam_width or beam_width < 1 or int(max_len) != max_len or max_len < 1:
        raise ValueError("beam_width and max_len must be whole numbers >= 1")

    tokens = torch.zeros(1, 0, dtype=torch.long)    # live hypotheses, one per row
    scores = torch.zeros(1, dtype=table.dtype)
    last = torch.tensor([start])
    lex = torch.zeros(1, dtype=torch.long)          # each live row's rank in lexicographic order
    finished = []
    for _ in range(int(max_len)):
        if len(tokens) == 0:
            break
        candidate_scores = (scores[:, None] + table[last]).reshape(-1)
        # Ties go to the lexicographically smaller list: all live rows have the same length, so
        # that is the parent's rank, then the new token. Sort by it, then stably by score.
        tie_key = (lex[:, None] * v + torch.arange(v)).reshape(-1)
        by_tokens = torch.argsort(tie_key)
        order = by_tokens[torch.sort(candidate_scores[by_tokens], descending=True, stable=True).indices]
        chosen = order[: int(beam_width)]
        parent, token = chosen // v, chosen % v
        tokens = torch.cat([tokens[parent], token[:, None]], dim=1)
        scores = candidate_scores[chosen]
        done = token == eos
        finished += zip(scores[done].tolist(), tokens[done].tolist())
        live = ~done
        tokens, scores, last = tokens[live], scores[live], token[live]
        lex = torch.argsort(torch.argsort(tie_key[chosen][live]))
    score, best = min(finished + list(zip(scores.tolist(), tokens.tolist())), key=lambda c: (-c[0], c[1]))
    return {"tokens": best, "score": score}
