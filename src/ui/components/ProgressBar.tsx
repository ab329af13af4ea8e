import { Text } from "ink";

/** rustlings-style: [####>-----] 3/6 */
export function ProgressBar({ done, total, width = 24 }: { readonly done: number; readonly total: number; readonly width?: number }): React.JSX.Element {
  const filled = total === 0 ? 0 : Math.round((done / total) * width);
  const bar = "#".repeat(Math.max(0, filled - 1)) + (filled > 0 ? (done === total ? "#" : ">") : "") + "-".repeat(width - filled);
  return (
    <Text>
      [<Text color="green">{bar.slice(0, filled)}</Text>
      <Text dimColor>{bar.slice(filled)}</Text>] {done}/{total}
    </Text>
  );
}
