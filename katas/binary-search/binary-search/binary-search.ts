/**
 * Binary Search: find the index of a value in a strictly ascending array.
 * Read README.md for the rules and examples; run `npx kata check binary-search` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Finds `target` in a strictly ascending array.
 *
 * @param sorted strictly ascending values; read-only, never modified
 * @param target the value to find
 * @returns the index `i` with `sorted[i] === target`, or `-1` if `target` is absent
 */
export function binarySearch(sorted: readonly number[], target: number): number {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('binarySearch');
}
