// problems/ → Registry. Every problem folder is validated on load; a broken one is
// reported (file and field) and left out, and the others still work.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import type { CallSpec } from "./call-spec.js";
import { checkKind, parseKind, type Kind } from "./kinds.js";
import { compileBounds, type LeetcodeBounds } from "./leetcode-bounds.js";
import { casesFileSchema, describeIssues, problemSchema, type FixedCase, type ProblemMeta } from "./schema.js";
import { checkTorchSpec, torchCall } from "./torch-spec.js";

/** TypeScript, Python with numpy, Python with PyTorch (the ML problems that declare "torch"). */
export type Lang = "ts" | "py" | "torch";
export const LANGS: readonly Lang[] = ["ts", "py", "torch"];
/** A solution file is <slug><extension>: `mha.ts`, `mha.py`, `mha.torch.py`. */
export const LANG_EXTENSION: Record<Lang, string> = { ts: ".ts", py: ".py", torch: ".torch.py" };
/** The language of a solution file by its name (`mha.torch.py` is PyTorch, not a Python file for "mha.torch"), and its slug. */
export function solutionFileLang(fileName: string): { slug: string; lang: Lang } | null {
  for (const lang of ["torch", "ts", "py"] as const) {
    const ext = LANG_EXTENSION[lang];
    if (fileName.endsWith(ext) && fileName.length > ext.length) return { slug: fileName.slice(0, -ext.length), lang };
  }
  return null;
}
export const LANG_NAME: Record<Lang, string> = { ts: "TypeScript", py: "Python", torch: "PyTorch" };

export interface ProblemFiles {
  statement: string;
  generator: string;
  reference: Partial<Record<Lang, string>>;
  /** Per-problem stub templates that override templates/. */
  stub: Partial<Record<Lang, string>>;
  checker?: string;
}

export interface Problem {
  slug: string;
  dir: string;
  meta: ProblemMeta;
  argKinds: Kind[];
  returnKind: Kind;
  /** How the entry is called: plain function, design class, in place. */
  call: CallSpec;
  cases: FixedCase[];
  files: ProblemFiles;
}

export interface RegistryIssue {
  slug: string;
  /** The file at fault, relative to the registry folder. */
  file: string;
  message: string;
}

export interface Registry {
  dir: string;
  problems: Problem[];
  issues: RegistryIssue[];
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The problem's languages: TypeScript and Python always, PyTorch where problem.json declares it. */
export function problemLangs(problem: Problem): Lang[] {
  return LANGS.filter((lang) => problem.files.reference[lang]);
}

/** The entry's name in one language (a class for PyTorch layers). */
export function entryName(problem: Problem, lang: Lang): string {
  return lang === "torch" ? problem.meta.torch?.entry ?? problem.meta.entry.py : problem.meta.entry[lang];
}

export function signatureOf(problem: Problem, lang: Lang): string {
  return lang === "torch" ? problem.meta.torch?.signature ?? problem.meta.signature.py : problem.meta.signature[lang];
}

export function isSafeSlug(slug: string): boolean {
  return SLUG.test(slug) && slug.length <= 64;
}

class ProblemFileError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(message);
  }
}

function readJson(path: string, file: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new ProblemFileError(file, "missing or unreadable");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ProblemFileError(file, `not valid JSON: ${(error as Error).message}`);
  }
}

function requireFile(dir: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new ProblemFileError(name, "missing");
  return path;
}

function optionalFile(dir: string, name: string): string | undefined {
  const path = join(dir, name);
  return existsSync(path) ? path : undefined;
}

function validateCases(meta: ProblemMeta, argKinds: Kind[], returnKind: Kind, cases: FixedCase[]): void {
  const seen = new Set<string>();
  cases.forEach((c, i) => {
    const where = `cases[${i}] ("${c.name}")`;
    if (seen.has(c.name)) throw new ProblemFileError("cases.json", `${where}: duplicate case name`);
    seen.add(c.name);
    if (c.args.length !== argKinds.length) {
      throw new ProblemFileError("cases.json", `${where}.args: has ${c.args.length} arguments, the problem takes ${argKinds.length}`);
    }
    c.args.forEach((arg, j) => {
      const problem = checkKind(argKinds[j], arg, meta.args[j].name);
      if (problem) throw new ProblemFileError("cases.json", `${where}.args[${j}]: ${problem}`);
    });
    if (c.throws) {
      if (!meta.invalidInput) {
        throw new ProblemFileError("cases.json", `${where}: "throws" needs "invalidInput" in problem.json`);
      }
    } else {
      const problem = checkKind(returnKind, c.expected, "expected");
      if (problem) throw new ProblemFileError("cases.json", `${where}: ${problem}`);
    }
  });
}

export function loadProblem(registryDir: string, slug: string): Problem {
  const dir = join(registryDir, slug);
  const raw = readJson(join(dir, "problem.json"), "problem.json");
  const parsed = problemSchema.safeParse(raw);
  if (!parsed.success) throw new ProblemFileError("problem.json", describeIssues(parsed.error));
  const meta = parsed.data;

  if (!meta.signature.ts.startsWith(`${meta.entry.ts}(`)) {
    throw new ProblemFileError("problem.json", `signature.ts: should start with the entry name "${meta.entry.ts}("`);
  }
  if (!meta.signature.py.startsWith(`${meta.entry.py}(`)) {
    throw new ProblemFileError("problem.json", `signature.py: should start with the entry name "${meta.entry.py}("`);
  }
  if (meta.torch) {
    const problem = checkTorchSpec(meta.torch, meta.args.map((a) => a.name));
    if (problem) throw new ProblemFileError("problem.json", problem);
  }
  const argKinds = meta.args.map((a) => parseKind(a.kind));
  const returnKind = parseKind(meta.returns);
  if (meta.design && argKinds.length !== 2) {
    throw new ProblemFileError("problem.json", "args: a design problem takes two arguments: the operations and their argument lists");
  }
  if (meta.inPlaceArg !== undefined && meta.inPlaceArg >= argKinds.length) {
    throw new ProblemFileError("problem.json", `inPlaceArg: there is no argument ${meta.inPlaceArg}`);
  }

  const casesRaw = readJson(join(dir, "cases.json"), "cases.json");
  const casesParsed = casesFileSchema.safeParse(casesRaw);
  if (!casesParsed.success) throw new ProblemFileError("cases.json", describeIssues(casesParsed.error));
  validateCases(meta, argKinds, returnKind, casesParsed.data.cases);

  const files: ProblemFiles = {
    statement: requireFile(dir, "statement.md"),
    generator: requireFile(dir, "generator.ts"),
    reference: { ts: requireFile(dir, "reference.ts"), py: optionalFile(dir, "reference.py"), torch: meta.torch ? requireFile(dir, "reference.torch.py") : undefined },
    stub: { ts: optionalFile(dir, "stub.ts"), py: optionalFile(dir, "stub.py"), torch: meta.torch ? optionalFile(dir, "stub.torch.py") : undefined },
    checker: meta.checker.kind === "custom" ? requireFile(dir, "checker.ts") : undefined,
  };
  const leetcodeArgs = meta.leetcode?.args
    ? Object.fromEntries(Object.entries(meta.leetcode.args).map(([name, conversion]) => [meta.args.findIndex((a) => a.name === name), conversion]))
    : undefined;
  if (leetcodeArgs && -1 in leetcodeArgs) throw new ProblemFileError("problem.json", "leetcode.args: names an argument the problem does not have");
  let leetcodeBounds: LeetcodeBounds | undefined;
  if (meta.leetcode?.constraints) {
    try {
      leetcodeBounds = compileBounds(meta.leetcode.constraints, meta.args.map((a, i) => ({ name: a.name, kind: argKinds[i] })));
    } catch (error) {
      throw new ProblemFileError("problem.json", (error as Error).message);
    }
  }
  const call: CallSpec = { argKinds, returnKind, style: meta.design ? "design" : "function", inPlaceArg: meta.inPlaceArg, leetcodeArgs, leetcodeBounds, torch: torchCall(meta) };
  return { slug, dir, meta, argKinds, returnKind, call, cases: casesParsed.data.cases, files };
}

/** The entry's name in code written on LeetCode: LeetCode's own where it differs from drill's TypeScript name. */
export function leetcodeEntryName(meta: ProblemMeta, lang: Lang): string {
  return meta.leetcode?.entry?.[lang === "ts" ? "ts" : "py"] ?? meta.entry.ts;
}

export function loadRegistry(registryDir: string): Registry {
  const registry: Registry = { dir: registryDir, problems: [], issues: [] };
  let entries: string[];
  try {
    entries = readdirSync(registryDir).sort();
  } catch {
    registry.issues.push({ slug: "", file: registryDir, message: "the problems folder is missing or unreadable" });
    return registry;
  }
  for (const name of entries) {
    const dir = join(registryDir, name);
    if (name.startsWith(".") || !statSync(dir).isDirectory()) continue;
    if (!isSafeSlug(name)) {
      registry.issues.push({ slug: name, file: name, message: "folder name is not a valid slug (lower-case words joined by -)" });
      continue;
    }
    try {
      registry.problems.push(loadProblem(registryDir, name));
    } catch (error) {
      const file = error instanceof ProblemFileError ? join(name, error.file) : name;
      registry.issues.push({ slug: name, file, message: (error as Error).message });
    }
  }
  return registry;
}

export function describeRegistryIssue(registry: Registry, issue: RegistryIssue, cwd = process.cwd()): string {
  const path = join(registry.dir, issue.file);
  const rel = relative(cwd, path);
  return `${rel && !rel.startsWith("..") ? rel : path}: ${issue.message}`;
}
