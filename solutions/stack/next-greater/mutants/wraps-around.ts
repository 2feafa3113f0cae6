// Mutant: solves the circular variant (walks the array twice), so an element with no greater
// value to its right picks one up from the start: [2, 5, 1] gives [5, -1, 2].
export function nextGreater(nums: readonly number[]): number[] {
  const n = nums.length;
  const result = new Array<number>(n).fill(-1);
  const waiting: number[] = [];
  for (let k = 0; k < 2 * n; k++) {
    const j = k % n;
    while (waiting.length > 0 && nums[waiting[waiting.length - 1]!]! < nums[j]!) {
      result[waiting.pop()!] = nums[j]!;
    }
    if (k < n) waiting.push(j);
  }
  return result;
}
