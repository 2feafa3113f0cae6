// Mutant: with an even count it returns the lower of the two middle values instead of their mean.
export class MedianFinder {
  readonly values: number[] = [];

  add(value: number): void {
    let at = this.values.length;
    while (at > 0 && this.values[at - 1]! > value) at--;
    this.values.splice(at, 0, value);
  }

  median(): number {
    if (this.values.length === 0) throw new RangeError('empty');
    return this.values[(this.values.length - 1) >> 1]!;
  }
}
