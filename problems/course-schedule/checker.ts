// Any valid order is right: every course exactly once, each prerequisite before the
// course that needs it; [] is right exactly when the prerequisites contain a cycle.
import type { CheckInput } from "../../src/checker/types.js";

/** One cycle of the graph as "a needs b" steps, or null when the courses can be ordered. */
function findCycle(n: number, pairs: number[][]): number[] | null {
  const needs: number[][] = Array.from({ length: n }, () => []); // needs[a]: prerequisites of a
  const unlocks: number[][] = Array.from({ length: n }, () => []);
  const missing = new Array<number>(n).fill(0);
  for (const [a, b] of pairs) {
    needs[a].push(b);
    unlocks[b].push(a);
    missing[a]++;
  }
  const queue: number[] = [];
  for (let c = 0; c < n; c++) if (missing[c] === 0) queue.push(c);
  for (let head = 0; head < queue.length; head++) {
    for (const next of unlocks[queue[head]]) if (--missing[next] === 0) queue.push(next);
  }
  if (queue.length === n) return null;
  // Every course left over still needs a course that is left over: follow those links until one repeats.
  const left = new Set<number>();
  for (let c = 0; c < n; c++) if (missing[c] > 0) left.add(c);
  let at = left.values().next().value as number;
  const seenAt = new Map<number, number>();
  const walk: number[] = [];
  while (!seenAt.has(at)) {
    seenAt.set(at, walk.length);
    walk.push(at);
    at = needs[at].find((b) => left.has(b))!;
  }
  return walk.slice(seenAt.get(at));
}

function describeCycle(cycle: number[]): string {
  if (cycle.length === 1) return `course ${cycle[0]} requires itself`;
  const steps = cycle.map((c, i) => `${c} needs ${cycle[(i + 1) % cycle.length]}`);
  return steps.join(", ");
}

const show = (list: readonly number[]) => (list.length > 12 ? `[${list.slice(0, 12).join(", ")}, …]` : `[${list.join(", ")}]`);

export function check({ args, expected, actual }: CheckInput): string | null {
  const n = args[0] as number;
  const pairs = args[1] as number[][];
  const order = actual as number[];
  const cycle = findCycle(n, pairs);
  if (cycle) {
    if (order.length === 0) return null;
    return `no order exists (${describeCycle(cycle)}), so the answer is [], but got a list of ${order.length} course(s): ${show(order)}`;
  }
  if (order.length === 0) {
    const example = Array.isArray(expected) && expected.length ? `, for example ${show(expected as number[])}` : "";
    return `returned [], but the courses can be ordered${example}`;
  }
  const position = new Map<number, number>();
  for (let i = 0; i < order.length; i++) {
    const c = order[i];
    if (!Number.isInteger(c) || c < 0 || c >= n) return `${c} at index ${i} is not a course number (0..${n - 1})`;
    if (position.has(c)) return `course ${c} appears twice (indices ${position.get(c)} and ${i})`;
    position.set(c, i);
  }
  if (order.length < n) {
    const absent: number[] = [];
    for (let c = 0; c < n && absent.length < 5; c++) if (!position.has(c)) absent.push(c);
    return `${n - order.length} course(s) missing from the order, e.g. ${absent.join(", ")}: every course must appear once`;
  }
  for (const [a, b] of pairs) {
    if (position.get(b)! > position.get(a)!) {
      return `course ${a} (index ${position.get(a)}) comes before its prerequisite ${b} (index ${position.get(b)}): the pair [${a}, ${b}] means ${b} first`;
    }
  }
  return null;
}
