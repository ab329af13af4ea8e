// Float comparison with a tolerance declared by the problem: |actual - expected| <= abs + rel·|expected|.
// Reports the first element out of tolerance, the worst absolute and relative errors, and shapes.
import { tensorShape } from "../shared/values.js";
import { differenceMessage, isPlainObject } from "./exact.js";
import { formatPath, type CheckResult, type Checker, type Difference } from "./types.js";

interface Walk {
  first?: Difference;
  firstPath?: (string | number)[];
  maxAbs: number;
  maxRel: number;
  structural?: Difference;
  structuralPath?: (string | number)[];
}

function walk(expected: unknown, actual: unknown, path: (string | number)[], tol: { abs: number; rel: number }, w: Walk): void {
  if (w.structural) return;
  const mismatch = (at: (string | number)[], e: unknown, a: unknown) => {
    w.structural = { path: formatPath(at), expected: e, actual: a };
    w.structuralPath = at;
  };
  if (typeof expected === "number") {
    if (typeof actual !== "number") {
      mismatch(path, expected, actual);
      return;
    }
    const abs = Math.abs(actual - expected);
    const bad = Number.isNaN(actual) || !(abs <= tol.abs + tol.rel * Math.abs(expected));
    if (!Number.isNaN(abs)) {
      w.maxAbs = Math.max(w.maxAbs, abs);
      if (expected !== 0) w.maxRel = Math.max(w.maxRel, abs / Math.abs(expected));
    } else {
      w.maxAbs = NaN;
    }
    if (bad && !w.first) {
      w.first = { path: formatPath(path), expected, actual };
      w.firstPath = path;
    }
    return;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      mismatch(path, expected, actual);
      return;
    }
    for (let i = 0; i < expected.length; i++) walk(expected[i], actual[i], [...path, i], tol, w);
    return;
  }
  if (isPlainObject(expected)) {
    if (!isPlainObject(actual)) {
      mismatch(path, expected, actual);
      return;
    }
    for (const key of Object.keys(expected)) {
      if (!(key in actual)) {
        mismatch([...path, key], expected[key], undefined);
        return;
      }
      walk(expected[key], actual[key], [...path, key], tol, w);
    }
    return;
  }
  if (!Object.is(expected, actual)) mismatch(path, expected, actual);
}

function valueAt(value: unknown, path: (string | number)[]): unknown {
  let v = value as Record<string | number, unknown> | undefined;
  for (const p of path) v = v?.[p] as Record<string | number, unknown> | undefined;
  return v;
}

/** The shapes of the outermost tensor on `path` (e.g. grads.W[0] for grads.W[0][1][2]). */
function shapesAlong(expected: unknown, actual: unknown, path: (string | number)[]) {
  for (let len = 0; len <= path.length; len++) {
    const prefix = path.slice(0, len);
    const e = valueAt(expected, prefix);
    if (!Array.isArray(e)) continue;
    const es = tensorShape(e);
    if (typeof es === "string") continue;
    const as = tensorShape(valueAt(actual, prefix));
    return { expectedShape: es, actualShape: typeof as === "string" ? undefined : as };
  }
  return {};
}

const fmtShape = (s?: number[]) => (s ? `(${s.join(", ")})` : "not a tensor");

export function floatChecker(tolerance: { abs: number; rel: number }): Checker {
  return {
    check({ expected, actual }): CheckResult {
      const w: Walk = { maxAbs: 0, maxRel: 0 };
      walk(expected, actual, [], tolerance, w);
      if (w.structural) {
        const d = w.structural;
        const shapes = shapesAlong(expected, actual, w.structuralPath!);
        const shapeNote =
          shapes.expectedShape && shapes.expectedShape.join() !== shapes.actualShape?.join()
            ? `shape ${fmtShape(shapes.actualShape)} where ${fmtShape(shapes.expectedShape)} was expected; `
            : "";
        return { ok: false, message: shapeNote + differenceMessage(d, { expected, actual }), difference: { ...d, ...shapes } };
      }
      if (!w.first) return { ok: true };
      const shapes = shapesAlong(expected, actual, w.firstPath!);
      const difference: Difference = { ...w.first, ...shapes, maxAbsError: w.maxAbs, maxRelError: w.maxRel, tolerance };
      const nan = Number.isNaN(w.first.actual) ? " (NaN: an overflow or a division by zero?)" : "";
      return {
        ok: false,
        message: `out of tolerance at ${w.first.path || "the value"}: expected ${w.first.expected}, received ${w.first.actual}${nan}; max abs error ${fmtError(w.maxAbs)}, max rel error ${fmtError(w.maxRel)}`,
        difference,
      };
    },
  };
}

export function fmtError(x: number): string {
  return Number.isNaN(x) ? "NaN" : x.toExponential(2);
}
