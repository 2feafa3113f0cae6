// Mutant: keeps its own counter and decrements it on every pop, even on an empty stack, so size
// becomes -1 and the next push is reported as size 0.
export class MinStack {
  private readonly values: number[] = [];
  private readonly mins: number[] = [];
  private count = 0;

  push(value: number): void {
    const below = this.mins.length === 0 ? value : this.mins[this.mins.length - 1]!;
    this.values.push(value);
    this.mins.push(Math.min(value, below));
    this.count++;
  }

  pop(): number | undefined {
    this.count--;
    this.mins.pop();
    return this.values.pop();
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.mins[this.mins.length - 1];
  }

  get size(): number {
    return this.count;
  }
}
