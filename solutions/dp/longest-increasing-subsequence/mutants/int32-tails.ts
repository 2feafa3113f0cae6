// Mutant: keeps the tails in a preallocated Int32Array with a length counter: fractions truncate
// and values past 2^31 − 1 wrap, so [0.5, 0.75] stores 0 twice and gives 1 instead of 2, and
// [2147483647, 2147483648] gives 1 instead of 2.
export function lisLength(nums: readonly number[]): number {
  const tails = new Int32Array(nums.length);
  let length = 0;
  for (const x of nums) {
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
    if (lo === length) length++;
  }
  return length;
}
