// Mutant: pops while the waiting value is `<=` the current one, so an equal value later in the
// array is taken as "greater": [1, 1, 2] gives [1, 2, -1].
export function nextGreater(nums: readonly number[]): number[] {
  const result = new Array<number>(nums.length).fill(-1);
  const waiting: number[] = [];
  for (let j = 0; j < nums.length; j++) {
    while (waiting.length > 0 && nums[waiting[waiting.length - 1]!]! <= nums[j]!) {
      result[waiting.pop()!] = nums[j]!;
    }
    waiting.push(j);
  }
  return result;
}
