// Bundles the CLI and the solution worker into dist/ with esbuild.
// Bundling matters for start-up: Ink and React imported unbundled cost ~0.5 s.
// The new bundle is built beside dist/ and swapped in, so a drill running meanwhile never sees it half-written.
import { build } from "esbuild";
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";

const root = new URL("../", import.meta.url).pathname;
const outdir = `${root}dist`;
const fresh = `${root}.dist-${process.pid}`;
const old = `${root}.dist-old-${process.pid}`;

const shared = {
  outdir: fresh,
  bundle: true,
  format: "esm",
  platform: "node",
  target: "node20",
  sourcemap: "linked",
  logLevel: "warning",
  // esbuild compiles the user's solutions at run time, so it stays a real dependency.
  // react-devtools-core is an optional Ink import used only with DEV=true.
  external: ["esbuild", "react-devtools-core"],
  define: { "process.env.NODE_ENV": '"production"' },
  // Bundled CommonJS dependencies call require() for Node built-ins and read __filename.
  banner: {
    js: [
      "import { createRequire as __drillCreateRequire } from 'node:module';",
      "import { fileURLToPath as __drillFileURLToPath } from 'node:url';",
      "const require = __drillCreateRequire(import.meta.url);",
      "const __filename = __drillFileURLToPath(import.meta.url);",
      "const __dirname = __drillFileURLToPath(new URL('.', import.meta.url));",
    ].join(" "),
  },
};

/**
 * commander requires node:child_process when it loads, for subcommands run as separate programs,
 * which drill has none of; loading it costs every command ~2.5 ms of start-up. This hands
 * commander a stand-in that loads the real module on first use.
 */
const lazyChildProcessForCommander = {
  name: "lazy-child-process-for-commander",
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: "child_process", namespace: "lazy-builtin" } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "lazy-builtin" }, () => ({
      contents: 'let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require("node:child_process"))[key] });',
      loader: "js",
    }));
  },
};

try {
  // The solution worker is one file of its own: a thread starts for every run, and loading one
  // module instead of a handful of shared chunks saves it ~6 ms of CPU.
  await build({ ...shared, entryPoints: { worker: "src/runner/worker/main.ts" }, splitting: false });
  await build({
    ...shared,
    entryPoints: {
      cli: "src/main.ts",
      "debug-case": "src/debug/run-case.ts",
      bench: "bench/main.ts",
      "bench-space-worker": "bench/space-worker.ts",
      probe: "src/api/probe.ts",
      "write-registry-index": "src/registry/write-index.ts",
    },
    splitting: true,
    plugins: [lazyChildProcessForCommander],
  });
  // The index of problems/ that lets commands skip validating every problem.json again (registry/index-file.ts).
  execFileSync(process.execPath, [`${fresh}/write-registry-index.js`, `${root}problems`, `${fresh}/registry-index.json`], { stdio: "inherit" });
  // The top-level help at 80 columns, for bin/drill.js to print without loading the bundle (src/help-cache.ts).
  execFileSync(process.execPath, [`${fresh}/cli.js`, "--help"], { stdio: ["ignore", "ignore", "inherit"] });
  // Type declarations for the library entry (`drill/probe`).
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", `${root}tsconfig.api.json`, "--outDir", `${fresh}/types`], { stdio: "inherit" });
  if (existsSync(outdir)) renameSync(outdir, old);
  renameSync(fresh, outdir);
} finally {
  rmSync(fresh, { recursive: true, force: true });
  rmSync(old, { recursive: true, force: true });
}
