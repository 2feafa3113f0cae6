/**
 * Brute force: the fewest coins for an amount is one coin plus the fewest for what is left, tried
 * for every coin, recursively, with no memo. Correct, and the first answer in an interview, but
 * the same remainders are solved again and again: the number of calls grows exponentially with
 * the amount.
 */
export function minCoins(coins: readonly number[], amount: number): number {
  const fewest = (rest: number): number => {
    if (rest === 0) return 0;
    let best = Infinity;
    for (const coin of coins) {
      if (coin <= rest) best = Math.min(best, 1 + fewest(rest - coin));
    }
    return best;
  };
  const answer = fewest(amount);
  return answer === Infinity ? -1 : answer;
}
