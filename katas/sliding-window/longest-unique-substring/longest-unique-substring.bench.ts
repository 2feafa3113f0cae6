import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './longest-unique-substring.ts';

/** Code units outside the surrogate range (so the string is well-formed text), ~63 000 of them. */
const ALPHABET_SIZE = 0xd800 - 0x100 + (0x10000 - 0xe000);
function unit(index: number): number {
  const code = 0x100 + index;
  return code < 0xd800 ? code : code + 0x800;
}

/**
 * n = s.length. A shuffled block of m = min(n/2, ~63 000) distinct code units, repeated to
 * length n: every window of m consecutive units is repeat-free and none longer is, so the answer
 * is m (n/2 up to n ≈ 126 000). Restarting from every index walks m steps each time: about n·m.
 */
export default defineBench<typeof Kata, string>({
  n: 'length of s',
  inputName: 'a block of n/2 distinct units, repeated',
  input: (n, rng) => {
    const m = Math.max(1, Math.min(Math.floor(n / 2), ALPHABET_SIZE));
    const block = rng.shuffle(Array.from({ length: m }, (_, i) => unit(i)));
    const codes = new Array<number>(n);
    for (let i = 0; i < n; i++) codes[i] = block[i % m]!;
    let s = '';
    for (let i = 0; i < n; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
    return s;
  },
  families: [
    {
      name: 'random string over "ab"',
      exposes: 'per-unit position lists scanned or filtered on every repeat (a tiny alphabet repeats constantly)',
      input: (n, rng) => {
        let s = '';
        for (let i = 0; i < n; i++) s += rng.int(0, 1) === 0 ? 'a' : 'b';
        return s;
      },
    },
  ],
  run: (impl, s) => impl.longestUniqueSubstring(s),
  answersAgree: sameAnswer,
});
