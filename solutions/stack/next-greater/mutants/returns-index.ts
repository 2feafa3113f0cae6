// Mutant: stores the index of the next greater element instead of its value.
export function nextGreater(nums: readonly number[]): number[] {
  const result = new Array<number>(nums.length).fill(-1);
  const waiting: number[] = [];
  for (let j = 0; j < nums.length; j++) {
    while (waiting.length > 0 && nums[waiting[waiting.length - 1]!]! < nums[j]!) {
      result[waiting.pop()!] = j;
    }
    waiting.push(j);
  }
  return result;
}
