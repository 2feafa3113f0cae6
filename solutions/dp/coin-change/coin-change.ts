/**
 * Reference: unbounded coin DP over amounts.
 *
 * Invariant: once `fewest[a]` is filled, it is the fewest coins summing to exactly `a`, or
 * Infinity if no combination does. An optimal way to pay `a > 0` ends with some coin c <= a, and
 * what comes before it is an optimal way to pay `a - c`; amounts are filled in increasing order,
 * so `fewest[a - c]` is final when `a` is computed.
 *
 * Complexity: O(amount · coins) time, O(amount) extra memory.
 */
export function minCoins(coins: readonly number[], amount: number): number {
  const fewest = new Array<number>(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    let best = Infinity;
    for (const coin of coins) {
      if (coin <= a && fewest[a - coin]! + 1 < best) best = fewest[a - coin]! + 1;
    }
    fewest[a] = best;
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount]!;
}
