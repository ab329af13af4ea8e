import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type Rng, createRng } from "../../src/random/rng.js";
import { importTsModule } from "../../src/runner/compile-ts.js";
import {
  type TreeShape,
  broomShape,
  broomTop,
  bstValues,
  chainShape,
  completeShape,
  inOrderIds,
  increasingValues,
  levelOrder,
  randomShape,
  shuffledRange,
  slotShape,
  spineShape,
  splitShape,
  uniformValues,
} from "../../src/random/trees.js";
import { type TreeNode, treeFromLevelOrder, treeToLevelOrder } from "../../src/runner/values.js";

/** Node ids reachable from the root, each checked to have exactly one parent. */
function reachable(shape: TreeShape): number {
  const n = shape.left.length;
  if (n === 0) return 0;
  const parents = new Int32Array(n);
  const queue = [0];
  for (let i = 0; i < queue.length; i++) {
    for (const child of [shape.left[queue[i]], shape.right[queue[i]]]) {
      if (child < 0) continue;
      parents[child]++;
      queue.push(child);
    }
  }
  expect(parents[0]).toBe(0);
  for (let i = 1; i < n; i++) expect(parents[i]).toBe(1);
  return queue.length;
}

function depth(shape: TreeShape): number {
  const n = shape.left.length;
  if (n === 0) return 0;
  const level = new Int32Array(n);
  level[0] = 1;
  let deepest = 1;
  const queue = [0];
  for (let i = 0; i < queue.length; i++) {
    for (const child of [shape.left[queue[i]], shape.right[queue[i]]]) {
      if (child < 0) continue;
      level[child] = level[queue[i]] + 1;
      deepest = Math.max(deepest, level[child]);
      queue.push(child);
    }
  }
  return deepest;
}

function inOrderValues(root: TreeNode | null, out: number[] = []): number[] {
  if (!root) return out;
  inOrderValues(root.left, out);
  out.push(root.val);
  inOrderValues(root.right, out);
  return out;
}

const builders: [string, (n: number, seed: number) => TreeShape][] = [
  ["complete", (n) => completeShape(n)],
  ["left chain", (n) => chainShape(n, () => false)],
  ["zig-zag chain", (n) => chainShape(n, (i) => i % 2 === 0)],
  ["split", (n, seed) => splitShape(n, createRng(seed))],
  ["slot", (n, seed) => slotShape(n, createRng(seed))],
  ["spine", (n, seed) => spineShape(n, createRng(seed))],
  ["broom", (n, seed) => broomShape(n, createRng(seed))],
  ["random", (n, seed) => randomShape(n, createRng(seed))],
];
const sizes = [0, 1, 2, 3, 4, 5, 7, 10, 31, 64, 257];

describe("tree shapes", () => {
  it.each(builders)("%s: every size gives a tree of exactly n nodes, each with one parent", (_name, build) => {
    for (const n of sizes) for (let seed = 1; seed <= 4; seed++) expect(reachable(build(n, seed))).toBe(n);
  });

  it("the same seed gives the same shape, another seed (usually) another", () => {
    const a = splitShape(200, createRng(3));
    expect(splitShape(200, createRng(3))).toEqual(a);
    expect(splitShape(200, createRng(4))).not.toEqual(a);
  });

  it("chains and the complete tree have the depths their names promise", () => {
    expect(depth(chainShape(50, () => true))).toBe(50);
    expect(depth(completeShape(1023))).toBe(10);
    expect(depth(completeShape(1024))).toBe(11);
  });

  it("the broom and the spine are Θ(n) deep, the broom also Θ(n) wide at the bottom", () => {
    for (const n of [30, 300, 3000]) {
      const broom = broomShape(n, createRng(n));
      expect(depth(broom)).toBeGreaterThanOrEqual(n / 3);
      expect(depth(broom)).toBeLessThanOrEqual(n / 3 + Math.log2(n) + 2);
      const spine = spineShape(n, createRng(n));
      expect(depth(spine)).toBeGreaterThanOrEqual(n / 2);
      // the complete part's last level: every id from broomTop(n) on sits below the path
      const top = broomTop(n);
      const leaves = Array.from({ length: n - top }, (_, i) => top + i).filter(
        (id) => broom.left[id] < 0 && broom.right[id] < 0,
      );
      expect(leaves.length).toBeGreaterThanOrEqual(n / 6 - 1);
    }
  });
});

describe("level-order serialisation", () => {
  it.each(builders)("%s: round-trips through treeFromLevelOrder / treeToLevelOrder", (_name, build) => {
    for (const n of sizes) {
      const shape = build(n, n + 1);
      const values = Array.from({ length: n }, (_, i) => i * 7 - 50);
      const encoded = levelOrder(shape, values);
      expect(treeToLevelOrder(treeFromLevelOrder(encoded))).toEqual(encoded);
      if (n > 0) expect(encoded[encoded.length - 1]).not.toBeNull();
    }
  });

  it("writes LeetCode's form: a null for each missing child of a present node", () => {
    const shape = chainShape(3, (i) => i === 0); // 0 → right 1 → left 2
    expect(levelOrder(shape, [1, 2, 3])).toEqual([1, null, 2, 3]);
    expect(levelOrder(completeShape(0), [])).toEqual([]);
  });
});

describe("BST construction", () => {
  it("sorted values placed in in-order make a valid BST for every shape", () => {
    for (const [, build] of builders) {
      for (const n of sizes.filter((size) => size > 0)) {
        const rng = createRng(n * 13 + 1);
        const shape = build(n, n + 2);
        const sorted = increasingValues(n, rng);
        for (let i = 1; i < n; i++) expect(sorted[i]).toBeGreaterThan(sorted[i - 1]);
        const tree = treeFromLevelOrder(levelOrder(shape, bstValues(shape, sorted)));
        expect(inOrderValues(tree)).toEqual(sorted);
      }
    }
  });

  it("increasing values stay within 32 bits", () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const v of increasingValues(30, createRng(seed))) {
        expect(v).toBeGreaterThanOrEqual(-2147483648);
        expect(v).toBeLessThanOrEqual(2147483647);
      }
    }
  });

  it("inOrderIds visits every node once, left subtree before node before right subtree", () => {
    const shape = completeShape(7);
    expect(Array.from(inOrderIds(shape))).toEqual([3, 1, 4, 0, 5, 2, 6]);
  });
});

describe("shuffledRange", () => {
  it("is a permutation of 0..n-1", () => {
    const values = Array.from(shuffledRange(500, createRng(9)));
    expect([...values].sort((a, b) => a - b)).toEqual(Array.from({ length: 500 }, (_, i) => i));
    expect(values).not.toEqual(Array.from({ length: 500 }, (_, i) => i));
  });
});

describe("generators that import the shared module", () => {
  it("load through drill's module compiler and draw the same trees as the shared functions", async () => {
    const mod = await importTsModule<{ probeInput(n: number, rng: Rng): unknown[] }>(
      join(process.cwd(), "problems", "max-depth", "generator.ts"),
    );
    const rng = createRng(5);
    const values = uniformValues(50, -100, 100, rng); // max-depth draws the values, then the spine
    expect(mod.probeInput(50, createRng(5))).toEqual([levelOrder(spineShape(50, rng), values)]);
  });

  it("recompile when a file they import changes", async () => {
    const dir = mkdtempSync(join(tmpdir(), "drill-bundle-"));
    try {
      writeFileSync(join(dir, "gen.ts"), 'import { value } from "./lib/part.js";\nexport const answer = (): number => value;\n');
      mkdirSync(join(dir, "lib"));
      writeFileSync(join(dir, "lib", "part.ts"), "export const value: number = 1;\n");
      const first = await importTsModule<{ answer(): number }>(join(dir, "gen.ts"));
      expect(first.answer()).toBe(1);
      writeFileSync(join(dir, "lib", "part.ts"), "export const value: number = 2;\n");
      const second = await importTsModule<{ answer(): number }>(join(dir, "gen.ts"));
      expect(second.answer()).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("tree generators at the sizes probes and --input reach", () => {
  it("lowest-common-ancestor makes 5,000 distinct values (its spread-out values once ran out past 2,003)", async () => {
    const { generate } = await import("../../problems/lowest-common-ancestor/generator.js");
    for (let seed = 0; seed < 10; seed++) {
      const values = generate(5000, createRng(seed))[0].filter((v) => v !== null);
      expect(new Set(values).size).toBe(values.length);
      expect(values.length).toBe(5000);
    }
  });
});
