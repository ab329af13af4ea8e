import type { Rng } from "../../src/random/rng.js";

type Input = [number, number[], number[], number, number];

/** LeetCode's five inputs from the two lists' own parts and their shared tail (empty: they never meet). */
function input(ownA: number[], ownB: number[], shared: number[]): Input {
  const listA = [...ownA, ...shared];
  const listB = [...ownB, ...shared];
  if (shared.length === 0) return [0, listA, listB, listA.length, listB.length];
  return [shared[0], listA, listB, ownA.length, ownB.length];
}

/** Values from 1 up: few distinct ones now and then, so equal values in different nodes are common. */
function values(n: number, rng: Rng): number[] {
  const top = rng.pick([1, 3, 100000]);
  return Array.from({ length: n }, () => rng.int(1, top));
}

/** About n nodes in all: the lists meet at a random place, at a head, at the last node, or never. */
export function generate(n: number, rng: Rng): Input {
  const shared = rng.bool(0.25) ? 0 : rng.pick([1, rng.int(1, Math.max(1, n)), n]);
  const rest = Math.max(0, n - shared);
  const a = rng.pick([0, rng.int(0, rest), rest]);
  const ownA = values(a, rng);
  const ownB = values(rest - a, rng);
  const tail = values(shared, rng);
  if (shared === 0 && ownA.length === 0) ownA.push(rng.int(1, 9));
  if (shared === 0 && ownB.length === 0) ownB.push(rng.int(1, 9));
  return input(ownA, ownB, tail);
}

/** Exactly n nodes: n/4 of listA's own, n/2 of listB's own, and a shared tail of the rest. */
export function probeInput(n: number, rng: Rng): Input {
  const own = (m: number) => Array.from({ length: m }, () => rng.int(1, 100000));
  const a = Math.floor(n / 4);
  const b = Math.floor(n / 2);
  return input(own(a), own(b), own(Math.max(1, n - a - b)));
}
