/**
 * optimal: walk the 2ⁿ masks in Gray-code order, toggling one element per step in a membership table.
 * Time O(n·2ⁿ), n = nums.length: each step flips one flag in O(1) and materialises the current
 * subset in O(n) by reading the flags in input order.
 *
 * Consecutive Gray codes g(k) = k ^ (k >> 1) differ in exactly the bit of the lowest set bit of
 * k, so the membership table is kept up to date without recomputing a mask from scratch.
 */
export function subsets(nums: readonly number[]): number[][] {
  const n = nums.length;
  const inSubset = new Uint8Array(n);
  const out: number[][] = [[]];
  const total = 2 ** n;
  for (let k = 1; k < total; k++) {
    // index of the lowest set bit of k: the element that changes between g(k-1) and g(k)
    let flip = 0;
    while (((k >> flip) & 1) === 0) flip++;
    inSubset[flip] = inSubset[flip]! ^ 1;
    const subset: number[] = [];
    for (let i = 0; i < n; i++) if (inSubset[i]) subset.push(nums[i]!);
    out.push(subset);
  }
  return out;
}
