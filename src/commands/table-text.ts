// Text for terminal tables: display width (CJK characters take two columns), padding, and
// cutting a styled row to the terminal's width.
import { eastAsianWidth } from "get-east-asian-width";

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Terminal columns: CJK titles take two per character. (string-width's segmenter costs ~40 ms of start-up.) */
export function displayWidth(s: string): number {
  if (PRINTABLE_ASCII.test(s)) return s.length;
  let width = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    // Nothing below U+1100 (where Hangul Jamo starts) is wide: skip the table look-up.
    width += ch === "\n" ? 0 : code < 0x1100 ? 1 : eastAsianWidth(code);
  }
  return width;
}

export function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

/** A piece of a row and how it is coloured. */
export interface Segment {
  text: string;
  style?: (s: string) => string;
}

/**
 * The row's segments styled and joined, cut to `width` columns with "…" when it is wider
 * (styles are applied after the cut, so no escape code is ever split); trailing spaces dropped.
 */
export function fitToWidth(segments: Segment[], width: number): string {
  const plain = segments.map((s) => s.text).join("").trimEnd();
  const lastLine = plain.slice(plain.lastIndexOf("\n") + 1);
  let budget = displayWidth(lastLine) > width ? width - 1 : Infinity;
  let out = "";
  let rest = plain.length;
  for (const seg of segments) {
    let text = seg.text.slice(0, Math.max(0, rest));
    rest -= seg.text.length;
    if (budget !== Infinity) {
      let kept = "";
      for (const ch of text) {
        const w = ch === "\n" ? 0 : displayWidth(ch);
        if (w > budget) break;
        budget -= w;
        kept += ch;
      }
      const cut = kept.length < text.length;
      text = kept + (cut ? "…" : "");
      if (cut) {
        out += seg.style ? seg.style(text) : text;
        return out;
      }
    }
    out += text && seg.style ? seg.style(text) : text;
  }
  return out;
}
