import type { Rng } from "../../src/random/rng.js";

type Script = [string[], number[][]];

// n calls in all (the constructor first; at least one call after it). Keys come from a range only a little larger
// than the capacity, so hits, updates of present keys and evictions are all frequent;
// capacity 1 and 2 show up often. Values include 0.
export function generate(n: number, rng: Rng): Script {
  const capacity = rng.pick([1, 2, 3, rng.int(1, Math.max(1, n))]);
  const keys = capacity + rng.pick([1, 2, capacity]);
  const putShare = rng.pick([0.3, 0.5, 0.7]);
  const operations = ["LRUCache"];
  const args: number[][] = [[capacity]];
  for (let i = 1; i < Math.max(2, n); i++) {
    if (rng.bool(putShare)) {
      operations.push("put");
      args.push([rng.int(0, keys), rng.bool(0.1) ? 0 : rng.int(0, 100)]);
    } else {
      operations.push("get");
      args.push([rng.int(0, keys)]);
    }
  }
  return [operations, args];
}

// n calls with capacity n/2: the worst case for evicting. The first half puts new keys until
// the cache is full; the second half is puts of new keys (90%: each one evicts the oldest
// key), with gets of any key seen so far (10%: mostly already evicted, some hits). Evicting on
// nearly every call is what exposes a cache that finds its oldest key by iterating a hash
// table from the front: the deleted slots it steps over pile up until the table is rebuilt.
export function probeInput(n: number, rng: Rng): Script {
  const capacity = Math.max(1, Math.floor(n / 2));
  const operations: string[] = new Array(n);
  const args: number[][] = new Array(n);
  operations[0] = "LRUCache";
  args[0] = [capacity];
  let nextKey = 0;
  for (let i = 1; i < n; i++) {
    const r = i <= capacity ? 0 : rng.float();
    if (r < 0.9) {
      operations[i] = "put";
      args[i] = [nextKey++, rng.int(0, 100000)];
    } else {
      operations[i] = "get";
      args[i] = [rng.int(0, Math.max(0, nextKey - 1))];
    }
  }
  return [operations, args];
}
