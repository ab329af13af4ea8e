// Scaled dot-product attention, one query row at a time: scores over the visible keys,
// a max-subtracted softmax, then the weighted sum of the value rows.
export function attention(q: number[][], k: number[][], v: number[][], mask?: boolean[][] | null): number[][] {
  const nq = q.length;
  const nk = k.length;
  const dk = q[0].length;
  const dv = v[0].length;
  if (k[0].length !== dk) throw new RangeError(`q has width ${dk} but k has width ${k[0].length}`);
  if (v.length !== nk) throw new RangeError(`k has ${nk} rows but v has ${v.length}`);
  if (mask != null) {
    if (mask.length !== nq || mask.some((row) => row.length !== nk)) {
      throw new RangeError(`the mask must have shape (${nq}, ${nk})`);
    }
    const blind = mask.findIndex((row) => !row.includes(true));
    if (blind >= 0) throw new RangeError(`query ${blind} may not attend to any key`);
  }

  const scale = 1 / Math.sqrt(dk);
  const scores = new Float64Array(nk);
  return q.map((qi, i) => {
    let max = -Infinity;
    for (let j = 0; j < nk; j++) {
      if (mask != null && !mask[i][j]) {
        scores[j] = -Infinity;
        continue;
      }
      let dot = 0;
      for (let c = 0; c < dk; c++) dot += qi[c] * k[j][c];
      scores[j] = dot * scale;
      if (scores[j] > max) max = scores[j];
    }
    let total = 0;
    for (let j = 0; j < nk; j++) {
      scores[j] = Math.exp(scores[j] - max); // exp(-Infinity) = 0 for hidden keys
      total += scores[j];
    }
    const out = new Array<number>(dv).fill(0);
    for (let j = 0; j < nk; j++) {
      if (scores[j] === 0) continue;
      const w = scores[j] / total;
      for (let c = 0; c < dv; c++) out[c] += w * v[j][c];
    }
    return out;
  });
}
