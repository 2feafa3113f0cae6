import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './min-window-substring.ts';

const FILLER = 'abcdefghijklmnop'.split('');

/** Code units outside the surrogate range (so the strings are well-formed text), ~63 000 of them. */
const ALPHABET_SIZE = 0xd800 - 0x100 + (0x10000 - 0xe000);
function unit(index: number): number {
  const code = 0x100 + index;
  return code < 0xd800 ? code : code + 0x800;
}
/** A string of code units, built in chunks (String.fromCharCode takes a bounded argument list). */
function fromCodes(codes: readonly number[]): string {
  let s = '';
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

/**
 * n = s.length; t = "QXZ". The filler never contains Q, X or Z; they sit at n/4, n/2 and 3n/4,
 * so the only covering window spans about n/2. Growing a window from every start walks to 3n/4
 * from each start before n/4, and to the end (finding nothing) from every later start: ~0.4·n².
 */
export default defineBench<typeof Kata, { s: string; t: string }>({
  n: 'length of s',
  inputName: 't = "QXZ" spread over n/2',
  input: (n, rng) => {
    const chars = Array.from({ length: Math.max(n, 3) }, () => rng.pick(FILLER));
    const length = chars.length;
    chars[Math.floor(length / 4)] = 'Q';
    chars[Math.floor(length / 2)] = 'X';
    chars[Math.min(length - 1, Math.floor((3 * length) / 4))] = 'Z';
    return { s: chars.join(''), t: 'QXZ' };
  },
  families: [
    {
      name: 't of n/2 distinct units',
      exposes: 'coverage checks that walk every distinct unit of t at each step',
      input: (n, rng) => {
        const m = Math.max(1, Math.min(Math.floor(n / 2), ALPHABET_SIZE));
        const block = rng.shuffle(Array.from({ length: m }, (_, i) => unit(i)));
        const codes = Array.from({ length: Math.max(n, 1) }, (_, i) => block[i % m]!);
        return { s: fromCodes(codes), t: fromCodes(block) };
      },
    },
  ],
  run: (impl, { s, t }) => impl.minWindowSubstring(s, t),
  answersAgree: sameAnswer,
});
