// Mutant: the table loop stops one short, so the entry for `amount` itself is never filled.
export function minCoins(coins: readonly number[], amount: number): number {
  const fewest = new Array<number>(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (let a = 1; a < amount; a++) {
    for (const coin of coins) {
      if (coin <= a) fewest[a] = Math.min(fewest[a]!, fewest[a - coin]! + 1);
    }
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount]!;
}
