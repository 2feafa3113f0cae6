/**
 * Helpers kata tests share, imported as `#kit/testing` (tests only: it imports Vitest, so stubs
 * and solutions never load it). Katas still import nothing from each other.
 */
import { expect } from 'vitest';

/**
 * Freezes a value and everything reachable from it, then returns it: a solution that writes into
 * its read-only input throws a TypeError instead of passing unnoticed.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Asserts that `fn` throws a RangeError. A stub's NotImplemented is rethrown unchanged, so an
 * untouched kata still reports "not started" rather than a failed assertion.
 */
export function expectRangeError(fn: () => unknown, what?: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown instanceof Error && thrown.name === 'NotImplemented') throw thrown;
  expect(thrown, what ?? 'the error thrown').toBeInstanceOf(RangeError);
}
