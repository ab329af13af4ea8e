import type { Rng } from "../../src/random/rng.js";

// Small matrices (1 x 1, one row, one column, empty ones too) whose values rise in
// reading order, repeating inside a row now and then and jumping by at least 1 between
// rows; the target is a corner, a row's first or last value, a gap value or out of range.
export function generate(n: number, rng: Rng): [number[][], number] {
  const rows = rng.pick([0, 1, rng.int(1, n)]);
  const cols = rows === 0 ? 0 : rng.pick([1, rng.int(1, n)]);
  const matrix: number[][] = [];
  const all: number[] = [];
  let v = rng.int(-20, 20);
  for (let r = 0; r < rows; r++) {
    const row: number[] = [];
    for (let c = 0; c < cols; c++) {
      row.push(v);
      all.push(v);
      v += c === cols - 1 ? rng.int(1, 3) : rng.int(0, 2);
    }
    matrix.push(row);
  }
  let target: number;
  const mode = rng.int(0, 3);
  if (all.length > 0 && mode === 0) {
    const r = rng.int(0, rows - 1);
    target = rng.pick([matrix[r][0], matrix[r][cols - 1], all[0] - 1, all[all.length - 1] + 1]);
  } else if (all.length > 0 && mode === 1) target = rng.pick(all);
  else target = rng.int(-25, v + 5);
  return [matrix, target];
}

// n rows of 4 columns holding 0, 2, 4, ... in reading order; the target lies in the lower
// half of the rows, a cell's value half of the time and an odd (absent) value otherwise.
export function probeInput(n: number, rng: Rng): [number[][], number] {
  const cols = 4;
  const matrix: number[][] = new Array(n);
  for (let r = 0; r < n; r++) {
    const row: number[] = new Array(cols);
    for (let c = 0; c < cols; c++) row[c] = 2 * (r * cols + c);
    matrix[r] = row;
  }
  const cell = rng.int(Math.floor(n / 2) * cols, Math.max(0, n * cols - 1));
  const target = rng.bool(0.5) ? 2 * cell : 2 * cell + 1;
  return [matrix, target];
}
