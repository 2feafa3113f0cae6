// Mutant: the textbook reduction "LIS = longest common subsequence of nums and its distinct values
// in ascending order", with the sort done by the default `.sort()`, which compares numbers as
// text: [2, 10] sorts to [10, 2], the common subsequence of [2, 10] and [10, 2] is 1 long, and
// lisLength([2, 10]) gives 1 instead of 2.
export function lisLength(nums: readonly number[]): number {
  const sorted = [...new Set(nums)].sort();
  let previous = new Array<number>(sorted.length + 1).fill(0);
  for (const x of nums) {
    const row = [0];
    for (let j = 1; j <= sorted.length; j++) {
      row.push(x === sorted[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!));
    }
    previous = row;
  }
  return previous[sorted.length]!;
}
