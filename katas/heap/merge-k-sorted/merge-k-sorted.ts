/**
 * Merge K Sorted Lists: combine k ascending lists into one ascending array.
 * Read README.md for the rules and examples; run `npx kata check merge-k-sorted` to test.
 */
import { NotImplemented } from '#kit';

/**
 * Merges ascending lists into one ascending array.
 *
 * @param lists lists each sorted ascending (duplicates allowed); read-only, never modified
 * @returns every value of every list, ascending, duplicates kept
 */
export function mergeKSorted(lists: readonly (readonly number[])[]): number[] {
  // TODO: write your solution here, then delete the line below.
  throw new NotImplemented('mergeKSorted');
}
