// Pausing at the first line of the user's function: a worker thread connects to this thread's
// inspector and asks V8 to break before the next call of one function. (A session on the same
// thread must not set breakpoints: the paused program would be the debugger itself.) The debugger
// the user attached gets the pause like any other, in their own file through the source map.
import { Worker } from "node:worker_threads";

const TARGET = "__drill_debug_target";

const WORKER_SOURCE = `
const { parentPort } = require("node:worker_threads");
const inspector = require("node:inspector");
const session = new inspector.Session();
const alive = setInterval(() => {}, 1 << 30);
const post = (method, params) => new Promise((resolve, reject) => session.post(method, params, (e, r) => (e ? reject(e) : resolve(r))));
(async () => {
  session.connectToMainThread();
  await post("Debugger.enable", {});
  const { result } = await post("Runtime.evaluate", { expression: "globalThis.${TARGET}" });
  await post("Debugger.setBreakpointOnFunctionCall", { objectId: result.objectId });
  parentPort.postMessage({ armed: true });
})().catch((e) => { parentPort.postMessage({ armed: false, message: String(e && e.message || e) }); clearInterval(alive); });
parentPort.on("message", () => { clearInterval(alive); session.disconnect(); process.exit(0); });
`;

export interface ArmedBreak {
  /** Ends the worker once the call is over. */
  disarm(): Promise<void>;
}

/** Arms a break before the next call of `fn`; resolves once it is set. */
export async function breakOnNextCall(fn: Function): Promise<ArmedBreak> {
  (globalThis as Record<string, unknown>)[TARGET] = fn;
  // Without execArgv: [] the worker would inherit --inspect-brk and wait for a debugger of its own.
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [] });
  const reply = await new Promise<{ armed: boolean; message?: string }>((resolve) => {
    worker.once("message", resolve);
    worker.once("error", (error) => resolve({ armed: false, message: error.message }));
    worker.once("exit", () => resolve({ armed: false, message: "the inspector worker stopped" }));
  });
  if (!reply.armed) {
    await worker.terminate();
    throw new Error(`could not set the breakpoint: ${reply.message}`);
  }
  return {
    async disarm() {
      worker.postMessage("done");
      await worker.terminate().catch(() => undefined);
      delete (globalThis as Record<string, unknown>)[TARGET];
    },
  };
}
