/**
 * Range Add: apply many "add delta to a range" updates to an array of zeros.
 * Read README.md for the rules and examples; run `npx kata check range-add` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Starts from `length` zeros and applies every update `[start, end, delta]`, which adds `delta`
 * to each index from `start` to `end`, both inclusive.
 *
 * @param length the length of the array, a non-negative integer
 * @param updates the updates, in any order; read-only, never modified
 * @returns the final array, a new array of `length` numbers
 * @throws RangeError unless every update has integers with 0 <= start <= end < length
 */
export function applyRangeAdds(length: number, updates: readonly (readonly [number, number, number])[]): number[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('applyRangeAdds');
}
