import { defineBench } from '#kit';
import type * as Kata from './edit-distance.ts';

/**
 * n = length of each string, so the O(|a| · |b|) reference grows like n².
 *
 * The inputs are a = "ababab…" and b = "aababaabab…" (the periods "ab" and "aabab"), both n long.
 * A recursion without memo branches three ways on every mismatch; with these two strings a
 * mismatch comes back every few characters whichever way the recursion aligns them, so its calls
 * grow by about 1.6 per character. Strings with no common character would grow by 5.8 per
 * character and leave only n <= 10 measurable, where the reference's time is mostly fixed call
 * overhead and would not show its n².
 *
 * Sizes are linear, not doubling: from 20 to 36 characters the recursion goes from a fraction of a
 * millisecond to a few hundred milliseconds per call (under the 1 s cap; past the harness's
 * per-call budget near the top), its ratio to the reference growing by about 1.5 per character,
 * while the reference fills 400 to 1296 table cells per call.
 */
export default defineBench<typeof Kata, { a: string; b: string }>({
  n: 'length of each string',
  sizes: { kind: 'linear', values: Array.from({ length: 17 }, (_, i) => 20 + i) },
  input: (n) => ({ a: 'ab'.repeat(n).slice(0, n), b: 'aabab'.repeat(n).slice(0, n) }),
  run: (impl, { a, b }) => impl.editDistance(a, b),
});
