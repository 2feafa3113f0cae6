/**
 * optimal: ranks the values, then for each value asks a Fenwick tree (prefix maximum) for the best length ending at a strictly smaller rank.
 * Time O(n log n), n = nums.length: one sort to rank the values, then one O(log n) query and
 * one O(log n) update per value.
 *
 * best[rank] is the longest strictly increasing subsequence of the prefix read so far that ends
 * with a value of that rank; the Fenwick tree answers "max over ranks 1..r − 1" in O(log n).
 * Equal values share a rank, and the query stops below it, so they never extend each other.
 */
export function lisLength(nums: readonly number[]): number {
  const distinct = [...new Set(nums)].sort((x, y) => x - y);
  const rankOf = new Map<number, number>();
  distinct.forEach((v, i) => rankOf.set(v, i + 1));
  const size = distinct.length;
  const tree = new Int32Array(size + 1);
  let answer = 0;
  for (const x of nums) {
    const r = rankOf.get(x)!;
    let before = 0;
    for (let i = r - 1; i > 0; i -= i & -i) if (tree[i]! > before) before = tree[i]!;
    const length = before + 1;
    if (length > answer) answer = length;
    for (let i = r; i <= size; i += i & -i) if (tree[i]! < length) tree[i] = length;
  }
  return answer;
}
