/**
 * optimal: depth-first include/exclude recursion over one shared `picked` array, copied at each leaf.
 * Time O(n·2ⁿ), n = nums.length: the decision tree has 2ⁿ leaves and 2ⁿ − 1 inner nodes, each
 * inner node does O(1) work and each leaf copies at most n values.
 *
 * Deciding the elements in input order (leave nums[i] out, then put it in) means every subset is
 * reached by exactly one root-to-leaf path and is already in input order when it is copied.
 */
export function subsets(nums: readonly number[]): number[][] {
  const out: number[][] = [];
  const picked: number[] = [];
  const decide = (i: number): void => {
    if (i === nums.length) {
      out.push(picked.slice());
      return;
    }
    decide(i + 1); // nums[i] left out
    picked.push(nums[i]!);
    decide(i + 1); // nums[i] taken
    picked.pop();
  };
  decide(0);
  return out;
}
