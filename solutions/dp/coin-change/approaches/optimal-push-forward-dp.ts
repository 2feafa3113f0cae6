/**
 * optimal: "push" DP that walks amounts upward and relaxes a + coin from every amount a already paid.
 * Time O(amount·coins), n = amount: each amount pushes to at most one cell per coin.
 *
 * When the walk reaches a, every way of paying a ends with a coin from a smaller amount, which has
 * already pushed into a, so fewest[a] is final and can push further.
 */
export function minCoins(coins: readonly number[], amount: number): number {
  const fewest = new Int32Array(amount + 1).fill(-1);
  fewest[0] = 0;
  for (let a = 0; a < amount; a++) {
    const here = fewest[a]!;
    if (here < 0) continue;
    for (const coin of coins) {
      const to = a + coin;
      if (to > amount) continue;
      if (fewest[to] === -1 || here + 1 < fewest[to]!) fewest[to] = here + 1;
    }
  }
  return fewest[amount]!;
}
