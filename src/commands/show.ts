// drill show <slug>: the statement in the terminal, with signature, target and hints.
import { referenceClassesFor } from "../registry/problem.js";
import { readFileSync } from "node:fs";
import chalk from "chalk";
import { findProblem } from "../registry/find.js";
import { signatureOf, type Lang } from "../registry/problem.js";
import { renderMarkdown } from "../report/markdown.js";
import type { CommandContext } from "./context.js";
import { requireProblemLang } from "./lang-check.js";
import { openRegistry } from "./open-registry.js";
import { cardsDir } from "../paths.js";
import { cardText, loadCards } from "../quiz/cards.js";
import { drillCommand } from "../invocation.js";
import { countOf } from "../report/text.js";

export interface ShowOptions {
  slug: string;
  lang: Lang;
  hints?: boolean;
  json?: boolean;
}

export async function showCommand(options: ShowOptions, ctx: CommandContext): Promise<number> {
  const registry = await openRegistry(ctx, { quiet: true, cases: "lazy" });
  const problem = findProblem(registry, options.slug);
  requireProblemLang(problem, options.lang);
  const { meta } = problem;
  const statement = readFileSync(problem.files.statement, "utf8");
  if (options.json) {
    ctx.stdout.write(
      JSON.stringify(
        {
          slug: problem.slug,
          title: meta.title,
          difficulty: meta.difficulty,
          tags: meta.tags,
          summary: meta.summary,
          signature: meta.torch ? { ...meta.signature, torch: meta.torch.signature } : meta.signature,
          complexity: meta.complexity,
          reference: meta.reference ?? null,
          probe: meta.probe ?? null,
          invalidInput: meta.invalidInput ?? null,
          leetcode: meta.leetcode ?? null,
          statement,
          hints: options.hints ? meta.hints : meta.hints.length,
          cases: problem.cases.length,
        },
        null,
        2,
      ) + "\n",
    );
    return 0;
  }
  const title = meta.title.zh ? `${meta.title.en} · ${meta.title.zh}` : meta.title.en;
  const lines = [
    `${chalk.bold(title)}  ${chalk.dim(`${problem.slug} · ${meta.difficulty} · ${meta.tags.join(", ")}`)}`,
    "",
    renderMarkdown(statement),
    `${chalk.bold("Signature")}  ${chalk.cyan(signatureOf(problem, options.lang))}`,
    `${chalk.bold("Time")}       ${meta.complexity.time} ${chalk.dim("(the target the probe grades)")}`,
    `${chalk.bold("Space")}      ${meta.complexity.space}${spaceGraded(meta.complexity)}`,
  ];
  const reference = referenceClassesFor(meta, options.lang);
  if (reference) lines.push(`${chalk.bold("Reference")}  ${reference.time} time, ${reference.space} extra space ${chalk.dim("(drill's own solution, the yardstick the probe times yours beside)")}`);
  lines.push(`${chalk.bold("n")}          ${meta.complexity.n} ${chalk.dim("(what the probe grows)")}`);
  const hidden = meta.probe?.hiddenByOutput;
  if (hidden) lines.push(`${chalk.bold("Space probe")} names no class below ${hidden.upTo}: ${hidden.why}`);
  if (meta.invalidInput) {
    const error = options.lang === "ts" ? "RangeError" : "ValueError";
    lines.push(`${chalk.bold("Invalid")}    ${meta.invalidInput}: throw ${error}`);
  }
  lines.push(`${chalk.bold("Cases")}      ${problem.cases.length} fixed + ${meta.crossCheck.count} random cross-checks against the reference`);
  const leetcode = meta.leetcode;
  if (leetcode?.constraints) {
    const name = leetcode.entry?.[options.lang === "ts" ? "ts" : "py"];
    lines.push(`${chalk.bold("LeetCode")}   ${leetcode.id}. ${leetcode.title}${name ? ` (entry ${name})` : ""}; code written LeetCode's way is judged inside its constraints:`);
    for (const text of leetcode.constraints.text) lines.push(`             · ${text}`);
  }
  const cards = loadCards(cardsDir(ctx.env), new Set(registry.problems.map((p) => p.slug))).cards.filter((c) => c.problems.includes(problem.slug));
  if (cards.length) {
    lines.push("", chalk.bold("Theory cards") + chalk.dim(` (${drillCommand(`quiz --problem ${problem.slug}`)})`));
    for (const card of cards) lines.push(`  · ${cardText(card).question}`);
  }
  if (options.hints) {
    lines.push("", chalk.bold("Hints"));
    meta.hints.forEach((h, i) => lines.push(`  ${i + 1}. ${h}`));
  } else {
    lines.push(chalk.dim(`\n${countOf(meta.hints.length, "hint")}: ${drillCommand(`show ${problem.slug} --hints`, { workspace: false })}`));
  }
  lines.push(chalk.dim(`Start: ${drillCommand(`new ${problem.slug}${options.lang === "ts" ? "" : ` --lang ${options.lang}`}`)}`));
  ctx.stdout.write(lines.join("\n") + "\n");
  return 0;
}

/** " (extra space graded: O(n^2) accepted, O(n) as the follow-up)" */
export function spaceGraded(complexity: { spaceTarget?: string; spaceBetter?: string }): string {
  if (!complexity.spaceTarget) return "";
  const follow = complexity.spaceBetter ? `, ${complexity.spaceBetter} as the follow-up` : "";
  return chalk.dim(` (extra space graded by the probe: ${complexity.spaceTarget} accepted${follow})`);
}
