// Mutant: seeds the running minimum with Infinity, so min() on an empty stack returns Infinity
// instead of undefined.
export class MinStack {
  private readonly values: number[] = [];
  private readonly mins: number[] = [Infinity];

  push(value: number): void {
    this.values.push(value);
    this.mins.push(Math.min(value, this.mins[this.mins.length - 1]!));
  }

  pop(): number | undefined {
    if (this.values.length > 0) this.mins.pop();
    return this.values.pop();
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.mins[this.mins.length - 1];
  }

  get size(): number {
    return this.values.length;
  }
}
