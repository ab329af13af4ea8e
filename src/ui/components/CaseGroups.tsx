import { Box, Text } from "ink";
import type { ProblemResult } from "../../suite/results.js";
import { formatMs } from "../../report/text.js";

const LABELS = { own: "your cases  ", fixed: "fixed cases ", random: "random check" } as const;

/** One row per case group (your cases, fixed cases, random cross-check) with ✓/✗, counts and timing. */
export function CaseGroups({ result }: { readonly result: ProblemResult }): React.JSX.Element {
  const groups = (["own", "fixed", "random"] as const)
    .map((group) => {
      const cases = result.caseResults.filter((c) => c.group === group);
      const passed = cases.filter((c) => c.status === "passed").length;
      const ms = cases.reduce((sum, c) => sum + c.ms, 0);
      return { group, total: cases.length, passed, ms };
    })
    .filter((g) => g.total > 0);
  return (
    <Box flexDirection="column">
      {groups.map((g) => (
        <Text key={g.group}>
          {"  "}
          {g.passed === g.total ? <Text color="green">✓</Text> : <Text color="red">✗</Text>} {LABELS[g.group]}{" "}
          {g.passed}/{g.total} <Text dimColor>{formatMs(g.ms)}</Text>
        </Text>
      ))}
      {(result.caseLineErrors ?? []).map((e) => (
        <Text key={`line-${e.line}`} color="yellow">
          {"  "}! {result.file}:{e.line}: {e.message}
        </Text>
      ))}
    </Box>
  );
}
