/**
 * slow: counts through all nⁿ sequences of indices like an odometer and keeps those with no repeated index.
 * Time O(n·nⁿ), n = nums.length: nⁿ sequences, each checked for repeats in O(n) with a stamp
 * array; only n! of them survive, so the waste grows like eⁿ/√n.
 * exposed by: any input past five or six values (the number of sequences explodes with n).
 *
 * An "every digit can be any index" enumeration: correct because a sequence of n distinct
 * indices is exactly a permutation, but it never abandons a sequence early.
 */
export function permutations(nums: readonly number[]): number[][] {
  const n = nums.length;
  const out: number[][] = [];
  if (n === 0) return [[]];
  const digits = new Array<number>(n).fill(0);
  const stamp = new Array<number>(n).fill(-1);
  let check = 0;
  for (;;) {
    check++;
    let distinct = true;
    for (const d of digits) {
      if (stamp[d] === check) {
        distinct = false;
        break;
      }
      stamp[d] = check;
    }
    if (distinct) out.push(digits.map((d) => nums[d]!));
    // odometer increment
    let pos = n - 1;
    while (pos >= 0 && digits[pos] === n - 1) {
      digits[pos] = 0;
      pos--;
    }
    if (pos < 0) break;
    digits[pos]!++;
  }
  return out;
}
