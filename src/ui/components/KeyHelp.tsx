import { Text } from "ink";
import type { Shortcut } from "../../watch/keys.js";

export function KeyHelp({ shortcuts }: { readonly shortcuts: readonly Shortcut[] }): React.JSX.Element {
  return (
    <Text dimColor>
      {shortcuts.map((s, i) => (
        <Text key={s.key}>
          {i > 0 ? " · " : ""}
          <Text bold color="cyan">
            {s.key}
          </Text>{" "}
          {s.label}
        </Text>
      ))}
    </Text>
  );
}
