/**
 * Brute force: a plain array, and `min()` scans all of it. Correct and obvious, but `min()` is
 * O(n): n pushes each followed by `min()` cost O(n²).
 */
export class MinStack {
  private readonly values: number[] = [];

  push(value: number): void {
    this.values.push(value);
  }

  pop(): number | undefined {
    return this.values.pop();
  }

  peek(): number | undefined {
    return this.values[this.values.length - 1];
  }

  min(): number | undefined {
    if (this.values.length === 0) return undefined;
    let smallest = this.values[0]!;
    for (const v of this.values) if (v < smallest) smallest = v;
    return smallest;
  }

  get size(): number {
    return this.values.length;
  }
}
