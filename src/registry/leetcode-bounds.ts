// LeetCode's constraints on a problem's input, as drill applies them to code written for
// LeetCode: a check that says which bound an input breaks (fixed cases outside them are left
// out), a fit that brings a generated input's values inside them (the probe's inputs keep
// LeetCode's shape while n grows), and a test for sizes past LeetCode's (a recursion limit hit
// there is not the solution's failure).
import type { Kind } from "./kinds.js";

/** One bound, by argument index: `each` bounds every element's length (`"grid[i]"`: a row's). */
export interface LengthBound {
  arg: number;
  name: string;
  each: boolean;
  min: number;
  max: number;
}

export interface ValueBound {
  arg: number;
  name: string;
  min: number;
  max: number;
}

/** LeetCode's constraints compiled against the argument list (they travel with the call spec). */
export interface LeetcodeBounds {
  lengths: LengthBound[];
  values: ValueBound[];
  /** Arguments whose values must all differ (search-rotated-array's nums). */
  distinct: { arg: number; name: string }[];
  /** The characters allowed in an argument's strings: a character class such as "a-z". */
  chars: { arg: number; name: string; set: string; allowed: string[] }[];
}

export interface LeetcodeConstraintsSpec {
  text: string[];
  lengths?: Record<string, [number, number]>;
  values?: Record<string, [number, number]>;
  distinct?: string[];
  chars?: Record<string, string>;
}

/** Compiles problem.json's constraints; throws a message naming the key that names no argument. */
export function compileBounds(spec: LeetcodeConstraintsSpec, args: { name: string; kind: Kind }[]): LeetcodeBounds {
  const index = (key: string, field: string): number => {
    const i = args.findIndex((a) => a.name === key);
    if (i < 0) throw new Error(`leetcode.constraints.${field}: "${key}" is not an argument (arguments: ${args.map((a) => a.name).join(", ")})`);
    return i;
  };
  const lengths = Object.entries(spec.lengths ?? {}).map(([key, [min, max]]) => {
    const each = key.endsWith("[i]");
    const name = each ? key.slice(0, -3) : key;
    return { arg: index(name, "lengths"), name: key, each, min, max };
  });
  const values = Object.entries(spec.values ?? {}).map(([key, [min, max]]) => ({ arg: index(key, "values"), name: key, min, max }));
  const distinct = (spec.distinct ?? []).map((key) => ({ arg: index(key, "distinct"), name: key }));
  const chars = Object.entries(spec.chars ?? {}).map(([key, set]) => ({ arg: index(key, "chars"), name: key, set, allowed: expandClass(set) }));
  return { lengths, values, distinct, chars };
}

/** "a-z" → ["a", …, "z"]; " -~" → printable ASCII. */
function expandClass(set: string): string[] {
  const out: string[] = [];
  const chars = [...set];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i + 1] === "-" && i + 2 < chars.length) {
      for (let c = chars[i].codePointAt(0)!; c <= chars[i + 2].codePointAt(0)!; c++) out.push(String.fromCodePoint(c));
      i += 2;
    } else out.push(chars[i]);
  }
  return out;
}

/** Calls visit on every string inside a value. */
function eachString(value: unknown, visit: (s: string) => boolean): boolean {
  if (typeof value === "string") return visit(value);
  if (Array.isArray(value)) {
    for (const v of value) if (!eachString(v, visit)) return false;
  }
  return true;
}

/** The length LeetCode's statement means: a tree's node count, else an array's or a string's length. */
function sizeOf(value: unknown, kind: Kind | undefined): number | null {
  if (kind?.type === "tree" && Array.isArray(value)) {
    let nodes = 0;
    for (const v of value) if (v !== null) nodes++;
    return nodes;
  }
  if (Array.isArray(value) || typeof value === "string") return value.length;
  return null;
}

/** Calls visit on every number inside a value (nested arrays, records). */
function eachNumber(value: unknown, visit: (v: number) => boolean): boolean {
  if (typeof value === "number") return visit(value);
  if (Array.isArray(value)) {
    for (const v of value) if (!eachNumber(v, visit)) return false;
    return true;
  }
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) if (!eachNumber(v, visit)) return false;
  }
  return true;
}

/** 10000 → "10^4", 2147483647 → "2^31 - 1": numbers as LeetCode's statements write them. */
export function formatBound(v: number): string {
  const sign = v < 0 ? "-" : "";
  const a = Math.abs(v);
  if (a === 2 ** 31) return `${sign}2^31`;
  if (a === 2 ** 31 - 1) return `${sign}(2^31 - 1)`.replace(/^\((.*)\)$/, "$1");
  if (a >= 10000 && Number.isInteger(a)) {
    const power = Math.floor(Math.log10(a));
    const lead = a / 10 ** power;
    if (lead === 1) return `${sign}10^${power}`;
    if (Number.isInteger(lead)) return `${sign}${lead}·10^${power}`;
  }
  return `${v}`;
}

const range = (min: number, max: number) => `${formatBound(min)} to ${formatBound(max)}`;

/** The first of LeetCode's bounds this input breaks, in words; null when it is inside them all. */
export function boundsViolation(bounds: LeetcodeBounds, kinds: Kind[], args: unknown[]): string | null {
  for (const b of bounds.lengths) {
    const value = args[b.arg];
    const items = b.each ? (Array.isArray(value) ? value : []) : [value];
    for (const item of items) {
      const size = sizeOf(item, b.each ? undefined : kinds[b.arg]);
      if (size === null) continue;
      if (size < b.min || size > b.max) {
        const what = b.each
          ? `an element of ${b.name.slice(0, -3)} has length ${size}`
          : kinds[b.arg]?.type === "tree"
            ? `${b.name} has ${size} node${size === 1 ? "" : "s"}`
            : `${b.name} has length ${size}`;
        return `${what}; LeetCode's is ${range(b.min, b.max)}`;
      }
    }
  }
  for (const b of bounds.values) {
    let bad: number | undefined;
    eachNumber(args[b.arg], (v) => {
      if (v >= b.min && v <= b.max) return true;
      bad = v;
      return false;
    });
    if (bad !== undefined) return `${b.name} holds ${formatBound(bad)}; LeetCode's values are ${range(b.min, b.max)}`;
  }
  for (const d of bounds.distinct) {
    const seen = new Set<unknown>();
    let repeated: unknown;
    eachNumber(args[d.arg], (v) => {
      if (seen.has(v)) {
        repeated = v;
        return false;
      }
      seen.add(v);
      return true;
    });
    if (repeated !== undefined) return `${d.name} holds ${String(repeated)} twice; LeetCode's values are all different`;
  }
  for (const c of bounds.chars) {
    const allowed = new Set(c.allowed);
    let bad: string | undefined;
    eachString(args[c.arg], (str) => {
      for (const ch of str) {
        if (!allowed.has(ch)) {
          bad = ch;
          return false;
        }
      }
      return true;
    });
    if (bad !== undefined) return `${c.name} holds ${JSON.stringify(bad)}; LeetCode's characters are [${c.set}]`;
  }
  return null;
}

/** The first size past LeetCode's largest (the probe grows n beyond it), in words; else null. */
export function beyondLeetcodeSizes(bounds: LeetcodeBounds, kinds: Kind[], args: unknown[]): string | null {
  for (const b of bounds.lengths) {
    const value = args[b.arg];
    const items = b.each ? (Array.isArray(value) ? value : []) : [value];
    for (const item of items) {
      const size = sizeOf(item, b.each ? undefined : kinds[b.arg]);
      if (size !== null && size > b.max) return `${b.name} ≤ ${formatBound(b.max)} on LeetCode, ${size.toLocaleString("en")} here`;
    }
  }
  // A plain number that grows with n (an amount, a target, a course count).
  for (const b of bounds.values) {
    const value = args[b.arg];
    if (typeof value === "number" && value > b.max) return `${b.name} ≤ ${formatBound(b.max)} on LeetCode, ${value.toLocaleString("en")} here`;
  }
  return null;
}

function mapNumbers(value: unknown, f: (v: number) => number): unknown {
  if (typeof value === "number") return f(value);
  if (Array.isArray(value)) return value.map((v) => mapNumbers(v, f));
  if (value !== null && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapNumbers(v, f)]));
  return value;
}

/**
 * The input with every value brought inside LeetCode's ranges, and every character inside its
 * character set, keeping its shape: an argument's
 * numbers are mapped by one increasing affine map from their own range onto LeetCode's (sorted
 * stays sorted, uniform stays uniform, integers stay integers). An argument already inside is
 * left alone; a "node" argument (LeetCode's p and q) follows its tree. Lengths are not changed,
 * nor, unless `scalars`, a plain number argument: in a probe it is usually n itself (an amount,
 * a target) and must keep growing.
 */
export function fitLeetcodeValues(bounds: LeetcodeBounds, kinds: Kind[], args: unknown[], options: { scalars?: boolean } = {}): unknown[] {
  return fitChars(bounds, fitNumbers(bounds, kinds, args, options));
}

/** Characters outside LeetCode's set replaced by allowed ones (the same character always by the same one). */
function fitChars(bounds: LeetcodeBounds, args: unknown[]): unknown[] {
  if (bounds.chars.length === 0) return args;
  const out = [...args];
  for (const c of bounds.chars) {
    const allowed = new Set(c.allowed);
    const fix = (str: string) => {
      let clean = true;
      for (const ch of str) if (!allowed.has(ch)) clean = false;
      if (clean) return str;
      let fixed = "";
      for (const ch of str) fixed += allowed.has(ch) ? ch : c.allowed[ch.codePointAt(0)! % c.allowed.length];
      return fixed;
    };
    const walk = (v: unknown): unknown => (typeof v === "string" ? fix(v) : Array.isArray(v) ? v.map(walk) : v);
    out[c.arg] = walk(out[c.arg]);
  }
  return out;
}

function fitNumbers(bounds: LeetcodeBounds, kinds: Kind[], args: unknown[], options: { scalars?: boolean }): unknown[] {
  if (bounds.values.length === 0) return args;
  const maps = new Map<number, (v: number) => number>();
  for (const b of bounds.values) {
    if (!options.scalars && typeof args[b.arg] === "number" && kinds[b.arg]?.type !== "node") continue;
    let lo = Infinity;
    let hi = -Infinity;
    let integers = true;
    eachNumber(args[b.arg], (v) => {
      if (v < lo) lo = v;
      if (v > hi) hi = v;
      if (!Number.isInteger(v)) integers = false;
      return true;
    });
    if (lo >= b.min && hi <= b.max) continue;
    const scale = hi > lo ? (b.max - b.min) / (hi - lo) : 0;
    const f = (v: number) => {
      const mapped = hi > lo ? b.min + (v - lo) * scale : Math.min(b.max, Math.max(b.min, v));
      return integers ? Math.min(b.max, Math.max(b.min, Math.round(mapped))) : mapped;
    };
    maps.set(b.arg, f);
  }
  if (maps.size === 0) return args;
  const treeArg = kinds.findIndex((k) => k.type === "tree");
  return args.map((value, i) => {
    const f = maps.get(i) ?? (kinds[i]?.type === "node" ? maps.get(treeArg) : undefined);
    return f ? mapNumbers(value, f) : value;
  });
}

/** What the probe calls for code written LeetCode's way: its generator, with values inside LeetCode's ranges. */
export function leetcodeProbeGenerator<R>(bounds: LeetcodeBounds | undefined, kinds: Kind[], make: (n: number, rng: R) => unknown[]): (n: number, rng: R) => unknown[] {
  return bounds ? (n, rng) => fitLeetcodeValues(bounds, kinds, make(n, rng)) : make;
}

/**
 * When a probe of LeetCode-style code failed at n: why that n is outside LeetCode's constraints
 * (`args` are its inputs there), as the report says it; null when n is within them.
 */
export function outsideLeetcodeAt(bounds: LeetcodeBounds | undefined, kinds: Kind[], args: unknown[]): string | null {
  const beyond = bounds ? beyondLeetcodeSizes(bounds, kinds, args) : null;
  return beyond ? `outside LeetCode's constraints (${beyond})` : null;
}
