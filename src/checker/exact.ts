// Exact equality, with the first place two values differ.
import { formatPath, type CheckResult, type Checker, type Difference } from "./types.js";

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : JSON.stringify(value) ?? String(value);
}

/** Returns the first difference, or null when equal. */
export function firstDifference(expected: unknown, actual: unknown, path: (string | number)[] = []): Difference | null {
  if (Object.is(expected, actual)) return null;
  if (Array.isArray(expected) && Array.isArray(actual)) {
    const n = Math.min(expected.length, actual.length);
    for (let i = 0; i < n; i++) {
      const d = firstDifference(expected[i], actual[i], [...path, i]);
      if (d) return d;
    }
    if (expected.length !== actual.length) {
      const i = n;
      return { path: formatPath([...path, i]), expected: expected[i], actual: actual[i] };
    }
    return null;
  }
  if (isPlainObject(expected) && isPlainObject(actual)) {
    for (const key of Object.keys(expected)) {
      const d = firstDifference(expected[key], actual[key], [...path, key]);
      if (d) return d;
    }
    const extra = Object.keys(actual).find((k) => !(k in expected));
    if (extra !== undefined) return { path: formatPath([...path, extra]), expected: undefined, actual: actual[extra] };
    return null;
  }
  if (typeof expected === "number" && typeof actual === "number" && expected === actual) return null;
  return { path: formatPath(path), expected, actual };
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function differenceMessage(d: Difference, root: { expected: unknown; actual: unknown }): string {
  const values = `expected ${describe(d.expected)}, received ${describe(d.actual)}`;
  if (!d.path) return values;
  const lengths =
    Array.isArray(root.expected) && Array.isArray(root.actual) && root.expected.length !== root.actual.length
      ? `expected ${root.expected.length} items, received ${root.actual.length}; `
      : "";
  return `${lengths}first difference at ${d.path}: ${values}`;
}

export const exactChecker: Checker = {
  check({ expected, actual }): CheckResult {
    const d = firstDifference(expected, actual);
    if (!d) return { ok: true };
    return { ok: false, message: differenceMessage(d, { expected, actual }), difference: d };
  },
};
