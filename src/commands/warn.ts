// A warning that does not stop the command: "drill: …" in yellow on stderr.
import chalk from "chalk";
import type { CommandContext } from "./context.js";

export function warn(ctx: CommandContext, message: string): void {
  ctx.stderr.write(`${chalk.yellow("drill:")} ${message}\n`);
}
