/**
 * 0/1 Knapsack: the best total value of items that fit in a bag, each item taken at most once.
 * Read README.md for the rules and examples; run `npx kata check knapsack` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds the largest total value of a subset of `items` whose total weight is at most `capacity`.
 *
 * @param items the items, each with a positive integer `weight` and a non-negative `value`; read-only
 * @param capacity the most weight the bag holds, a non-negative integer
 * @returns the best total value (0 when nothing fits)
 */
export function knapsack(items: readonly { weight: number; value: number }[], capacity: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('knapsack');
}
