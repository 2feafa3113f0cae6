/**
 * slow: grows subsets by adding any unused element, then rejects duplicates by scanning every subset found so far.
 * Time O(4ⁿ·n), n = nums.length: each of the ~n·2ⁿ candidates is compared against a result list
 * that grows to 2ⁿ entries.
 * exposed by: any list of more than a dozen values (the output size alone triggers it).
 *
 * The "I'll just check I haven't seen it" version: a candidate is built by appending a later
 * element to an existing subset, re-ordered into input order, and kept only if no stored subset
 * has the same members. The membership test is a linear `some` over the whole result.
 */
export function subsets(nums: readonly number[]): number[][] {
  const out: number[][] = [[]];
  const sameMembers = (x: readonly number[], y: readonly number[]): boolean =>
    x.length === y.length && x.every((v, i) => v === y[i]);
  let frontier: number[][] = [[]];
  while (frontier.length > 0) {
    const next: number[][] = [];
    for (const base of frontier) {
      for (const value of nums) {
        if (base.includes(value)) continue;
        const candidate = nums.filter((v) => v === value || base.includes(v));
        if (out.some((seen) => sameMembers(seen, candidate))) continue;
        out.push(candidate);
        next.push(candidate);
      }
    }
    frontier = next;
  }
  return out;
}
