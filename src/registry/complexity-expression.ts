// Reading a complexity expression ("n + m", "V·E", "n log k", "amount * coins", "n!", "2^n") as
// growth in one size n. A problem names its other sizes and how they relate to n
// (`complexity.variables`: { "k": "n/4", "coins": "1" }); a single letter it does not name counts
// as n. Sums read as their largest term, products multiply, a log takes its argument along.
import type { ComplexityClass } from "./complexity.js";

/** Growth as n^degree · log^logs n, or exponential, or factorial (which outgrows both). */
interface Growth {
  degree: number;
  logs: number;
  exp: boolean;
  fact: boolean;
  /** The number, when the expression is a plain number (2 in 2^n). */
  value?: number;
}

export interface ComplexityReading {
  /** The growth read, in n: "O(n)", "O(n^2 log n)", "O(n!)". */
  growth: string;
  /** The class it is graded as; null when drill grades no such class (O(n^1.5)). */
  cls: ComplexityClass | null;
  /** How each other size was read: ["k = n/4", "m = n"]. */
  names: string[];
}

export type ExpressionResult = { ok: true; reading: ComplexityReading } | { ok: false; error: string };

const ONE: Growth = { degree: 0, logs: 0, exp: false, fact: false, value: 1 };
const N: Growth = { degree: 1, logs: 0, exp: false, fact: false };
const FUNCTIONS = ["log", "lg", "ln", "sqrt", "min", "max", "len", "exp", "squared", "cubed"];

const grows = (g: Growth) => g.fact || g.exp || g.degree > 0 || g.logs > 0;
const rank = (g: Growth) => [g.fact ? 1 : 0, g.exp ? 1 : 0, g.degree, g.logs];
function compare(a: Growth, b: Growth): number {
  const [x, y] = [rank(a), rank(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
}
const largest = (a: Growth, b: Growth) => (compare(a, b) >= 0 ? a : b);
const smallest = (a: Growth, b: Growth) => (compare(a, b) <= 0 ? a : b);

function times(a: Growth, b: Growth, sign = 1): Growth {
  const value = a.value !== undefined && b.value !== undefined ? (sign > 0 ? a.value * b.value : a.value / b.value) : undefined;
  if (sign < 0 && (b.fact || b.exp)) return { ...a, value };
  return { degree: a.degree + sign * b.degree, logs: a.logs + sign * b.logs, exp: a.exp || (sign > 0 && b.exp), fact: a.fact || (sign > 0 && b.fact), value };
}

function power(base: Growth, exponent: Growth): Growth {
  if (grows(exponent)) {
    if (!grows(base) && base.value !== undefined && base.value <= 1) return ONE;
    return { degree: 0, logs: 0, exp: true, fact: false };
  }
  if (exponent.value === undefined) throw new Error("an exponent drill cannot read");
  const c = exponent.value;
  const value = base.value !== undefined ? base.value ** c : undefined;
  return { degree: base.degree * c, logs: base.logs * c, exp: base.exp, fact: base.fact, value };
}

function logOf(g: Growth): Growth {
  if (g.fact) return { degree: 1, logs: 1, exp: false, fact: false }; // log n! ~ n log n
  if (g.exp) return N; // log 2^n = n
  if (g.degree > 0) return { degree: 0, logs: 1, exp: false, fact: false };
  if (g.logs > 0) return { degree: 0, logs: 0.5, exp: false, fact: false }; // log log n: grows, below log n
  return { ...ONE, value: g.value !== undefined && g.value > 0 ? Math.log2(g.value) : undefined };
}

type Token = { kind: "num"; value: number } | { kind: "name"; name: string; shown: string } | { kind: "op"; op: string };

const squash = (name: string) => name.toLowerCase().replace(/_/g, "");

/** Splits a run of letters into known words and single-letter sizes ("nlogk" → n, log, k). */
function splitWord(typed: string, known: Set<string>): Token[] {
  const shown = typed.replace(/_/g, "");
  const word = shown.toLowerCase();
  const parts: Token[] = [];
  let i = 0;
  let singles = 0;
  while (i < word.length) {
    let match = "";
    for (const k of known) if (k.length > match.length && word.startsWith(k, i)) match = k;
    if (!match) {
      match = word[i];
      if (++singles >= 3) throw new Error(`unknown name "${typed}"`);
    } else singles = 0;
    parts.push({ kind: "name", name: match, shown: shown.slice(i, i + match.length) });
    i += match.length;
  }
  return parts;
}

function tokenize(text: string, known: Set<string>): Token[] {
  const tokens: Token[] = [];
  const source = text
    .replace(/[²³ⁿ]/g, (c) => ({ "²": "^2", "³": "^3", "ⁿ": "^n" })[c]!)
    .replace(/\*\*/g, "^")
    .replace(/[·×⋅∙]/g, "*")
    .replace(/−/g, "-")
    .replace(/√/g, "sqrt ")
    .replace(/\.(length|size)\b(\(\))?/gi, "")
    .replace(/(log|lg|ln)(?:_\{?\d+\}?|[₀-₉]+|\d+(?=[a-z(]))/gi, "$1 ");
  const pattern = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]+)|([-+*/^!(),|]))/y;
  let at = 0;
  while (at < source.length) {
    if (/^\s*$/.test(source.slice(at))) break;
    pattern.lastIndex = at;
    const m = pattern.exec(source);
    if (!m) throw new Error(`cannot read "${source.slice(at).trim()}"`);
    at = pattern.lastIndex;
    if (m[1]) tokens.push({ kind: "num", value: Number(m[1]) });
    else if (m[2]) tokens.push(...splitWord(m[2], known));
    else tokens.push({ kind: "op", op: m[3] });
  }
  return tokens;
}

class Parser {
  private at = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly size: (name: string, shown: string) => Growth,
  ) {}

  parse(): Growth {
    if (this.tokens.length === 0) throw new Error("nothing to read");
    const g = this.sum();
    if (this.at < this.tokens.length) throw new Error(`cannot read past "${show(this.tokens[this.at])}"`);
    return g;
  }

  private peek(): Token | undefined {
    return this.tokens[this.at];
  }
  private isOp(op: string): boolean {
    const t = this.peek();
    return t?.kind === "op" && t.op === op;
  }
  private expect(op: string): void {
    if (!this.isOp(op)) throw new Error(`expected "${op}"`);
    this.at++;
  }

  /** a + b is the larger of the two; a - b is at most a. */
  private sum(): Growth {
    let g = this.product();
    while (this.isOp("+") || this.isOp("-")) {
      const plus = this.isOp("+");
      this.at++;
      const term = this.product();
      g = plus ? largest(g, term) : g;
    }
    return g;
  }

  private product(): Growth {
    let g = this.power();
    for (;;) {
      if (this.isOp("*") || this.isOp("/")) {
        const sign = this.isOp("*") ? 1 : -1;
        this.at++;
        g = times(g, this.power(), sign);
      } else if (this.startsFactor()) g = times(g, this.power());
      else return g;
    }
  }

  private startsFactor(): boolean {
    const t = this.peek();
    return t !== undefined && (t.kind !== "op" || t.op === "(");
  }

  private power(): Growth {
    const base = this.postfix();
    if (!this.isOp("^")) return base;
    this.at++;
    return power(base, this.power());
  }

  private postfix(): Growth {
    let g = this.primary();
    for (;;) {
      const t = this.peek();
      if (t?.kind === "op" && t.op === "!") g = grows(g) ? { degree: 0, logs: 0, exp: false, fact: true } : g;
      else if (t?.kind === "name" && (t.name === "squared" || t.name === "cubed")) g = power(g, { ...ONE, value: t.name === "squared" ? 2 : 3 });
      else return g;
      this.at++;
    }
  }

  private primary(): Growth {
    const t = this.peek();
    if (!t) throw new Error("the expression ends too early");
    this.at++;
    if (t.kind === "num") return { ...ONE, value: t.value };
    if (t.kind === "op") {
      if (t.op === "(") {
        const g = this.sum();
        this.expect(")");
        return g;
      }
      if (t.op === "|") {
        const g = this.sum();
        this.expect("|");
        return g;
      }
      throw new Error(`cannot read "${t.op}" there`);
    }
    switch (t.name) {
      case "log":
      case "lg":
      case "ln": {
        let exponent = 1;
        if (this.isOp("^")) {
          this.at++;
          const e = this.peek();
          if (e?.kind !== "num") throw new Error("expected a number after log^");
          exponent = e.value;
          this.at++;
        }
        const g = logOf(this.argument());
        return power(g, { ...ONE, value: exponent });
      }
      case "sqrt":
        return power(this.argument(), { ...ONE, value: 0.5 });
      case "exp":
        return power({ ...ONE, value: 2 }, this.argument());
      case "len":
        return this.argument();
      case "min":
      case "max": {
        this.expect("(");
        let g = this.sum();
        while (this.isOp(",")) {
          this.at++;
          g = (t.name === "min" ? smallest : largest)(g, this.sum());
        }
        this.expect(")");
        return g;
      }
      case "squared":
      case "cubed":
        throw new Error(`"${t.name}" needs something before it`);
      default:
        return this.size(t.name, t.shown);
    }
  }

  /** A function's argument: "(…)" or the next factor with its power ("log n^2"). */
  private argument(): Growth {
    return this.power();
  }
}

const show = (t: Token) => (t.kind === "num" ? String(t.value) : t.kind === "name" ? t.name : t.op);

function formatGrowth(g: Growth): string {
  if (g.fact) return g.degree > 0 ? `O(${g.degree === 1 ? "n" : `n^${g.degree}`} · n!)` : "O(n!)";
  if (g.exp) return "O(2^n)";
  const degree = Math.max(0, g.degree);
  const logs = g.degree < 0 ? 0 : g.logs;
  if (degree === 0 && logs <= 0) return "O(1)";
  const poly = degree === 0 ? "" : degree === 1 ? "n" : `n^${Number(degree.toFixed(2))}`;
  const log = logs <= 0 ? "" : logs === 1 ? "log n" : logs === 0.5 ? "log log n" : `log^${Number(logs.toFixed(2))} n`;
  return `O(${[poly, log].filter(Boolean).join(" ")})`;
}

function classOf(g: Growth): ComplexityClass | null {
  if (g.fact || g.exp) return "O(2^n)";
  const degree = Math.max(0, g.degree);
  const logs = g.degree < 0 || g.logs < 0 ? 0 : g.logs;
  const table: Record<string, ComplexityClass> = { "0,0": "O(1)", "0,1": "O(log n)", "1,0": "O(n)", "1,1": "O(n log n)", "2,0": "O(n^2)", "2,1": "O(n^2 log n)", "3,0": "O(n^3)" };
  return table[`${degree},${logs}`] ?? null;
}

/** Reads an expression in n and the problem's sizes. */
export function readExpression(text: string, variables: Readonly<Record<string, string>> = {}): ExpressionResult {
  const declared = new Map(Object.entries(variables).map(([name, value]) => [squash(name), { name, value }]));
  const names = new Map<string, string>();
  const known = new Set([...FUNCTIONS, "n", ...declared.keys()]);
  const size = (name: string, shown: string): Growth => {
    if (name === "n") return N;
    const own = declared.get(name);
    if (own) {
      // A fixed size is a constant, not the number 1: coins^amount still grows.
      const inner = readGrowth(own.value, {});
      names.set(name, `${own.name} = ${own.value}`);
      return { ...inner, value: undefined };
    }
    if (name.length > 1) throw new Error(`unknown name "${shown}"`);
    names.set(name, `${shown} = n`);
    return N;
  };
  try {
    const growth = new Parser(tokenize(text, known), size).parse();
    return { ok: true, reading: { growth: formatGrowth(growth), cls: classOf(growth), names: [...names.values()] } };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

function readGrowth(text: string, variables: Record<string, string>): Growth {
  const known = new Set([...FUNCTIONS, "n"]);
  return new Parser(tokenize(text, known), (name) => {
    if (name === "n" || variables[name]) return N;
    throw new Error(`a size's value may use only n, not "${name}"`);
  }).parse();
}

/** Why a problem's size value cannot be read ("n/4" reads; "k/2" does not), or null. */
export function sizeValueError(value: string): string | null {
  try {
    readGrowth(value, {});
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
