/**
 * slow: counts with a Map, then keeps a leaderboard of at most k entries in rank order, finding each newcomer's place by a linear scan and inserting it with splice.
 * Time: O(n + d·k): each of the d distinct values scans and shifts up to k entries; with k = n/4 and d ≈ 0.8·n (the bench) that is O(n²); n = nums.length.
 * exposed by: many distinct values and a large k, as in the bench.
 */
export function topKFrequent(nums: readonly number[], k: number): number[] {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`k must be a non-negative integer, got ${k}.`);
  const counts = new Map<number, number>();
  for (const value of nums) counts.set(value, (counts.get(value) ?? 0) + 1);

  const board: [number, number][] = []; // [value, count], best first
  if (k === 0) return [];
  for (const [value, count] of counts) {
    let place = 0;
    while (place < board.length) {
      const [v, c] = board[place]!;
      if (count > c || (count === c && value < v)) break;
      place++;
    }
    if (place >= k) continue; // ranks below everything on a full board
    board.splice(place, 0, [value, count]);
    if (board.length > k) board.pop();
  }
  return board.map(([value]) => value);
}
