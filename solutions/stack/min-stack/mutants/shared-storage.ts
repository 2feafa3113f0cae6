// Mutant: stores the values in module-level arrays instead of per-instance fields, so every
// MinStack sees the values pushed on every other one.
const values: number[] = [];
const mins: number[] = [];

export class MinStack {
  push(value: number): void {
    const below = mins.length === 0 ? value : mins[mins.length - 1]!;
    values.push(value);
    mins.push(Math.min(value, below));
  }

  pop(): number | undefined {
    mins.pop();
    return values.pop();
  }

  peek(): number | undefined {
    return values[values.length - 1];
  }

  min(): number | undefined {
    return mins[mins.length - 1];
  }

  get size(): number {
    return values.length;
  }
}
