// Ink hands over a chunk of input at once when keys arrive together (fast typing, a paste,
// tmux send-keys "O(n)" "Enter"): split it into single key presses.
import type { Key } from "ink";

export interface KeyPress {
  input: string;
  ctrl?: boolean;
  escape?: boolean;
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  upArrow?: boolean;
  downArrow?: boolean;
}

export function keyPresses(input: string, key: Key): KeyPress[] {
  const base: KeyPress = { input, ctrl: key.ctrl, escape: key.escape, return: key.return, backspace: key.backspace, delete: key.delete, upArrow: key.upArrow, downArrow: key.downArrow };
  if (input.length <= 1 || key.ctrl || key.escape || key.meta) return [base];
  return [...input].map((ch): KeyPress => {
    if (ch === "\r" || ch === "\n") return { input: "", return: true };
    if (ch === "\u007f" || ch === "\b") return { input: "", backspace: true };
    return { input: ch };
  });
}
