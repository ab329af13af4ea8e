// Asking for a language a problem or the machine cannot run: PyTorch exists only for the ML
// problems, and only where a Python has torch. Both are usage errors (exit 2) with the way out.
import { UsageError } from "../errors.js";
import { LANG_NAME, type Lang, type Problem } from "../registry/problem.js";
import { findTorchPython, TORCH_HELP } from "../runner/python-env.js";

/** The problem has this language (a reference solution in it). */
export function requireProblemLang(problem: Problem, lang: Lang): void {
  if (problem.files.reference[lang]) return;
  throw new UsageError(
    `${problem.slug} has no ${LANG_NAME[lang]} form (PyTorch is there for the ML problems)`,
    lang === "torch" ? "drill list --tag ml --lang torch" : `drill show ${problem.slug}`,
  );
}

/** A Python with torch exists, for --lang torch. */
export function requireTorch(env: NodeJS.ProcessEnv): void {
  const python = findTorchPython(env);
  if (!python.ok) throw new UsageError(`PyTorch solutions need a Python with torch: ${python.message}`, TORCH_HELP);
}

/** Both, for commands that will run a PyTorch solution. */
export function requireRunnable(problem: Problem, lang: Lang, env: NodeJS.ProcessEnv): void {
  requireProblemLang(problem, lang);
  if (lang === "torch") requireTorch(env);
}
