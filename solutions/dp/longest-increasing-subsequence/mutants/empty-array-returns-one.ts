// Mutant: seeds the tails with the first value without checking for an empty array, so [] gives 1.
export function lisLength(nums: readonly number[]): number {
  const tails: number[] = [nums[0]!];
  for (let k = 1; k < nums.length; k++) {
    const x = nums[k]!;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}
