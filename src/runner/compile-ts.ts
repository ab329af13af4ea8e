// TypeScript → an ES module file drill can import, with an inline source map so stack
// traces name the original file and line. Content-addressed in a cache folder, so an
// unchanged file is compiled once and concurrent drill processes never clash.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Message } from "esbuild";

export interface CompileError {
  file: string;
  line: number;
  column: number;
  /** The offending line of source, when known. */
  lineText?: string;
  message: string;
}

export type CompileResult = { ok: true; modulePath: string } | { ok: false; error: CompileError };

function cacheDir(): string {
  let user = "user";
  try {
    user = userInfo().username;
  } catch {
    // no passwd entry (some containers): share one folder
  }
  const dir = join(tmpdir(), `drill-${user}`, "compiled");
  mkdirSync(dir, { recursive: true });
  return dir;
}

function toCompileError(file: string, message: Message): CompileError {
  return {
    file,
    line: message.location?.line ?? 1,
    column: (message.location?.column ?? 0) + 1,
    lineText: message.location?.lineText,
    message: message.text,
  };
}

export interface CompileOptions {
  /** Code before and after the source (LeetCode's globals, an export for a plain entry). */
  banner?: string;
  footer?: string;
  /** Put the source text in the source map (for debuggers that cannot read the file themselves). */
  sourcesContent?: boolean;
}

/** Compiles source text that lives at `file` (the path is used for the source map and messages). */
export async function compileTsSource(file: string, source: string, options: CompileOptions = {}): Promise<CompileResult> {
  const hash = createHash("sha256")
    .update(file)
    .update("\0")
    .update(source)
    .update("\0")
    .update(options.banner ?? "")
    .update("\0")
    .update(options.footer ?? "")
    .update(options.sourcesContent ? "\0sources" : "")
    .digest("hex")
    .slice(0, 32);
  const modulePath = join(cacheDir(), `${hash}.mjs`);
  if (existsSync(modulePath)) return { ok: true, modulePath };
  // esbuild is imported only on a cache miss: loading it costs ~90 ms of start-up.
  const { transform } = await import("esbuild");
  try {
    const result = await transform(source, {
      loader: "ts",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      sourcefile: file,
      sourcesContent: options.sourcesContent ?? false,
      logLevel: "silent",
      banner: options.banner || undefined,
      footer: options.footer || undefined,
    });
    const temp = `${modulePath}.${process.pid}.tmp`;
    writeFileSync(temp, result.code);
    renameSync(temp, modulePath);
    return { ok: true, modulePath };
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (errors?.length) return { ok: false, error: toCompileError(file, errors[0]) };
    throw error;
  }
}

export async function compileTsFile(file: string, wrap?: (source: string) => CompileOptions): Promise<CompileResult> {
  const source = readFileSync(file, "utf8");
  return compileTsSource(file, source, wrap?.(source));
}

/** Compiles and imports one of drill's own TypeScript modules (generators, references, checkers). */
export async function importTsModule<T = Record<string, unknown>>(file: string): Promise<T> {
  const compiled = await compileTsFile(file);
  if (!compiled.ok) {
    const e = compiled.error;
    throw new Error(`${e.file}:${e.line}:${e.column}: ${e.message}`);
  }
  return (await import(pathToFileURL(compiled.modulePath).href)) as T;
}

export function formatCompileError(error: CompileError, displayPath = error.file): string {
  const where = `${displayPath}:${error.line}:${error.column}`;
  if (error.lineText === undefined) return `${where}: ${error.message}`;
  const pointer = " ".repeat(Math.max(0, error.column - 1)) + "^";
  return `${where}: ${error.message}\n  ${error.lineText}\n  ${pointer}`;
}
