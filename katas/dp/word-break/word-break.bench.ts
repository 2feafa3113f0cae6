import { defineBench, sameAnswer } from '#kit';
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
  inputName: '"aaa…ab" with words of 5 and 6 a\'s',
  input: (n) => ({ s: 'a'.repeat(n - 1) + 'b', words: ['aaaaa', 'aaaaaa'] }),
  families: [
    {
      name: 'long "aaa…ab"',
      exposes: 'O(n) work per position (substring keys, every earlier cut tried): quadratic or cubic, not linear',
      // The same input at doubling lengths up to the 10⁴ limit, beyond the plain recursion's reach.
      sizes: { kind: 'doubling', minN: 64, maxN: 10_000 },
      input: (n) => ({ s: 'a'.repeat(n - 1) + 'b', words: ['aaaaa', 'aaaaaa'] }),
    },
    {
      name: 'large dictionary of look-alike words',
      exposes: 'comparing every dictionary word at every position instead of walking a trie',
      // s = "aaa…ab" with the words "a" and n/4 (at most 999) distinct 20-letter words that all
      // start with 15 a's: every position is reachable and every word matches for 15 letters.
      sizes: { kind: 'doubling', minN: 64, maxN: 4096 },
      input: (n, rng) => {
        const count = Math.min(999, Math.max(1, n >> 2));
        const tails = new Set<string>();
        while (tails.size < count) {
          let tail = '';
          for (let i = 0; i < 5; i++) tail += rng.pick(['b', 'c', 'd', 'e', 'f']);
          tails.add(tail);
        }
        return { s: 'a'.repeat(n - 1) + 'b', words: ['a', ...rng.shuffle([...tails].map((t) => 'a'.repeat(15) + t))] };
      },
    },
  ],
  run: (impl, { s, words }) => impl.wordBreak(s, words),
  answersAgree: sameAnswer,
});
