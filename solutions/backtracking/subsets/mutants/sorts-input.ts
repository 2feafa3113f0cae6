// Mutant: sorts the caller's array in place "to make the output tidy": it mutates a read-only
// input and puts the values of every subset in ascending order instead of input order.
export function subsets(nums: readonly number[]): number[][] {
  const sorted = (nums as number[]).sort((a, b) => a - b);
  const result: number[][] = [[]];
  for (const value of sorted) {
    const count = result.length;
    for (let k = 0; k < count; k++) result.push([...result[k]!, value]);
  }
  return result;
}
