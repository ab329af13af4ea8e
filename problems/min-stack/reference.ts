// Two stacks side by side: mins[i] is the smallest of values[0..i], so the top of mins
// is the minimum of whatever is left after any number of pops.
export class MinStack {
  private readonly values: number[] = [];
  private readonly mins: number[] = [];

  push(val: number): void {
    const below = this.mins.length === 0 ? val : this.mins[this.mins.length - 1];
    this.values.push(val);
    this.mins.push(val < below ? val : below);
  }

  pop(): void {
    this.values.pop();
    this.mins.pop();
  }

  top(): number {
    return this.values[this.values.length - 1];
  }

  getMin(): number {
    return this.mins[this.mins.length - 1];
  }
}
