// Mutant: the "encoded minimum" trick (one stack, no second array: a push below the minimum
// stores 2·value − min, a marker from which pop recovers the previous minimum) kept in a growable
// Int32Array. Values of 2^31 or more wrap and fractions are truncated: push(2147483648) then
// peek() gives -2147483648, push(0.5) then pop() gives 0.
export class MinStack {
  private data = new Int32Array(16);
  private length = 0;
  private minimum = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    if (this.length === 0) {
      this.data[0] = value;
      this.minimum = value;
    } else if (value < this.minimum) {
      this.data[this.length] = 2 * value - this.minimum;
      this.minimum = value;
    } else {
      this.data[this.length] = value;
    }
    this.length++;
  }

  pop(): number | undefined {
    if (this.length === 0) return undefined;
    const top = this.data[--this.length]!;
    if (this.length > 0 && top < this.minimum) {
      const value = this.minimum;
      this.minimum = 2 * this.minimum - top;
      return value;
    }
    return top;
  }

  peek(): number | undefined {
    if (this.length === 0) return undefined;
    const top = this.data[this.length - 1]!;
    return this.length > 1 && top < this.minimum ? this.minimum : top;
  }

  min(): number | undefined {
    return this.length === 0 ? undefined : this.minimum;
  }

  get size(): number {
    return this.length;
  }
}
