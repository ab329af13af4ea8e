// drill review's line under the heading: each problem of the review and its grade so far.
import { Text } from "ink";
import { GRADE_LABEL } from "../../quiz/scheduler.js";
import type { ReviewState } from "../../review/session.js";
import { itemKey } from "../../watch/keys.js";

const GRADE_COLOR = { 1: "red", 2: "yellow", 3: "green", 4: "cyan" } as const;

export function ReviewBanner({ state }: { readonly state: ReviewState }): React.JSX.Element {
  return (
    <Text>
      {state.items.map((item, i) => {
        const track = state.tracks[itemKey(item)];
        return (
          <Text key={itemKey(item)}>
            {i > 0 ? " · " : ""}
            {item.slug} [{item.lang}]{" "}
            {track?.grade ? (
              <Text color={GRADE_COLOR[track.grade]}>
                {GRADE_LABEL[track.grade]}
                {track.due ? ` → due ${track.due.slice(0, 10)}` : ""}
              </Text>
            ) : (
              <Text dimColor>{i === state.current ? "now" : "to do"}</Text>
            )}
          </Text>
        );
      })}
      <Text dimColor>{"  "}(graded when it passes, or when you leave it after saving it)</Text>
    </Text>
  );
}
