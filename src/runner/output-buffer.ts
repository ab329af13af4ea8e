// Whatever a solution prints, kept short: the first part is shown, the rest only counted.

export const DEFAULT_OUTPUT_LIMIT = 4000;

export class OutputBuffer {
  private text = "";
  private dropped = 0;

  constructor(private readonly limit = DEFAULT_OUTPUT_LIMIT) {}

  write(chunk: string): void {
    const room = this.limit - this.text.length;
    if (room > 0) this.text += chunk.length <= room ? chunk : chunk.slice(0, room);
    if (chunk.length > room) this.dropped += chunk.length - Math.max(room, 0);
  }

  /** The captured text, with a note of how much was cut; empties the buffer. */
  take(): string {
    const out = this.dropped > 0 ? `${this.text}\n… (${this.dropped.toLocaleString("en")} more characters not shown)` : this.text;
    this.text = "";
    this.dropped = 0;
    return out;
  }
}
