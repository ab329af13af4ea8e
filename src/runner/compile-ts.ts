// TypeScript → an ES module file drill can import, with an inline source map so stack
// traces name the original file and line. Content-addressed in a cache folder, so an
// unchanged file is compiled once and concurrent drill processes never clash.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir, userInfo } from "node:os";
import { dirname, join, resolve } from "node:path";
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

/** `file` and every file it imports by a relative path, transitively (the parts of a bundle's cache key). */
function localImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file) || !existsSync(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, "utf8");
  for (const m of source.matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const target = resolve(dirname(file), m[1]);
    localImports(target.endsWith(".js") ? `${target.slice(0, -3)}.ts` : target, seen);
  }
  return seen;
}

/**
 * Compiles one of drill's own modules together with the files it imports by relative path
 * (a generator may use src/random/trees.ts), into one self-contained ES module file.
 */
export async function compileTsBundle(file: string): Promise<CompileResult> {
  const hash = createHash("sha256").update("bundle\0");
  for (const part of [...localImports(file)].sort()) hash.update(part).update("\0").update(readFileSync(part)).update("\0");
  const modulePath = join(cacheDir(), `${hash.digest("hex").slice(0, 32)}.mjs`);
  if (existsSync(modulePath)) return { ok: true, modulePath };
  const { build } = await import("esbuild");
  try {
    const result = await build({
      entryPoints: [file],
      bundle: true,
      write: false,
      platform: "node",
      format: "esm",
      target: "node20",
      sourcemap: "inline",
      sourcesContent: false,
      logLevel: "silent",
    });
    const temp = `${modulePath}.${process.pid}.tmp`;
    writeFileSync(temp, result.outputFiles[0].text);
    renameSync(temp, modulePath);
    return { ok: true, modulePath };
  } catch (error) {
    const errors = (error as { errors?: Message[] }).errors;
    if (errors?.length) return { ok: false, error: toCompileError(file, errors[0]) };
    throw error;
  }
}

/** Compiles and imports one of drill's own TypeScript modules (generators, references, checkers). */
export async function importTsModule<T = Record<string, unknown>>(file: string): Promise<T> {
  const compiled = await compileTsBundle(file);
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
