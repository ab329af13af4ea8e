#!/usr/bin/env node
// The CLI ships as a precompiled bundle (built by `npm install` through `prepare`).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `drill`, `drill --help`: the text the bundle saved for this width (src/help-cache.ts), or null. */
function savedHelp() {
  const args = process.argv.slice(2);
  if (!(args.length === 0 || (args.length === 1 && (args[0] === "--help" || args[0] === "-h")))) return null;
  const width = (process.stdout.isTTY && process.stdout.columns) || 80;
  try {
    return readFileSync(new URL(`../dist/help/${width}.txt`, import.meta.url));
  } catch {
    return null;
  }
}

const help = savedHelp();
const bundle = new URL("../dist/cli.js", import.meta.url);
if (help) {
  process.stdout.on("error", (error) => {
    if (error.code !== "EPIPE") throw error;
  });
  process.stdout.write(help);
} else if (!existsSync(fileURLToPath(bundle))) {
  console.error("drill: the CLI is not built yet. Run `npm install` (or `npm run build`) in the drill folder.");
  process.exit(1);
} else {
  await import(bundle.href);
}
