// Bundles the CLI and the solution worker into dist/ with esbuild.
// Bundling matters for start-up: Ink and React imported unbundled cost ~0.5 s.
import { build } from "esbuild";
import { rmSync } from "node:fs";

const outdir = new URL("../dist/", import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });

await build({
  entryPoints: {
    cli: "src/main.ts",
    worker: "src/runner/worker/main.ts",
  },
  outdir,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  // esbuild compiles the user's solutions at run time, so it stays a real dependency.
  // react-devtools-core is an optional Ink import used only with DEV=true.
  external: ["esbuild", "react-devtools-core"],
  define: { "process.env.NODE_ENV": '"production"' },
  // Some bundled CommonJS dependencies call require() for Node built-ins.
  banner: { js: "import { createRequire as __drillCreateRequire } from 'node:module'; const require = __drillCreateRequire(import.meta.url);" },
});
