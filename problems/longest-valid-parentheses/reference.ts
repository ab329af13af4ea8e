// A stack of indices whose bottom is the position just before the current valid run.
export function longestValidParentheses(s: string): number {
  const stack: number[] = [-1];
  let best = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(") stack.push(i);
    else if (c === ")") {
      stack.pop();
      if (stack.length === 0) stack.push(i);
      else best = Math.max(best, i - stack[stack.length - 1]);
    } else throw new RangeError(`s may hold only '(' and ')', found ${JSON.stringify(c)} at index ${i}`);
  }
  return best;
}
