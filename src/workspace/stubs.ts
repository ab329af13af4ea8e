// Stubs from templates/, written into the workspace without ever losing a file:
// a new file is created exclusively; --force first copies the old one to .drill/backup/.
import { constants, copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import writeFileAtomic from "write-file-atomic";
import { UserError } from "../errors.js";
import { templatesDir } from "../paths.js";
import type { Kind } from "../registry/kinds.js";
import { entryName, LANG_EXTENSION, signatureOf, type Lang, type Problem } from "../registry/problem.js";
import { backupDir, displayPath, solutionPath } from "./paths.js";
import { guardWrite } from "./write-error.js";
import { drillCommand } from "../invocation.js";

/** Kinds that bring a snippet into the stub (a TreeNode or ListNode type, a numpy import). */
const SNIPPET_KINDS = ["tensor", "tree", "list", "random-list"] as const;

function usesKind(kinds: Kind[], type: Kind["type"]): boolean {
  return kinds.some((k) => k.type === type || (k.type === "array" && usesKind([k.of], type)) || (k.type === "record" && usesKind(Object.values(k.fields), type)));
}

function preamble(problem: Problem, lang: Lang): string {
  const kinds = [...problem.argKinds, problem.returnKind];
  return SNIPPET_KINDS.filter((kind) => usesKind(kinds, kind))
    .map((kind) => join(templatesDir, lang, `${kind}${LANG_EXTENSION[lang]}`))
    .filter((path) => existsSync(path))
    .map((path) => readFileSync(path, "utf8"))
    .join("");
}

/** An input for the stub's "your own cases" line: the first fixed case when short, else the argument names. */
function caseExample(problem: Problem): string {
  const names = problem.meta.args.map((a) => a.name);
  const first = problem.cases.find((c) => !c.throws);
  // JSON is a subset of the syntax drill prints and reads back.
  const text = first ? first.args.map((a, i) => `${names[i]} = ${JSON.stringify(a)}`).join(", ") : "";
  return text && text.length <= 70 ? text : names.map((n) => `${n} = …`).join(", ");
}


export interface StubOptions {
  /** The header's test command, when the stub is not tested from the workspace (a mock's folder). */
  test?: string;
}

export function renderStub(problem: Problem, lang: Lang, options: StubOptions = {}): string {
  const ext = LANG_EXTENSION[lang];
  const templatePath = problem.files.stub[lang] ?? join(templatesDir, lang, `solution${ext}`);
  const template = readFileSync(templatePath, "utf8");
  const { meta } = problem;
  const values: Record<string, string> = {
    title: meta.title.zh ? `${meta.title.en} (${meta.title.zh})` : meta.title.en,
    slug: problem.slug,
    difficulty: meta.difficulty,
    summary: meta.summary,
    signature: signatureOf(problem, lang),
    entry: entryName(problem, lang),
    time: meta.complexity.time,
    space: meta.complexity.space,
    n: meta.complexity.n,
    preamble: preamble(problem, lang),
    caseExample: caseExample(problem),
    show: drillCommand(`show ${problem.slug}`, { workspace: false }),
    hints: drillCommand(`show ${problem.slug} --hints`, { workspace: false }),
    test: options.test ?? drillCommand(`test ${problem.slug}${lang === "ts" ? "" : ` --lang ${lang}`}`),
  };
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => {
    if (!(name in values)) throw new Error(`${templatePath}: unknown placeholder ${whole}`);
    return values[name];
  });
}

function freshBackupPath(base: string): string {
  let path = base;
  for (let i = 2; existsSync(path); i++) path = `${base}-${i}`;
  return path;
}

function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);
}

export interface WriteStubResult {
  path: string;
  /** Where the replaced file was copied, with --force. */
  backup?: string;
}

export function writeStub(problem: Problem, lang: Lang, workspace: string, options: { force?: boolean; cwd: string } & StubOptions): WriteStubResult {
  const path = solutionPath(workspace, problem.slug, lang);
  const text = renderStub(problem, lang, options);
  return guardWrite(workspace, () => placeStub(problem, lang, workspace, path, text, options));
}

function placeStub(problem: Problem, lang: Lang, workspace: string, path: string, text: string, options: { force?: boolean; cwd: string }): WriteStubResult {
  mkdirSync(dirname(path), { recursive: true });
  if (!existsSync(path)) {
    try {
      writeFileSync(path, text, { flag: "wx" });
      return { path };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  if (!options.force) {
    throw new UserError(
      `${displayPath(path, options.cwd)} already exists; drill never overwrites your solutions.`,
      `${drillCommand(`new ${problem.slug}${lang === "ts" ? "" : ` --lang ${lang}`} --force`)}   (keeps a copy of the old file in ${displayPath(backupDir(workspace), options.cwd)}/)`,
    );
  }
  mkdirSync(backupDir(workspace), { recursive: true });
  const backup = freshBackupPath(join(backupDir(workspace), `${basename(path)}.${timestamp()}`));
  copyFileSync(path, backup, constants.COPYFILE_EXCL);
  writeFileAtomic.sync(path, text);
  return { path, backup };
}
