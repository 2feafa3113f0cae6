// Mutant: keeps one running-minimum variable, updated on push but never restored on pop, so after
// the minimum is popped `min()` still reports it.
export class MinStack {
  private readonly values: number[] = [];
  private smallest: number | undefined = undefined;

  push(value: number): void {
    this.values.push(value);
    if (this.smallest === undefined || value < this.smallest) this.smallest = value;
  }

  pop(): number | undefined {
    const value = this.values.pop();
    if (this.values.length === 0) this.smallest = undefined;
    return value;
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    return this.smallest;
  }

  get size(): number {
    return this.values.length;
  }
}
