// `drill --help` printed from a file. The top-level help depends only on the bundle and on the
// width it is wrapped to, so the built CLI keeps each width's text beside itself (dist/help/);
// bin/drill.js prints it without loading the bundle. The build writes the 80-column text (what
// a pipe gets); other widths are written the first time they are printed. Rebuilding replaces
// dist/ whole, so a text never outlives its bundle.
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** argv that prints the top-level help. */
export function isTopLevelHelp(argv: string[]): boolean {
  return argv.length === 0 || (argv.length === 1 && (argv[0] === "--help" || argv[0] === "-h"));
}

/** The width commander wraps stdout's help to. */
export function helpWidth(stdout: { isTTY?: boolean; columns?: number } = process.stdout): number {
  return (stdout.isTTY && stdout.columns) || 80;
}

/** Saves the text for bin/drill.js; only the built bundle does (help printed from the sources may differ from it). */
export function saveTopLevelHelp(text: string, width: number): void {
  const here = fileURLToPath(new URL(".", import.meta.url));
  if (!existsSync(join(here, "cli.js"))) return;
  const dir = join(here, "help");
  const temp = join(dir, `.${width}.${process.pid}.txt`);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, text);
    renameSync(temp, join(dir, `${width}.txt`));
  } catch {
    // A read-only install: the help is printed the slow way every time.
  }
}
