// Beam search over a bigram log-probability table. Each step extends every live beam by
// every token, keeps the beamWidth best candidates (score, then token order), retires the
// ones that end in eos, and stops after maxLen tokens or when no beam is live.
export interface BeamResult {
  tokens: number[];
  score: number;
}

interface Hyp {
  tokens: number[];
  score: number;
}

/** Higher score first; equal scores: lexicographically smaller token list first. */
function better(a: Hyp, b: Hyp): number {
  if (a.score !== b.score) return b.score - a.score;
  for (let i = 0; i < Math.min(a.tokens.length, b.tokens.length); i++) {
    if (a.tokens[i] !== b.tokens[i]) return a.tokens[i] - b.tokens[i];
  }
  return a.tokens.length - b.tokens.length;
}

export function beamSearch(table: number[][], start: number, eos: number, beamWidth: number, maxLen: number): BeamResult {
  const v = table.length;
  if (v < 1 || table.some((row) => row.length !== v)) throw new RangeError("table must be a non-empty V × V matrix");
  for (const t of [start, eos]) if (!Number.isInteger(t) || t < 0 || t >= v) throw new RangeError(`token ${t} is not in [0, ${v})`);
  if (!Number.isInteger(beamWidth) || beamWidth < 1 || !Number.isInteger(maxLen) || maxLen < 1) throw new RangeError("beamWidth and maxLen must be whole numbers >= 1");

  let live: Hyp[] = [{ tokens: [], score: 0 }];
  const finished: Hyp[] = [];
  for (let step = 0; step < maxLen && live.length > 0; step++) {
    const candidates: Hyp[] = [];
    for (const beam of live) {
      const last = beam.tokens.length ? beam.tokens[beam.tokens.length - 1] : start;
      for (let tok = 0; tok < v; tok++) candidates.push({ tokens: [...beam.tokens, tok], score: beam.score + table[last][tok] });
    }
    candidates.sort(better);
    live = [];
    for (const c of candidates.slice(0, beamWidth)) (c.tokens[c.tokens.length - 1] === eos ? finished : live).push(c);
  }
  const best = [...finished, ...live].sort(better)[0];
  return { tokens: best.tokens, score: best.score };
}
