// How a solution is called, shared by the worker (user code) and drill itself (references):
// plain functions, LeetCode "design" classes driven by a list of operations, and in-place
// functions whose answer is an argument after the call. Trees are built from level-order
// arrays, "node" arguments are found in the tree, and results are made plain again.
import type { CallSpec, LeetcodeConversion } from "../registry/call-spec.js";
import { HIDDEN_KINDS, type Kind } from "../registry/kinds.js";
import type { LeetcodeBounds } from "../registry/leetcode-bounds.js";
import { intersectingLists, listFromArray, listNodesOf, listToArray, randomListFromPairs, randomListToPairs, type ListNode, type RandomNode } from "./lists.js";
import { toPlainResult, treeFromLevelOrder, treeToLevelOrder, type TreeNode } from "./values.js";

export type { CallSpec, LeetcodeConversion, TorchCall } from "../registry/call-spec.js";

function toLeetcode(conversion: LeetcodeConversion, value: unknown): unknown {
  const convert = (v: unknown): unknown => (Array.isArray(v) ? v.map(convert) : typeof v === "number" ? String(v) : v);
  return conversion === "digit-strings" ? convert(value) : value;
}

/** The call spec for code written LeetCode's way: its arguments in LeetCode's form. */
export function leetcodeCall(spec: CallSpec): CallSpec {
  if (!spec.leetcodeArgs) return spec;
  return { ...spec, convert: spec.leetcodeArgs };
}

export type Entry = (...args: unknown[]) => unknown;

function findNode(root: TreeNode | null, val: unknown): TreeNode | null {
  if (val === null) return null;
  const queue = root ? [root] : [];
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    if (node.val === val) return node;
    if (node.left) queue.push(node.left);
    if (node.right) queue.push(node.right);
  }
  return null;
}

function containsTree(kind: Kind): boolean {
  if (kind.type === "tree" || kind.type === "list" || kind.type === "random-list") return true;
  if (kind.type === "array") return containsTree(kind.of);
  if (kind.type === "record") return Object.values(kind.fields).some(containsTree);
  return false;
}

function buildValue(kind: Kind, value: unknown): unknown {
  if (kind.type === "tree") return treeFromLevelOrder(value as (number | null)[]);
  if (kind.type === "list") return listFromArray(value as number[]);
  if (kind.type === "random-list") return randomListFromPairs(value as [number, number | null][]);
  if (kind.type === "array" && Array.isArray(value) && containsTree(kind.of)) return value.map((v) => buildValue(kind.of, v));
  return value;
}

/**
 * The list arguments as LeetCode builds them from its hidden inputs: the first list's tail
 * linked back to "cycle-pos", or the first two lists sharing a tail ("skip", "intersect-val").
 */
function linkLists(kinds: Kind[], raw: unknown[], args: unknown[]): void {
  const lists = kinds.flatMap((k, i) => (k.type === "list" ? [i] : []));
  const at = (type: string) => kinds.flatMap((k, i) => (k.type === type ? [i] : []));
  const [pos] = at("cycle-pos");
  if (pos !== undefined && lists.length > 0) args[lists[0]] = listFromArray(raw[lists[0]] as number[], raw[pos] as number);
  const skips = at("skip");
  const [meet] = at("intersect-val");
  if (meet !== undefined && skips.length === 2 && lists.length >= 2) {
    [args[lists[0]], args[lists[1]]] = intersectingLists(raw[lists[0]] as number[], raw[lists[1]] as number[], raw[skips[0]] as number, raw[skips[1]] as number, raw[meet] as number);
  }
}

/** The arguments the solution receives, built from the case's plain values (hidden inputs left out). */
export function buildArguments(kinds: Kind[], raw: unknown[]): unknown[] {
  const args = raw.map((value, i) => buildValue(kinds[i] ?? { type: "any" }, value));
  linkLists(kinds, raw, args);
  const treeIndex = kinds.findIndex((k) => k.type === "tree");
  return args
    .map((value, i) => (kinds[i]?.type === "node" ? findNode((args[treeIndex] ?? null) as TreeNode | null, value) : value))
    .filter((_, i) => !HIDDEN_KINDS.has(kinds[i]?.type ?? ""));
}

/** The plain answer drill checks, from what the solution returned (`inputNodes`: the list nodes it was given). */
export function toAnswer(kind: Kind, value: unknown, inputNodes: ReadonlySet<object> = new Set()): unknown {
  const isNode = value === null || value === undefined || (typeof value === "object" && "next" in value);
  if (kind.type === "list" && isNode) return listToArray((value ?? null) as ListNode | null);
  if (kind.type === "random-list" && isNode) return randomListToPairs((value ?? null) as RandomNode | null, inputNodes);
  if (kind.type === "node") return value === null || value === undefined ? value ?? null : (value as TreeNode).val;
  if (kind.type === "tree" && (value === null || (typeof value === "object" && value !== null && "val" in value))) {
    return treeToLevelOrder(value as TreeNode | null);
  }
  return toPlainResult(value);
}

function runDesign(entry: Entry, raw: unknown[]): unknown[] {
  const [operations, argLists] = raw as [string[], unknown[][]];
  const Class = entry as unknown as new (...args: unknown[]) => Record<string, unknown>;
  const instance = new Class(...(argLists[0] ?? []));
  const outputs: unknown[] = [null];
  for (let i = 1; i < operations.length; i++) {
    const method = instance[operations[i]];
    if (typeof method !== "function") throw new TypeError(`${Class.name} has no method ${operations[i]}()`);
    const out = (method as Entry).apply(instance, argLists[i] ?? []);
    outputs.push(out === undefined ? null : toPlainResult(out));
  }
  return outputs;
}

/** Calls the entry for one case; the answer, or a promise of it when the entry is async. */
/** The arguments one call receives: LeetCode's form where it applies, trees built, nodes found. */
export function prepareArguments(spec: CallSpec, raw: unknown[]): unknown[] {
  const converted = spec.convert ? raw.map((v, i) => (spec.convert![i] ? toLeetcode(spec.convert![i], v) : v)) : raw;
  return buildArguments(spec.argKinds, converted);
}

export function callEntry(entry: Entry, spec: CallSpec, raw: unknown[]): unknown {
  if (spec.style === "design") return runDesign(entry, raw);
  const args = prepareArguments(spec, raw);
  // Taken before the call: a copy must be made of new nodes, even if the input is rewired meanwhile.
  const inputNodes = spec.returnKind.type === "random-list" ? listNodesOf(args) : undefined;
  const finish = (returned: unknown) =>
    spec.inPlaceArg === undefined ? toAnswer(spec.returnKind, returned, inputNodes) : toAnswer(spec.returnKind, args[spec.inPlaceArg], inputNodes);
  const returned = entry(...args);
  if (returned && typeof (returned as Promise<unknown>).then === "function") return (returned as Promise<unknown>).then(finish);
  return finish(returned);
}
