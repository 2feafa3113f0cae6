// Mutant: builds each ordering in a preallocated Int32Array and records a copy of it: values past
// 2^31 − 1 wrap around, so [2147483648] gives [[-2147483648]].
export function permutations(nums: readonly number[]): number[][] {
  const n = nums.length;
  const result: number[][] = [];
  const current = new Int32Array(n);
  const used = new Array<boolean>(n).fill(false);

  const extend = (depth: number): void => {
    if (depth === n) {
      result.push(Array.from(current));
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      current[depth] = nums[i]!;
      extend(depth + 1);
      used[i] = false;
    }
  };

  extend(0);
  return result;
}
