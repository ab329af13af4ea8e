// A parser for the value syntax drill prints (drill show, failure reports): JSON-like arrays,
// numbers, strings, null, true/false, `{ key: value }` records, a tensor's "(2×3)" shape label
// before its array, and a call's arguments as `name = value, name = value`. Never eval.

export class ValueSyntaxError extends Error {
  constructor(
    message: string,
    /** 0-based offset into the text where the problem is. */
    readonly at: number,
  ) {
    super(message);
    this.name = "ValueSyntaxError";
  }
}

const WORDS: Record<string, unknown> = {
  null: null,
  None: null,
  true: true,
  True: true,
  false: false,
  False: false,
  Infinity: Infinity,
  inf: Infinity,
  NaN: NaN,
  nan: NaN,
};

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(message: string, at = this.pos): never {
    throw new ValueSyntaxError(message, at);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos])) this.pos++;
  }

  peek(): string {
    this.skipSpace();
    return this.text[this.pos] ?? "";
  }

  atEnd(): boolean {
    return this.peek() === "";
  }

  expect(ch: string): void {
    if (this.peek() !== ch) this.fail(`expected "${ch}" ${this.found()}`);
    this.pos++;
  }

  found(): string {
    const rest = this.text.slice(this.pos).trim();
    return rest ? `but found "${rest.slice(0, 12)}${rest.length > 12 ? "…" : ""}"` : "but the text ends";
  }

  identifier(): string | undefined {
    this.skipSpace();
    const m = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(this.text.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }

  value(): unknown {
    const ch = this.peek();
    if (ch === "[") return this.array();
    if (ch === "{") return this.record();
    if (ch === '"' || ch === "'") return this.string();
    if (ch === "(") return this.shaped();
    if (ch === "…") this.fail("the value was cut short (…): write it out in full");
    if (/[-+0-9.]/.test(ch)) return this.number();
    const start = this.pos;
    const word = this.identifier();
    if (word !== undefined && word in WORDS) return WORDS[word];
    this.fail(word !== undefined ? `unknown word "${word}" (values are numbers, "strings", [arrays], {records}, null, true, false)` : `expected a value ${this.found()}`, start);
  }

  number(): number {
    const start = this.pos;
    const m = /^[-+]?(?:Infinity|inf|(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/.exec(this.text.slice(this.pos));
    if (!m) this.fail(`expected a number ${this.found()}`, start);
    this.pos += m[0].length;
    const text = m[0].replace(/inf$/, "Infinity");
    return Number(text);
  }

  string(): string {
    const quote = this.text[this.pos];
    const start = this.pos;
    let out = "";
    this.pos++;
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos++];
      if (ch === quote) return out;
      if (ch !== "\\") {
        out += ch;
        continue;
      }
      const esc = this.text[this.pos++];
      const simple: Record<string, string> = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", "0": "\0" };
      if (esc === "u") {
        const hex = this.text.slice(this.pos, this.pos + 4);
        if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail("a \\u escape needs four hex digits", this.pos - 2);
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += 4;
      } else if (esc !== undefined) out += simple[esc] ?? esc;
    }
    this.fail(`the string that starts here is never closed with ${quote}`, start);
  }

  list<T>(close: string, item: () => T): T[] {
    const items: T[] = [];
    this.pos++;
    if (this.peek() === close) {
      this.pos++;
      return items;
    }
    for (;;) {
      items.push(item());
      const ch = this.peek();
      if (ch === ",") {
        this.pos++;
        if (this.peek() === close) {
          this.pos++;
          return items;
        }
        continue;
      }
      if (ch === close) {
        this.pos++;
        return items;
      }
      this.fail(`expected "," or "${close}" ${this.found()}`);
    }
  }

  array(): unknown[] {
    return this.list("]", () => this.value());
  }

  record(): Record<string, unknown> {
    const entries = this.list("}", () => {
      const ch = this.peek();
      const key = ch === '"' || ch === "'" ? this.string() : this.identifier();
      if (key === undefined) this.fail(`expected a field name ${this.found()}`);
      const sep = this.peek();
      if (sep !== ":" && sep !== "=") this.fail(`expected ":" after the field name ${key}`);
      this.pos++;
      return [key, this.value()] as const;
    });
    return Object.fromEntries(entries);
  }

  /** "(2×3) [[…]]": the shape label drill prints before a tensor; it must match the array. */
  shaped(): unknown {
    const start = this.pos;
    const close = this.text.indexOf(")", this.pos);
    const label = close < 0 ? "" : this.text.slice(this.pos + 1, close);
    if (!/^\s*\d+(\s*[×x*,]\s*\d+)*\s*$/.test(label)) this.fail('expected a shape such as "(2×3)" before a tensor', start);
    this.pos = close + 1;
    const value = this.value();
    const shape = label.split(/[×x*,]/).map((s) => Number(s.trim()));
    const actual: number[] = [];
    for (let v: unknown = value; Array.isArray(v); v = v[0]) actual.push(v.length);
    if (actual.slice(0, shape.length).join(",") !== shape.join(",")) {
      this.fail(`the shape label (${shape.join("×")}) does not match the array, which is (${actual.join("×") || "a scalar"})`, start);
    }
    return value;
  }
}

/** One value: `[1,2,3]`, `"abc"`, `{ wq: [[1]] }`, `(2×2) [[1,2],[3,4]]`. */
export function parseValue(text: string): unknown {
  const reader = new Reader(text);
  const value = reader.value();
  if (!reader.atEnd()) reader.fail(`unexpected text after the value: "${text.slice(reader.pos).trim().slice(0, 20)}"`);
  return value;
}

export type ParsedArgs = { ok: true; args: unknown[] } | { ok: false; message: string };

/**
 * A call's arguments: `nums = [1,3,-1], k = 3` (named, in any order) or `[1,3,-1], 3`
 * (positional, in the problem's order). Every argument must be given.
 */
export function parseArgs(text: string, names: readonly string[]): ParsedArgs {
  const reader = new Reader(text);
  const named = new Map<string, unknown>();
  const positional: unknown[] = [];
  try {
    if (reader.atEnd()) return { ok: false, message: "no arguments given" };
    for (;;) {
      const start = reader.pos;
      const name = reader.identifier();
      if (name !== undefined && reader.peek() === "=" && reader.text[reader.pos + 1] !== ">") {
        reader.pos++;
        if (!names.includes(name)) return { ok: false, message: `the problem has no argument "${name}" (its arguments: ${names.join(", ")})` };
        if (named.has(name)) return { ok: false, message: `${name} is given twice` };
        named.set(name, reader.value());
      } else {
        reader.pos = start;
        if (named.size > 0) reader.fail(`write every argument as name = value once one is named ${reader.found()}`);
        positional.push(reader.value());
      }
      if (reader.atEnd()) break;
      reader.expect(",");
    }
  } catch (error) {
    if (error instanceof ValueSyntaxError) return { ok: false, message: `${error.message} (at column ${error.at + 1})` };
    throw error;
  }
  if (named.size > 0) {
    const missing = names.filter((n) => !named.has(n));
    if (missing.length) return { ok: false, message: `missing ${missing.map((m) => `${m} = …`).join(", ")}` };
    return { ok: true, args: names.map((n) => named.get(n)) };
  }
  if (positional.length !== names.length) {
    return { ok: false, message: `${positional.length} argument${positional.length === 1 ? "" : "s"} given, the problem takes ${names.length} (${names.join(", ")})` };
  }
  return { ok: true, args: positional };
}

/** Splits `args => expected` at the top-level "=>" (not inside strings or brackets). */
export function splitExpected(text: string): { args: string; expected?: string } {
  let depth = 0;
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === "\\") i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if ("[{(".includes(ch)) depth++;
    else if ("]})".includes(ch)) depth--;
    else if (depth === 0 && ch === "=" && text[i + 1] === ">") return { args: text.slice(0, i).trim(), expected: text.slice(i + 2).trim() };
  }
  return { args: text.trim() };
}
