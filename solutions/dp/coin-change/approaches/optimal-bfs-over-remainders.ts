/**
 * optimal: breadth-first search from the amount down to 0, one level per coin, each remainder visited once.
 * Time O(amount·coins), n = amount: at most amount + 1 remainders enter the queue, and each is
 * expanded by every coin once.
 *
 * Level k holds the remainders reachable with exactly k coins and no fewer, so the first level
 * that reaches 0 is the fewest coins. Duplicate denominations are dropped first.
 */
export function minCoins(coins: readonly number[], amount: number): number {
  if (amount === 0) return 0;
  const denominations = [...new Set(coins)];
  const seen = new Uint8Array(amount + 1);
  let level = new Int32Array(amount + 1);
  let levelSize = 1;
  level[0] = amount;
  seen[amount] = 1;
  let next = new Int32Array(amount + 1);
  for (let used = 1; levelSize > 0; used++) {
    let nextSize = 0;
    for (let k = 0; k < levelSize; k++) {
      const rest = level[k]!;
      for (const coin of denominations) {
        const left = rest - coin;
        if (left < 0 || seen[left]) continue;
        if (left === 0) return used;
        seen[left] = 1;
        next[nextSize++] = left;
      }
    }
    [level, next] = [next, level];
    levelSize = nextSize;
  }
  return -1;
}
