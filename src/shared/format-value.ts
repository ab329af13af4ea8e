// Values shown to the user: compact, one line, cut sensibly (long lists keep their head
// and say how many items were left out; tensors say their shape first).
import { tensorShape } from "./values.js";

export interface FormatOptions {
  /** Items shown per list before "… +N more". */
  maxItems?: number;
  /** Characters before the text is cut. */
  maxChars?: number;
}

export function formatNumber(x: number): string {
  if (Number.isInteger(x) || !Number.isFinite(x)) return String(x);
  const s = Number(x.toPrecision(6)).toString();
  return s;
}

function render(value: unknown, maxItems: number, depth: number, exact = false): string {
  if (value === undefined) return "undefined";
  if (value === null) return "null";
  if (typeof value === "number") return exact ? String(value) : formatNumber(value);
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value !== "object") return String(value);
  if (depth > 6 && !exact) return "…";
  if (Array.isArray(value)) {
    const shown = value.slice(0, maxItems).map((v) => render(v, maxItems, depth + 1, exact));
    if (value.length > maxItems) shown.push(`… +${value.length - maxItems} more`);
    return `[${shown.join(",")}]`;
  }
  if (value instanceof Map) return `Map(${value.size})`;
  if (value instanceof Set) return `Set(${value.size})`;
  const entries = Object.entries(value as Record<string, unknown>);
  const shown = entries.slice(0, maxItems).map(([k, v]) => `${k}: ${render(v, maxItems, depth + 1, exact)}`);
  if (entries.length > maxItems) shown.push(`… +${entries.length - maxItems} more`);
  return `{ ${shown.join(", ")} }`;
}

/** A tensor's shape as "2×3×4", or null when the value is not a (non-scalar) tensor. */
export function shapeLabel(value: unknown): string | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const shape = tensorShape(value);
  if (typeof shape === "string" || shape.length < 2) return null;
  return shape.join("×");
}

export function formatValue(value: unknown, options: FormatOptions = {}): string {
  const maxItems = options.maxItems ?? 12;
  const maxChars = options.maxChars ?? 240;
  const shape = shapeLabel(value);
  let text = render(value, maxItems, 0);
  if (shape) text = `(${shape}) ${text}`;
  if (text.length > maxChars) text = `${text.slice(0, maxChars - 1)}…`;
  return text;
}

/** Arguments of a call, named: "nums = [1,3,-1], k = 3". */
export function formatArgs(names: readonly string[], args: readonly unknown[], options: FormatOptions = {}): string {
  return args.map((a, i) => `${names[i] ?? `arg${i}`} = ${formatValue(a, options)}`).join(", ");
}

/** Arguments in full, every digit kept: text drill parses back (drill run --input, drill debug --input). */
export function formatExactArgs(names: readonly string[], args: readonly unknown[]): string {
  return args.map((a, i) => `${names[i] ?? `arg${i}`} = ${render(a, Infinity, 0, true)}`).join(", ");
}
