// Mutant: checks that both indices are inside the list but not that left <= right, so an
// inverted range returns minus the sum between them instead of throwing.
export class RangeSum {
  private readonly prefix: number[];

  constructor(nums: readonly number[]) {
    this.prefix = [0];
    for (const value of nums) this.prefix.push(this.prefix.at(-1)! + value);
  }

  sum(left: number, right: number): number {
    const length = this.prefix.length - 1;
    if (left < 0 || left >= length || right < 0 || right >= length) throw new RangeError('index out of range');
    return this.prefix[right + 1]! - this.prefix[left]!;
  }
}
