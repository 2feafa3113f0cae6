/**
 * slow: the include/exclude recursion with its memo kept as an array of {i, room, best} records searched with `find`.
 * Time O((n·capacity)²) in the worst case, n = items: up to n·capacity states, and every call
 * scans all the records stored so far; on the bench (about 2^i distinct rooms per level, up to
 * the capacity) the record list reaches thousands after a dozen items.
 * exposed by: many light items with a capacity around their total weight (many distinct rooms per level).
 *
 * The memo is there, so the exponential blow-up is gone, but a linear lookup replaced the O(1) one.
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const memo: { i: number; room: number; best: number }[] = [];
  const solve = (i: number, room: number): number => {
    if (i === items.length) return 0;
    const hit = memo.find((m) => m.i === i && m.room === room);
    if (hit) return hit.best;
    const { weight, value } = items[i]!;
    const skip = solve(i + 1, room);
    const take = weight <= room ? value + solve(i + 1, room - weight) : -Infinity;
    const best = Math.max(skip, take);
    memo.push({ i, room, best });
    return best;
  };
  return solve(0, capacity);
}
