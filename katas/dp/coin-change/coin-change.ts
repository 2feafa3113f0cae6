/**
 * Coin Change: the fewest coins that pay an amount exactly.
 * Read README.md for the rules and examples; run `npx kata check coin-change` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the fewest coins, with an unlimited supply of every denomination, summing exactly to `amount`.
 *
 * @param coins the denominations, positive integers; read-only, never modified
 * @param amount the sum to pay, a non-negative integer
 * @returns the fewest coins needed; `0` when `amount` is 0; `-1` when the amount cannot be paid exactly
 */
export function minCoins(coins: readonly number[], amount: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('minCoins');
}
