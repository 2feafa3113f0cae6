import { defineBench, sameAnswer } from '#kit';
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
  inputName: 'periodic strings "abab…" vs "aabab…"',
  input: (n) => ({ a: 'ab'.repeat(n).slice(0, n), b: 'aabab'.repeat(n).slice(0, n) }),
  families: [
    {
      name: 'long unrelated strings',
      exposes: 'O(n) work per table cell (memo keys built from the prefixes) or band widening by one up to a large distance: cubic, not quadratic',
      // Doubling lengths up to the 2000-character limit; the two random strings share no letter,
      // so the distance is n and every state of the table is needed.
      sizes: { kind: 'doubling', minN: 16, maxN: 2000 },
      input: (n, rng) => {
        let a = '';
        let b = '';
        for (let i = 0; i < n; i++) {
          a += rng.pick(['a', 'b', 'c', 'd']);
          b += rng.pick(['w', 'x', 'y', 'z']);
        }
        return { a, b };
      },
    },
  ],
  run: (impl, { a, b }) => impl.editDistance(a, b),
  answersAgree: sameAnswer,
});
