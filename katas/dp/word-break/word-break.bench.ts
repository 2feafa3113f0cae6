import { defineBench } from '#kit';
import type * as Kata from './word-break.ts';

/**
 * n = length of s. The input is the catalogue's worst case `aaa…ab`: n - 1 a's, then one b, which
 * no word contains. The answer is false, but only the final b proves it, so a recursion without
 * memo tries every way to split the a's into dictionary words before giving up.
 *
 * The dictionary is ["aaaaa", "aaaaaa"] rather than ["a", "aa"] on purpose. With ["a", "aa"] the
 * recursion grows by 1.6 per character and is out of reach past ~35 characters, where the O(n · L)
 * reference still takes well under a microsecond and its time is mostly fixed call overhead, so
 * it cannot be seen to grow linearly. Words of length 5 and 6 make the recursion grow by about
 * 1.13 per character (x⁶ = x + 1): from 30 to 126 characters (linear sizes, step 6) it goes from
 * microseconds to about a quarter of a second per call (under the 1 s cap; past the harness's
 * per-call budget from about 120 on), its ratio to the reference doubling every 6 characters,
 * while the reference's time is dominated by its linear scan.
 */
export default defineBench<typeof Kata, { s: string; words: string[] }>({
  n: 'length of s',
  sizes: { kind: 'linear', values: Array.from({ length: 17 }, (_, i) => 30 + 6 * i) },
  input: (n) => ({ s: 'a'.repeat(n - 1) + 'b', words: ['aaaaa', 'aaaaaa'] }),
  run: (impl, { s, words }) => impl.wordBreak(s, words),
});
