/**
 * slow: DP where an amount's best is either one coin or the best split into two smaller amounts, trying every split point.
 * Time O(amount²), n = amount: amount a tries a/2 split points, whatever the coins.
 * exposed by: large amounts (quadratic even with a single coin, e.g. coins [1] and amount 10⁴).
 *
 * Correct because any payment with two or more coins can be cut into two non-empty payments;
 * slow because it ignores that the last coin alone is enough to split on.
 */
export function minCoins(coins: readonly number[], amount: number): number {
  const isCoin = new Set(coins);
  const fewest: number[] = [0];
  for (let a = 1; a <= amount; a++) {
    let best = isCoin.has(a) ? 1 : Infinity;
    for (let left = 1; left <= a / 2; left++) {
      const total = fewest[left]! + fewest[a - left]!;
      if (total < best) best = total;
    }
    fewest.push(best);
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount]!;
}
