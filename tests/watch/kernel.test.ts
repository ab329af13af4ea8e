// The session kernel watch, review and mock run on: events through a pure reducer, effects
// carried out in order, file saves and ticks as events, a failing effect shown rather than
// fatal, and a stop that leaves no watcher or timer behind.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SessionKernel, type KernelOptions } from "../../src/watch/kernel.js";
import { tempDir } from "../helpers/cli.js";
import { until } from "../helpers/terminal.js";

type Event = { type: "tick"; now: number } | { type: "say"; text: string; then?: Effect[] } | { type: "saved"; file: string } | { type: "failed"; why: string };
type Effect = { type: "note"; text: string } | { type: "echo"; text: string } | { type: "throw" } | { type: "reject" } | { type: "quit" };
interface State {
  /** Every event the reducer saw, in order. */
  seen: string[];
}

const describeEvent = (e: Event) => (e.type === "tick" ? "tick" : e.type === "say" ? `say ${e.text}` : e.type === "saved" ? `saved ${e.file}` : `failed ${e.why}`);

/** A pure reducer: it records the event and returns the effects the event asks for. */
const reduce = (state: State, event: Event): [State, Effect[]] => [{ seen: [...state.seen, describeEvent(event)] }, event.type === "say" ? (event.then ?? []) : []];

describe("SessionKernel", () => {
  let dir: ReturnType<typeof tempDir>;
  let kernel: SessionKernel<State, Event, Effect> | undefined;
  let done: string[];
  let drawn: State[];
  let quits: State[];

  beforeEach(() => {
    dir = tempDir();
    done = [];
    drawn = [];
    quits = [];
  });
  afterEach(async () => {
    await kernel?.stop();
    dir.remove();
  });

  function make(extra: Partial<KernelOptions<State, Event, Effect>> = {}): SessionKernel<State, Event, Effect> {
    kernel = new SessionKernel<State, Event, Effect>(
      { seen: [] },
      {
        reduce,
        perform: (effect, dispatch) => {
          done.push(effect.type === "note" || effect.type === "echo" ? `${effect.type} ${effect.text}` : effect.type);
          if (effect.type === "echo") dispatch({ type: "say", text: `echo of ${effect.text}` });
          if (effect.type === "throw") throw new Error("the runner broke");
          if (effect.type === "reject") return Promise.reject(new Error("the probe broke"));
          if (effect.type === "quit") return kernel!.stop();
        },
        failed: (effect, error) => ({ type: "failed", why: `${effect.type}: ${(error as Error).message}` }),
        render: (state) => drawn.push(state),
        onQuit: (state) => quits.push(state),
        ...extra,
      },
    );
    return kernel;
  }

  it("reduces each event, draws the new state, then carries out its effects in order", () => {
    const k = make();
    k.dispatch({ type: "say", text: "a", then: [{ type: "note", text: "1" }, { type: "echo", text: "2" }, { type: "note", text: "3" }] });
    expect(done).toEqual(["note 1", "echo 2", "note 3"]);
    // The echo's event is handled before the next effect starts: what an effect reports is in the state first.
    expect(k.current.seen).toEqual(["say a", "say echo of 2"]);
    expect(drawn.map((s) => s.seen.length)).toEqual([1, 2]);
    expect(drawn.at(-1)).toBe(k.current);
  });

  it("shows an effect that throws or rejects as the session's failure event and goes on", async () => {
    const k = make();
    k.dispatch({ type: "say", text: "go", then: [{ type: "throw" }, { type: "reject" }, { type: "note", text: "after" }] });
    expect(done).toEqual(["throw", "reject", "note after"]);
    await until(() => k.current.seen.includes("failed reject: the probe broke"), "the rejected effect to be reported");
    expect(k.current.seen).toEqual(["say go", "failed throw: the runner broke", "failed reject: the probe broke"]);
    k.dispatch({ type: "say", text: "still here" });
    expect(k.current.seen.at(-1)).toBe("say still here");
    expect(k.stopped).toBe(false);
  });

  it("turns saves into events and ticks the clock from the start", async () => {
    const folder = join(dir.path, "work");
    mkdirSync(folder);
    let now = 1000;
    const k = make({
      files: { folder, accepts: (path) => path.endsWith(".ts"), changed: ({ path, exists }) => (exists && !path.endsWith("skip.ts") ? { type: "saved", file: path.slice(folder.length + 1) } : undefined) },
      clock: { now: () => (now += 1), tick: (at) => ({ type: "tick", now: at }), everyMs: 10 },
    });
    k.start();
    expect(k.current.seen).toEqual(["tick"]);
    await until(() => k.current.seen.filter((s) => s === "tick").length >= 3, "three ticks");
    writeFileSync(join(folder, "skip.ts"), "1");
    writeFileSync(join(folder, "lcs.ts"), "1");
    await until(() => k.current.seen.includes("saved lcs.ts"), "the save to arrive");
    expect(k.current.seen).not.toContain("saved skip.ts");
  });

  it("stops once: the clock and the watcher stop, the teardown runs, then onQuit with the last state", async () => {
    const folder = join(dir.path, "work");
    mkdirSync(folder);
    const order: string[] = [];
    // Counted where the watcher and the timer call in, not where the kernel listens: a leak would show.
    let ticks = 0;
    let saves = 0;
    const k = make({
      files: { folder, accepts: () => true, changed: ({ path }) => (saves++, { type: "saved", file: path }) },
      clock: { now: Date.now, tick: (at) => (ticks++, { type: "tick", now: at }), everyMs: 10 },
      teardown: async () => {
        order.push("teardown");
        throw new Error("a runner would not close");
      },
      onQuit: (state) => (order.push("quit"), quits.push(state)),
    });
    k.start();
    await until(() => k.current.seen.length >= 2, "a second tick");
    k.dispatch({ type: "say", text: "bye", then: [{ type: "quit" }, { type: "note", text: "too late" }] });
    await Promise.all([k.stop(), k.stop()]);
    expect(k.stopped).toBe(true);
    expect(order).toEqual(["teardown", "quit"]);
    expect(quits).toHaveLength(1);
    expect(quits[0].seen.at(-1)).toBe("say bye");
    expect(done).toEqual(["quit"]);
    const seen = k.current.seen.length;
    const ticked = ticks;
    writeFileSync(join(folder, "lcs.ts"), "after the end");
    k.dispatch({ type: "say", text: "ignored" });
    await new Promise((r) => setTimeout(r, 300));
    expect(k.current.seen).toHaveLength(seen);
    expect(ticks).toBe(ticked);
    expect(saves).toBe(0);
  });
});
