/**
 * Reference: backtracking over positions with a `used` flag per index.
 *
 * Invariant: `current` is a prefix of an ordering, and `used[i]` is true exactly when nums[i] is
 * in it. Every extension puts one unused value at the next position, so each complete ordering
 * is reached along exactly one path of choices: none twice, none missed.
 *
 * Complexity: n! leaves, each copied in O(n); the inner nodes number at most e·n! in total and
 * each costs O(n) to scan for unused values, so O(n·n!) time. Recursion depth is n.
 */
export function permutations(nums: readonly number[]): number[][] {
  const n = nums.length;
  const result: number[][] = [];
  const current: number[] = [];
  const used: boolean[] = new Array<boolean>(n).fill(false);

  const extend = (): void => {
    if (current.length === n) {
      result.push(current.slice());
      return;
    }
    for (let i = 0; i < n; i++) {
      if (used[i]) continue;
      used[i] = true;
      current.push(nums[i]!);
      extend();
      current.pop();
      used[i] = false;
    }
  };

  extend();
  return result;
}
