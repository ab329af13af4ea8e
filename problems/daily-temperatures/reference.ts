// Monotonic stack of indices still waiting for a warmer day; their temperatures
// never increase from bottom to top.
export function dailyTemperatures(temperatures: number[]): number[] {
  const n = temperatures.length;
  const answer = new Array<number>(n).fill(0);
  const waiting: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = temperatures[i];
    while (waiting.length > 0 && temperatures[waiting[waiting.length - 1]] < t) {
      const j = waiting.pop()!;
      answer[j] = i - j;
    }
    waiting.push(i);
  }
  return answer;
}
