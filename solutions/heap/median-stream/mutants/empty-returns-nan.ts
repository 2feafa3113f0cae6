// Mutant: median() of an empty stream returns NaN (0/0-style arithmetic) instead of throwing RangeError.
export class MedianFinder {
  readonly values: number[] = [];

  add(value: number): void {
    let at = this.values.length;
    while (at > 0 && this.values[at - 1]! > value) at--;
    this.values.splice(at, 0, value);
  }

  median(): number {
    const n = this.values.length;
    if (n === 0) return Number.NaN;
    const mid = n >> 1;
    return n % 2 === 1 ? this.values[mid]! : (this.values[mid - 1]! + this.values[mid]!) / 2;
  }
}
