#!/usr/bin/env node
// The CLI ships as a precompiled bundle (built by `npm install` through `prepare`).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const bundle = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  console.error("drill: the CLI is not built yet. Run `npm install` (or `npm run build`) in the drill folder.");
  process.exit(1);
}
await import(bundle.href);
