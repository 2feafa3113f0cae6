// Mutant: walks amounts downward inside the coin loop (the 0/1 knapsack order), so each denomination is used at most once.
export function minCoins(coins: readonly number[], amount: number): number {
  const fewest = new Array<number>(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (const coin of coins) {
    for (let a = amount; a >= coin; a--) {
      fewest[a] = Math.min(fewest[a]!, fewest[a - coin]! + 1);
    }
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount]!;
}
