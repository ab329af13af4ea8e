// A full garbage collection on demand, when V8 lets us have one (drill's workers, or a process
// started with --expose-gc); undefined where it does not.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export function findGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === "function") return exposed;
  try {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  } catch {
    return undefined;
  }
}

/** Every collection a full one (or back to normal): old garbage must not read as live memory while measuring it. */
export function fullCollections(on: boolean): void {
  setFlagsFromString(on ? "--gc-global" : "--no-gc-global");
}
