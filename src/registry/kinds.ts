// Argument and result kinds: how a problem declares the shape of its values.
// A kind is a string ("int", "float[]", "tree", "tensor", "tensor[]") or a record
// of named kinds ({ "wq": "tensor", "bq": "tensor" }). "node" is a node of the call's
// tree argument, named by its value (LeetCode's p and q); as a result, the node's value. Kinds validate case files,
// tell adapters what to build (trees, lists, numpy arrays) and catch invalid output.
// Linked lists: "list" is LeetCode's array ([1,2,3]) built as ListNode objects; "random-list"
// is [[val, randomIndex], ...] built as nodes with next and random. Three kinds shape the
// list arguments and are not passed to the solution (LeetCode's hidden inputs): "cycle-pos"
// (the first list's tail links to this index; -1 for none), "skip" (skipA, skipB: where the
// first two lists start sharing nodes) and "intersect-val" (0: they share nothing).

import { tensorShape, typeName } from "../shared/values.js";

export { tensorShape };

export type Kind =
  | { type: "int" | "float" | "string" | "bool" | "tree" | "node" | "tensor" | "any" | ListKindName }
  | { type: "array"; of: Kind }
  | { type: "record"; fields: Record<string, Kind> };

export type KindSpec = string | { [field: string]: KindSpec };

export type ListKindName = "list" | "random-list" | "cycle-pos" | "skip" | "intersect-val";

const SCALARS = new Set(["int", "float", "string", "bool", "tree", "node", "tensor", "any", "list", "random-list", "cycle-pos", "skip", "intersect-val"]);

/** Kinds that shape other arguments (a cycle, an intersection) and are not passed to the solution. */
export const HIDDEN_KINDS: ReadonlySet<string> = new Set(["cycle-pos", "skip", "intersect-val"]);

export function parseKind(spec: KindSpec): Kind {
  if (typeof spec === "string") {
    if (spec.endsWith("[]")) return { type: "array", of: parseKind(spec.slice(0, -2)) };
    if (!SCALARS.has(spec)) {
      throw new Error(`unknown kind "${spec}" (known: ${[...SCALARS].join(", ")}, any of them followed by [])`);
    }
    return { type: spec as "int" };
  }
  const fields: Record<string, Kind> = {};
  for (const [name, sub] of Object.entries(spec)) fields[name] = parseKind(sub);
  return { type: "record", fields };
}

export function describeKind(kind: Kind): string {
  switch (kind.type) {
    case "array":
      return `${describeKind(kind.of)}[]`;
    case "record":
      return `{ ${Object.entries(kind.fields).map(([k, v]) => `${k}: ${describeKind(v)}`).join(", ")} }`;
    default:
      return kind.type;
  }
}


/** Returns null when `value` fits `kind`, else a message naming the first place that does not. */
export function checkKind(kind: Kind, value: unknown, path = ""): string | null {
  const at = path || "value";
  switch (kind.type) {
    case "any":
      return null;
    case "int":
      return Number.isInteger(value) ? null : `${at} should be an integer but is ${describeValue(value)}`;
    case "float":
      return typeof value === "number" ? null : `${at} should be a number but is ${typeName(value)}`;
    case "string":
      return typeof value === "string" ? null : `${at} should be a string but is ${typeName(value)}`;
    case "bool":
      return typeof value === "boolean" ? null : `${at} should be a boolean but is ${typeName(value)}`;
    case "tensor": {
      const shape = tensorShape(value, path);
      return typeof shape === "string" ? shape : null;
    }
    case "node":
      return value === null || Number.isInteger(value) ? null : `${at} should be a node value (an integer) or null but is ${describeValue(value)}`;
    case "cycle-pos":
    case "skip":
    case "intersect-val":
      return Number.isInteger(value) ? null : `${at} should be an integer but is ${describeValue(value)}`;
    case "list": {
      if (!Array.isArray(value)) return `${at} should be a list as an array like [1,2,3] but is ${typeName(value)}`;
      const bad = value.findIndex((v) => !Number.isInteger(v));
      return bad < 0 ? null : `${path}[${bad}] should be an integer`;
    }
    case "random-list": {
      if (!Array.isArray(value)) return `${at} should be a list as [[val, randomIndex], ...] but is ${typeName(value)}`;
      const bad = value.findIndex((v) => !Array.isArray(v) || v.length !== 2 || !Number.isInteger(v[0]) || !(v[1] === null || (Number.isInteger(v[1]) && v[1] >= 0 && v[1] < value.length)));
      return bad < 0 ? null : `${path}[${bad}] should be [val, randomIndex] with randomIndex null or an index of the list`;
    }
    case "tree": {
      if (!Array.isArray(value)) return `${at} should be a level-order array like [3,9,20,null,null,15,7] but is ${typeName(value)}`;
      const bad = value.findIndex((v) => v !== null && !Number.isInteger(v));
      return bad < 0 ? null : `${path}[${bad}] should be an integer or null`;
    }
    case "array": {
      if (!Array.isArray(value)) return `${at} should be an array but is ${typeName(value)}`;
      for (let i = 0; i < value.length; i++) {
        const problem = checkKind(kind.of, value[i], `${path}[${i}]`);
        if (problem) return problem;
      }
      return null;
    }
    case "record": {
      if (typeof value !== "object" || value === null || Array.isArray(value)) {
        return `${at} should be an object with ${Object.keys(kind.fields).join(", ")} but is ${typeName(value)}`;
      }
      for (const [name, sub] of Object.entries(kind.fields)) {
        if (!(name in value)) return `${path ? path + "." : ""}${name} is missing`;
        const problem = checkKind(sub, (value as Record<string, unknown>)[name], `${path ? path + "." : ""}${name}`);
        if (problem) return problem;
      }
      return null;
    }
  }
}

function describeValue(value: unknown): string {
  return typeof value === "number" ? String(value) : typeName(value);
}
