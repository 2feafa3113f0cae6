/**
 * optimal: Heap's algorithm on a private working copy, snapshotting the copy after every swap.
 * Time O(n·n!), n = nums.length: Heap's algorithm reaches each of the n! orderings with one swap
 * (amortised O(1) bookkeeping per ordering), and each snapshot copies n values.
 *
 * Iterative form: `c[i]` counts how many swaps level i has done; an odd level swaps position
 * c[i] with i, an even level swaps 0 with i. The input itself is never touched.
 */
export function permutations(nums: readonly number[]): number[][] {
  const work = nums.slice();
  const n = work.length;
  const out: number[][] = [work.slice()];
  const c = new Array<number>(n).fill(0);
  let i = 1;
  while (i < n) {
    if (c[i]! < i) {
      const j = i % 2 === 1 ? c[i]! : 0;
      const tmp = work[j]!;
      work[j] = work[i]!;
      work[i] = tmp;
      out.push(work.slice());
      c[i]!++;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return out;
}
