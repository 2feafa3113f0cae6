// Mutant: the "encoded minimum" trick in an ordinary array of doubles: a push below the minimum
// stores 2·value − min, and pop recovers the previous minimum as 2·min − stored. Exact for small
// integers, but the arithmetic rounds or overflows elsewhere: push(1e308), push(-1e308) stores
// -Infinity, and after pop() the minimum is NaN instead of 1e308.
export class MinStack {
  private readonly data: number[] = [];
  private minimum = 0;

  push(value: number): void {
    if (this.data.length === 0) {
      this.data.push(value);
      this.minimum = value;
    } else if (value < this.minimum) {
      this.data.push(2 * value - this.minimum);
      this.minimum = value;
    } else {
      this.data.push(value);
    }
  }

  pop(): number | undefined {
    if (this.data.length === 0) return undefined;
    const top = this.data.pop()!;
    if (this.data.length > 0 && top < this.minimum) {
      const value = this.minimum;
      this.minimum = 2 * this.minimum - top;
      return value;
    }
    return top;
  }

  peek(): number | undefined {
    if (this.data.length === 0) return undefined;
    const top = this.data[this.data.length - 1]!;
    return this.data.length > 1 && top < this.minimum ? this.minimum : top;
  }

  min(): number | undefined {
    return this.data.length === 0 ? undefined : this.minimum;
  }

  get size(): number {
    return this.data.length;
  }
}
