// Mutant: keeps the answers in an Int32Array (filled with -1 and turned into an array at the
// end): a value of 2^31 or more wraps to a negative number, [0, 2147483648] gives [-2147483648, -1].
export function nextGreater(nums: readonly number[]): number[] {
  const result = new Int32Array(nums.length).fill(-1);
  const waiting: number[] = [];
  for (let j = 0; j < nums.length; j++) {
    const value = nums[j]!;
    while (waiting.length > 0 && nums[waiting[waiting.length - 1]!]! < value) {
      result[waiting.pop()!] = value;
    }
    waiting.push(j);
  }
  return Array.from(result);
}
