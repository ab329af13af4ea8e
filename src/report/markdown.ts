// Just enough Markdown for statements in a terminal: headings, code blocks, inline code, bold.
import chalk from "chalk";

export function renderMarkdown(markdown: string): string {
  const out: string[] = [];
  let inCode = false;
  for (const line of markdown.replace(/\r\n/g, "\n").split("\n")) {
    if (line.trimStart().startsWith("```")) {
      inCode = !inCode;
      continue;
    }
    if (inCode) {
      out.push(chalk.cyan(`    ${line}`));
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = inline(heading[2]);
      out.push(heading[1].length === 1 ? chalk.bold.underline(text) : chalk.bold(text));
      continue;
    }
    out.push(inline(line));
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trim() + "\n";
}

function inline(text: string): string {
  return text.replace(/`([^`]+)`/g, (_, code: string) => chalk.cyan(code)).replace(/\*\*(.+?)\*\*/g, (_, bold: string) => chalk.bold(bold));
}
