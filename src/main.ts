// The bundle's entry point: run the CLI, leave the exit code for Node to use.
import { main } from "./cli.js";

process.exitCode = await main(process.argv.slice(2));
