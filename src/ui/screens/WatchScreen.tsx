// drill watch: finished runs scroll up as one-line log entries (Static); below them, redrawn
// in place, the current problem: its cases, the first failure, the probe, hints and keys.
import { Box, Static, Text } from "ink";
import type { Lang, Problem } from "../../registry/problem.js";
import { scalingChart } from "../../report/chart.js";
import { failureLines, formatMs, probeLine, problemDetails } from "../../report/text.js";
import { buildFailureView } from "../../report/failure-view.js";
import { availableShortcuts, itemKey } from "../../watch/keys.js";
import type { LogEntry, WatchState } from "../../watch/session.js";
import { CaseGroups } from "../components/CaseGroups.js";
import { KeyHelp } from "../components/KeyHelp.js";
import { ProgressBar } from "../components/ProgressBar.js";
import { Spinner } from "../components/Spinner.js";
import { drillCommand } from "../../invocation.js";

export interface WatchScreenProps {
  readonly state: WatchState;
  readonly problems: ReadonlyMap<string, Problem>;
  /** The reference solution's text (read on demand). */
  readonly reference?: (slug: string, lang: Lang) => string | undefined;
  /** The heading (drill review draws this screen too). */
  readonly title?: string;
  /** Lines under the heading. */
  readonly banner?: React.ReactNode;
  /** The command that lists every failing case of an item (default: drill test <slug>). */
  readonly testCommand?: (item: { slug: string; file: string }) => string;
}

function logLine(entry: LogEntry): string {
  const time = new Date(entry.at).toTimeString().slice(0, 8);
  const mark = entry.status === "passed" ? "✓" : "✗";
  return `${time} ${mark} ${entry.slug} [${entry.lang}] ${entry.passed}/${entry.total} cases ${formatMs(entry.ms)}`;
}

function ProblemList({ state }: { readonly state: WatchState }): React.JSX.Element {
  return (
    <Box flexDirection="column">
      <Text bold>Jump to a problem (↑/↓, enter; esc to go back)</Text>
      {state.items.map((item, i) => {
        const status = state.results[itemKey(item)]?.status;
        const mark = status === "passed" ? "✓" : status ? "✗" : "·";
        return (
          <Text key={itemKey(item)} inverse={i === state.listCursor}>
            {i === state.listCursor ? "›" : " "} {mark} {item.slug} [{item.lang}] {item.title}
          </Text>
        );
      })}
    </Box>
  );
}

/** The first lines of the reference, and how many more there are and where to read them all. */
export const REFERENCE_LINES = 40;

function ReferenceLines({ text, command }: { readonly text: string; readonly command: string }): React.JSX.Element {
  const lines = text.replace(/\n+$/, "").split("\n");
  const more = lines.length - REFERENCE_LINES;
  return (
    <Box flexDirection="column">
      <Text>{lines.slice(0, REFERENCE_LINES).join("\n")}</Text>
      {more > 0 && (
        <Text color="cyan">
          … {more} more line{more === 1 ? "" : "s"}: {command}
        </Text>
      )}
    </Box>
  );
}

export function WatchScreen({ state, problems, reference, title = "drill watch", banner, testCommand = (i) => drillCommand(`test ${i.slug}`) }: WatchScreenProps): React.JSX.Element {
  const item = state.items[state.current];
  const key = item ? itemKey(item) : "";
  const result = state.results[key];
  const probe = state.probes[key];
  const problem = item ? problems.get(item.slug) : undefined;
  const passing = state.items.filter((i) => state.results[itemKey(i)]?.status === "passed").length;
  const running = state.running?.key === key ? state.running : undefined;
  const hints = problem && item ? problem.meta.hints.slice(0, state.hintsShown[item.slug] ?? 0) : [];

  let body: React.JSX.Element;
  if (state.view === "list") {
    body = <ProblemList state={state} />;
  } else if (!item) {
    body = <Text>No solutions in the workspace yet. Create one in another terminal with {drillCommand("new <slug>")}; it shows up here.</Text>;
  } else {
    const failure = result?.failures[0];
    const detail =
      result?.status === "error" && problem
        ? problemDetails({ ...result, failures: [] }, problem)
        : failure && problem
          ? failureLines(buildFailureView(failure, problem, result!), "  ")
          : [];
    body = (
      <Box flexDirection="column">
        <Text>
          <Text bold>▶ {item.slug}</Text> <Text dimColor>[{item.lang}]</Text> {item.title} <Text dimColor>— {item.file}</Text>
        </Text>
        {!item.exists && <Text color="yellow">  {item.file} is gone; save it again (or run {drillCommand(`new ${item.slug}`)}) and it is picked up.</Text>}
        {running && (
          <Text>
            {"  "}
            <Spinner />{" "}
            {running.phase === "probe"
              ? `probing the time complexity${running.probeN ? `: n = ${running.probeN.toLocaleString("en")}` : "…"}`
              : running.total
                ? `running case ${running.done}/${running.total}`
                : "compiling…"}
          </Text>
        )}
        {result && result.status !== "error" && result.status !== "missing" && <CaseGroups result={result} />}
        {result?.status === "error" && <Text color="red">  {result.error?.message}</Text>}
        {detail.length > 0 && <Text>{detail.join("\n")}</Text>}
        {result && result.failures.length > 1 && (
          <Text dimColor>
            {"  "}and {result.failures.length - 1} more failing case{result.failures.length > 2 ? "s" : ""} ({testCommand(item)} lists them)
          </Text>
        )}
        {result?.status === "passed" && !probe && !running && <Text color="green">  All cases pass. Press c to probe the time complexity, n for the next problem.</Text>}
        {probe && <Text>{[probeLine(probe), ...scalingChart(probe, { height: 5 }).map((l) => `    ${l}`)].join("\n")}</Text>}
        {state.showSolution && (result?.status === "passed" || state.canSkip) && problem && (
          <Box flexDirection="column" marginTop={1}>
            <Text bold>Reference solution <Text dimColor>(s to hide)</Text></Text>
            <Text dimColor>{problem.meta.hints[problem.meta.hints.length - 1]}</Text>
            <ReferenceLines text={reference?.(item.slug, item.lang) ?? ""} command={drillCommand(`solution ${item.slug}${item.lang === "ts" ? "" : ` --lang ${item.lang}`}`)} />
          </Box>
        )}
        {hints.map((h, i) => (
          <Text key={i} color="yellow">
            {"  "}Hint {i + 1}/{item.hints}: {h}
          </Text>
        ))}
      </Box>
    );
  }

  return (
    <>
      <Static items={state.log}>{(entry) => <Text key={entry.id} dimColor>{logLine(entry)}</Text>}</Static>
      <Box flexDirection="column" marginTop={1}>
        <Text>
          <Text bold color="cyan">
            {title}
          </Text>{" "}
          <ProgressBar done={passing} total={state.items.length} /> passing
        </Text>
        {banner}
        {state.workspaceMissing && <Text color="yellow">The workspace folder is gone; waiting for it to come back.</Text>}
        {state.notice && <Text color="red">{state.notice}</Text>}
        {state.info && <Text color="cyan">{state.info}</Text>}
        {state.notSaved && <Text color="yellow">{state.notSaved}</Text>}
        {body}
        <KeyHelp shortcuts={availableShortcuts(state)} />
      </Box>
    </>
  );
}
