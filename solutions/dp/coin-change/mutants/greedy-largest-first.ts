// Mutant: takes as many of the largest coin as fit, then the next largest, and never reconsiders.
export function minCoins(coins: readonly number[], amount: number): number {
  const byValue = [...coins].sort((a, b) => b - a);
  let rest = amount;
  let count = 0;
  for (const coin of byValue) {
    count += Math.floor(rest / coin);
    rest %= coin;
  }
  return rest === 0 ? count : -1;
}
