/**
 * optimal: builds the orderings of the first k values by inserting value k into every gap of each ordering of the first k − 1.
 * Time O(n·n!), n = nums.length: the last round creates n! arrays of length n; the earlier rounds
 * together cost less than that (k! arrays of length k, summed over k < n).
 *
 * Each ordering of k values arises from exactly one ordering of the first k − 1 (remove value k)
 * and one gap, so nothing is produced twice or missed.
 */
export function permutations(nums: readonly number[]): number[][] {
  let level: number[][] = [[]];
  for (const value of nums) {
    const grown: number[][] = [];
    for (const order of level) {
      for (let gap = 0; gap <= order.length; gap++) {
        const next = new Array<number>(order.length + 1);
        for (let t = 0; t < gap; t++) next[t] = order[t]!;
        next[gap] = value;
        for (let t = gap; t < order.length; t++) next[t + 1] = order[t]!;
        grown.push(next);
      }
    }
    level = grown;
  }
  return level;
}
