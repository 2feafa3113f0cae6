// Mutant: integer-division habit: the mean of the two middle values is floored, so 2 and 3 give 2.
export class MedianFinder {
  readonly values: number[] = [];

  add(value: number): void {
    let at = this.values.length;
    while (at > 0 && this.values[at - 1]! > value) at--;
    this.values.splice(at, 0, value);
  }

  median(): number {
    const n = this.values.length;
    if (n === 0) throw new RangeError('empty');
    const mid = n >> 1;
    return n % 2 === 1 ? this.values[mid]! : Math.floor((this.values[mid - 1]! + this.values[mid]!) / 2);
  }
}
