// What a loaded problem is, and the small questions asked of it everywhere (its languages,
// entry names, file extensions). No validation here: that is load.ts, which needs zod.
import { join, relative } from "node:path";
import type { CallSpec } from "./call-spec.js";
import type { Kind } from "./kinds.js";
import type { ClassPair, FixedCase, ProblemMeta } from "./schema.js";

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

/** The entry's name in code written on LeetCode: LeetCode's own where it differs from drill's TypeScript name. */
export function leetcodeEntryName(meta: ProblemMeta, lang: Lang): string {
  return meta.leetcode?.entry?.[lang === "ts" ? "ts" : "py"] ?? meta.entry.ts;
}

export function describeRegistryIssue(registry: Registry, issue: RegistryIssue, cwd = process.cwd()): string {
  const path = join(registry.dir, issue.file);
  const rel = relative(cwd, path);
  return `${rel && !rel.startsWith("..") ? rel : path}: ${issue.message}`;
}

/** The reference's classes in one language, whichever way problem.json wrote them. */
export function referenceClassesFor(meta: ProblemMeta, lang: string): ClassPair | null {
  const declared = meta.reference;
  if (!declared) return null;
  if ("time" in declared) return declared;
  return (declared as Record<string, ClassPair | undefined>)[lang] ?? declared.py;
}
