// Mutant: fills the table with the sentinel amount + 1 and returns it as is when the amount cannot be paid.
export function minCoins(coins: readonly number[], amount: number): number {
  const fewest = new Array<number>(amount + 1).fill(amount + 1);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const coin of coins) {
      if (coin <= a) fewest[a] = Math.min(fewest[a]!, fewest[a - coin]! + 1);
    }
  }
  return fewest[amount]!;
}
