// Mutant: builds one chain greedily from the first value, taking every value larger than the last one taken.
export function lisLength(nums: readonly number[]): number {
  let count = 0;
  let last = -Infinity;
  for (const x of nums) {
    if (x > last) {
      count++;
      last = x;
    }
  }
  return count;
}
