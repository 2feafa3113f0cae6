// Mutant: keeps the subset being built in a preallocated Int32Array (with a length counter) and
// records a copy of its filled part: values past 2^31 − 1 wrap around, so [2147483648] gives
// [[], [-2147483648]].
export function subsets(nums: readonly number[]): number[][] {
  const result: number[][] = [];
  const current = new Int32Array(nums.length);

  const choose = (i: number, size: number): void => {
    if (i === nums.length) {
      result.push(Array.from(current.subarray(0, size)));
      return;
    }
    choose(i + 1, size);
    current[size] = nums[i]!;
    choose(i + 1, size + 1);
  };

  choose(0, 0);
  return result;
}
