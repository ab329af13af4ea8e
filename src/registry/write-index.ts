// Run by the build: `node dist/write-registry-index.js <problems dir> <index file>`.
import { writeFileSync } from "node:fs";
import { indexRegistry } from "./index-file.js";
import { describeRegistryIssue, loadRegistry } from "./load.js";

const [registryDir, indexPath] = process.argv.slice(2);
const registry = loadRegistry(registryDir);
for (const issue of registry.issues) process.stderr.write(`registry index: left out ${describeRegistryIssue(registry, issue)}\n`);
writeFileSync(indexPath, JSON.stringify(indexRegistry(registry)));
