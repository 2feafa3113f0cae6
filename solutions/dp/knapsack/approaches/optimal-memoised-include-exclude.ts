/**
 * optimal: the include/exclude recursion over (item index, room left), memoised in a flat typed array.
 * Time O(n·capacity), n = items: at most (n + 1)·(capacity + 1) distinct states, each computed
 * once in O(1); usually far fewer are reached (only rooms that some subset leaves).
 * Recursion depth is n.
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  const width = capacity + 1;
  const memo = new Float64Array((items.length + 1) * width).fill(-1);
  const best = (i: number, room: number): number => {
    if (i === items.length) return 0;
    const slot = i * width + room;
    if (memo[slot]! >= 0) return memo[slot]!;
    const { weight, value } = items[i]!;
    let result = best(i + 1, room);
    if (weight <= room) {
      const taken = value + best(i + 1, room - weight);
      if (taken > result) result = taken;
    }
    memo[slot] = result;
    return result;
  };
  return best(0, capacity);
}
