// Mutant: builds subsets by putting each new value in front, so every subset comes out in
// reverse input order ([2, 1] instead of [1, 2]).
export function subsets(nums: readonly number[]): number[][] {
  const result: number[][] = [[]];
  for (const value of nums) {
    const count = result.length;
    for (let k = 0; k < count; k++) result.push([value, ...result[k]!]);
  }
  return result;
}
