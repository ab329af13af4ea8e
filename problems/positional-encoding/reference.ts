// Sinusoidal positional encoding: one inverse frequency per column pair, computed once,
// then sin / cos of pos · frequency written into the interleaved columns.
export function positionalEncoding(seqLen: number, dModel: number): number[][] {
  if (!Number.isInteger(seqLen) || !Number.isInteger(dModel) || seqLen < 0 || dModel < 1) {
    throw new RangeError(`need seqLen >= 0 and dModel >= 1, got seqLen=${seqLen}, dModel=${dModel}`);
  }
  // invFreq[j] = 10000^(-(j - j % 2) / dModel): both columns of a pair share it.
  const invFreq = new Float64Array(dModel);
  for (let j = 0; j < dModel; j += 2) {
    const f = Math.pow(10000, -j / dModel);
    invFreq[j] = f;
    if (j + 1 < dModel) invFreq[j + 1] = f;
  }
  const table: number[][] = [];
  for (let pos = 0; pos < seqLen; pos++) {
    const row = new Array<number>(dModel);
    for (let j = 0; j < dModel; j++) {
      const angle = pos * invFreq[j];
      row[j] = j % 2 === 0 ? Math.sin(angle) : Math.cos(angle);
    }
    table.push(row);
  }
  return table;
}
