// Mutant: sorts a copy of the coins with the default `.sort()` so that the inner loop can stop at
// the first coin larger than the amount, but that sort compares numbers as text: [10, 2] stays
// [10, 2], the loop stops at 10 before it reaches 2, and minCoins([10, 2], 2) is -1 instead of 1.
export function minCoins(coins: readonly number[], amount: number): number {
  const sorted = [...coins].sort();
  const fewest = new Array<number>(amount + 1).fill(Infinity);
  fewest[0] = 0;
  for (let a = 1; a <= amount; a++) {
    for (const coin of sorted) {
      if (coin > a) break;
      if (fewest[a - coin]! + 1 < fewest[a]!) fewest[a] = fewest[a - coin]! + 1;
    }
  }
  return fewest[amount] === Infinity ? -1 : fewest[amount]!;
}
