// Temperature, then top-k, then top-p (nucleus) filtering over tokens sorted by
// probability (ties: lower id first), then inverse-CDF sampling with the given draw u.
export interface SampleResult {
  token: number;
  candidates: number[];
}

export function sampleToken(logits: number[], temperature: number, topK: number, topP: number, u: number): SampleResult {
  const v = logits.length;
  if (v === 0) throw new RangeError("logits must not be empty");
  if (!(temperature > 0)) throw new RangeError("temperature must be > 0");
  if (!Number.isInteger(topK) || topK < 0) throw new RangeError("topK must be a whole number >= 0 (0 = no limit)");
  if (!(topP > 0 && topP <= 1)) throw new RangeError("topP must lie in (0, 1]");
  if (!(u >= 0 && u < 1)) throw new RangeError("u must lie in [0, 1)");

  // 1. softmax(logits / temperature), stable.
  let max = -Infinity;
  for (const l of logits) max = Math.max(max, l / temperature);
  const weight = logits.map((l) => Math.exp(l / temperature - max));
  // 2. order by probability, highest first, ties by id.
  const order = weight.map((_, i) => i).sort((a, b) => weight[b] - weight[a] || a - b);
  // 3. top-k.
  const kept = topK === 0 ? order : order.slice(0, topK);
  // 4. top-p over the top-k survivors, renormalised: the shortest prefix reaching topP.
  let total = 0;
  for (const i of kept) total += weight[i];
  const candidates: number[] = [];
  let mass = 0;
  for (const i of kept) {
    candidates.push(i);
    mass += weight[i] / total;
    if (mass >= topP) break;
  }
  // 5. inverse CDF over the renormalised candidates, in their sorted order.
  let norm = 0;
  for (const i of candidates) norm += weight[i];
  let cumulative = 0;
  for (const i of candidates) {
    cumulative += weight[i] / norm;
    if (u < cumulative) return { token: i, candidates };
  }
  return { token: candidates[candidates.length - 1], candidates };
}
