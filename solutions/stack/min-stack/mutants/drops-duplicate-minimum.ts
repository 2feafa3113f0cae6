// Mutant: the auxiliary stack only records a value strictly smaller than its top, but pop removes
// from it whenever the popped value equals its top. With two copies of the minimum, popping one
// forgets the other: push(2), push(1), push(1), pop() leaves min() at 2.
export class MinStack {
  private readonly values: number[] = [];
  private readonly mins: number[] = [];

  push(value: number): void {
    this.values.push(value);
    if (this.mins.length === 0 || value < this.mins[this.mins.length - 1]!) this.mins.push(value);
  }

  pop(): number | undefined {
    const value = this.values.pop();
    if (value !== undefined && value === this.mins[this.mins.length - 1]) this.mins.pop();
    return value;
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
