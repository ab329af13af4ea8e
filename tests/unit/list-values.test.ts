// Linked lists in and out: LeetCode's arrays built as nodes (with a cycle, an intersection or
// random pointers, as LeetCode builds them) and read back, in TypeScript and in real Python.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseKind, checkKind, type KindSpec } from "../../src/registry/kinds.js";
import type { CallSpec } from "../../src/runner/call.js";
import { buildArguments, callEntry } from "../../src/runner/call.js";
import { intersectingLists, listFromArray, listToArray, randomListFromPairs, randomListToPairs, type ListNode } from "../../src/runner/lists.js";
import { copyInput } from "../../src/runner/values.js";
import { TypeScriptAdapter } from "../../src/runner/typescript.js";
import type { CaseOutcome, LanguageAdapter } from "../../src/runner/types.js";
import { tempDir } from "../helpers/cli.js";
import { pythonAdapter } from "../helpers/run-solution.js";

const spec = (args: KindSpec[], returns: KindSpec): CallSpec => ({ argKinds: args.map(parseKind), returnKind: parseKind(returns), style: "function" });

describe("lists in TypeScript", () => {
  it("builds [1,2,3] as linked nodes and reads it back", () => {
    const head = listFromArray([1, 2, 3]);
    expect(head?.val).toBe(1);
    expect(head?.next?.next?.val).toBe(3);
    expect(head?.next?.next?.next).toBeNull();
    expect(listToArray(head)).toEqual([1, 2, 3]);
    expect(listFromArray([])).toBeNull();
    expect(listToArray(null)).toEqual([]);
  });

  it("links the tail back to pos, and refuses to read a cycle back", () => {
    const head = listFromArray([3, 2, 0, -4], 1)!;
    expect(head.next!.next!.next!.next).toBe(head.next);
    expect(() => listToArray(head)).toThrow("the list reaches the node with value 2 twice");
    const self = listFromArray([7], 0)!;
    expect(self.next).toBe(self);
    expect(() => listFromArray([1, 2], 2)).toThrow(RangeError);
  });

  it("builds LeetCode's intersection input as two lists sharing one tail", () => {
    const [a, b] = intersectingLists([4, 1, 8, 4, 5], [5, 6, 1, 8, 4, 5], 2, 3, 8);
    expect(a!.next!.next).toBe(b!.next!.next!.next);
    expect(listToArray(b)).toEqual([5, 6, 1, 8, 4, 5]);
    const [c, d] = intersectingLists([2, 6, 4], [1, 5], 3, 2, 0);
    expect(listToArray(c)).toEqual([2, 6, 4]);
    expect(listToArray(d)).toEqual([1, 5]);
    const [e, f] = intersectingLists([1, 2], [1, 2], 0, 0, 1);
    expect(e).toBe(f);
    expect(() => intersectingLists([1, 2, 3], [9, 2, 4], 1, 1, 2)).toThrow(/must be the same values/);
  });

  it("builds random pointers from [[val, randomIndex]] and reads a copy back", () => {
    const pairs: [number, number | null][] = [[7, null], [13, 0], [11, 4], [10, 2], [1, 0]];
    const head = randomListFromPairs(pairs)!;
    expect(head.next!.random).toBe(head);
    expect(randomListToPairs(head)).toEqual(pairs);
    const inputs = new Set<object>([head]);
    expect(() => randomListToPairs(head, inputs)).toThrow("node 0 (value 7) is a node of the input list");
    const copy = { val: 7, next: null, random: head };
    expect(() => randomListToPairs(copy, inputs)).toThrow("the random pointer of node 0 (value 7) points to a node of the input list");
  });

  it("validates list values in case files", () => {
    expect(checkKind(parseKind("list"), [1, 2, 3])).toBeNull();
    expect(checkKind(parseKind("list"), [1, null], "head")).toBe("head[1] should be an integer");
    expect(checkKind(parseKind("list[]"), [[1], []])).toBeNull();
    expect(checkKind(parseKind("random-list"), [[1, 5]], "head")).toMatch(/randomIndex null or an index/);
  });

  it("leaves LeetCode's hidden inputs (pos, skipA, skipB, intersectVal) out of the call", () => {
    const cyc = buildArguments(spec(["list", "cycle-pos"], "bool").argKinds, [[1, 2], 0]);
    expect(cyc).toHaveLength(1);
    expect((cyc[0] as ListNode).next!.next).toBe(cyc[0]);
    const meet = buildArguments(spec(["intersect-val", "list", "list", "skip", "skip"], "node").argKinds, [2, [1, 2], [3, 2], 1, 1]);
    expect(meet).toHaveLength(2);
    expect((meet[0] as ListNode).next).toBe((meet[1] as ListNode).next);
    const lists = buildArguments(spec(["list[]"], "list").argKinds, [[[1, 4], [], [2]]]);
    expect(listToArray((lists[0] as ListNode[])[0])).toEqual([1, 4]);
    expect((lists[0] as ListNode[])[1]).toBeNull();
  });

  it("answers a returned list as an array, and a returned node by its value", () => {
    const reverse = (head: ListNode | null) => {
      let prev: ListNode | null = null;
      while (head) [head.next, prev, head] = [prev, head, head.next];
      return prev;
    };
    expect(callEntry(reverse as never, spec(["list"], "list"), [[1, 2, 3]])).toEqual([3, 2, 1]);
    const keepsLink = (head: ListNode | null) => {
      head!.next!.next = head; // forgets to cut the old link: a cycle
      return head;
    };
    expect(() => callEntry(keepsLink as never, spec(["list"], "list"), [[1, 2, 3]])).toThrow(/twice/);
    const entry = (head: ListNode | null) => head!.next!.next;
    expect(callEntry(entry as never, spec(["list", "cycle-pos"], "node"), [[3, 2, 0, -4], 1])).toBe(0);
  });

  it("copies a long list (beyond structuredClone's depth) keeping its cycle", () => {
    const values = Array.from({ length: 50_000 }, (_, i) => i);
    const head = listFromArray(values, 10)!;
    const copy = copyInput([head])[0];
    expect(copy === head).toBe(false);
    let tail = copy;
    for (let i = 1; i < values.length; i++) tail = tail.next!;
    expect(tail.val).toBe(49_999);
    expect(tail.next!.val).toBe(10);
    expect(tail.next === head.next!.next).toBe(false);
  });
});

describe("lists through the runners", () => {
  const ts = new TypeScriptAdapter({ keepWarm: true });
  const py = pythonAdapter({ keepWarm: true });
  afterAll(() => Promise.all([ts.dispose(), py.dispose()]));

  async function run(adapter: LanguageAdapter, source: string, entry: string, call: CallSpec, cases: unknown[][]): Promise<CaseOutcome[]> {
    const dir = tempDir();
    try {
      const file = join(dir.path, `sol.${adapter.lang}`);
      writeFileSync(file, source);
      const outcome = await adapter.run({ solutionFile: file, entry, call, cases: cases.map((args, id) => ({ id, args })), limits: { caseMs: 5000, runMs: 30000 } });
      if (outcome.kind !== "ran") throw new Error(JSON.stringify(outcome));
      return outcome.cases;
    } finally {
      dir.remove();
    }
  }
  const values = (outcomes: CaseOutcome[]) => outcomes.map((o) => (o.status === "returned" ? o.value : o.status === "unsendable" || o.status === "crashed" ? o.message : o.status === "threw" ? o.error.message : o.status));

  const reverseTs = `export function reverse(head: any) { let prev = null; while (head) { const next = head.next; head.next = prev; prev = head; head = next; } return prev; }`;
  const reversePy = `def reverse(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev\n`;

  it("reverses a list in both languages", async () => {
    const call = spec(["list"], "list");
    expect(values(await run(ts, reverseTs, "reverse", call, [[[1, 2, 3]], [[]]]))).toEqual([[3, 2, 1], []]);
    expect(values(await run(py, reversePy, "reverse", call, [[[1, 2, 3]], [[]]]))).toEqual([[3, 2, 1], []]);
  });

  it("reports a returned cycle instead of hanging, in both languages", async () => {
    const call = spec(["list"], "list");
    const [tsOut] = await run(ts, `export function reverse(head: any) { head.next.next = head; return head; }`, "reverse", call, [[[1, 2, 3]]]);
    expect(values([tsOut])[0]).toMatch(/the list reaches the node with value 1 twice/);
    const [pyOut] = await run(py, `def reverse(head):\n    head.next.next = head\n    return head\n`, "reverse", call, [[[1, 2, 3]]]);
    expect(pyOut.status).toBe("unsendable");
    expect(values([pyOut])[0]).toMatch(/a list that reaches a node twice \(value 1/);
  });

  it("builds cycles and intersections LeetCode's way in Python, and answers nodes by value", async () => {
    const cycle = `def entry(head):\n    seen = set()\n    while head and id(head) not in seen:\n        seen.add(id(head))\n        head = head.next\n    return head\n`;
    expect(values(await run(py, cycle, "entry", spec(["list", "cycle-pos"], "node"), [[[3, 2, 0, -4], 1], [[1, 2], -1]]))).toEqual([2, null]);
    const meet = `def entry(a, b):\n    seen = set()\n    while a:\n        seen.add(id(a))\n        a = a.next\n    while b and id(b) not in seen:\n        b = b.next\n    return b\n`;
    const call = spec(["intersect-val", "list", "list", "skip", "skip"], "node");
    expect(values(await run(py, meet, "entry", call, [[8, [4, 1, 8, 4, 5], [5, 6, 1, 8, 4, 5], 2, 3], [0, [2, 6, 4], [1, 5], 3, 2]]))).toEqual([8, null]);
  });

  it("builds random pointers in Python and checks the copy is made of new nodes", async () => {
    const call = spec(["random-list"], "random-list");
    const pairs = [[7, null], [13, 0], [11, 4], [10, 2], [1, 0]];
    const copy = `def entry(head):\n    made = {None: None}\n    node = head\n    while node:\n        made[node] = Node(node.val)\n        node = node.next\n    node = head\n    while node:\n        made[node].next = made[node.next]\n        made[node].random = made[node.random]\n        node = node.next\n    return made[head]\n`;
    expect(values(await run(py, copy, "entry", call, [[pairs], [[]]]))).toEqual([pairs, []]);
    const same = await run(py, `def entry(head):\n    return head\n`, "entry", call, [[pairs]]);
    expect(values(same)[0]).toMatch(/node 0 \(value 7\) is a node of the input list/);
    const tsSame = await run(ts, `export function entry(head: any) { return head; }`, "entry", call, [[pairs]]);
    expect(values(tsSame)[0]).toMatch(/node 0 \(value 7\) is a node of the input list/);
  });

  it("passes k lists as a list of heads (list[]) in Python", async () => {
    const merge = `def entry(lists):\n    vals = []\n    for h in lists:\n        while h:\n            vals.append(h.val)\n            h = h.next\n    head = None\n    for v in sorted(vals, reverse=True):\n        head = ListNode(v, head)\n    return head\n`;
    expect(values(await run(py, merge, "entry", spec(["list[]"], "list"), [[[[1, 4, 5], [1, 3, 4], [2, 6]]], [[]]]))).toEqual([[1, 1, 2, 3, 4, 4, 5, 6], []]);
  });
});
