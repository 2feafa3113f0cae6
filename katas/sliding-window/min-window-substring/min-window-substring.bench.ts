import { defineBench } from '#kit';
import type * as Kata from './min-window-substring.ts';

const FILLER = 'abcdefghijklmnop'.split('');

/**
 * n = s.length; t = "QXZ". The filler never contains Q, X or Z; they sit at n/4, n/2 and 3n/4,
 * so the only covering window spans about n/2. Growing a window from every start walks to 3n/4
 * from each start before n/4, and to the end (finding nothing) from every later start: ~0.4·n².
 */
export default defineBench<typeof Kata, { s: string; t: string }>({
  n: 'length of s',
  input: (n, rng) => {
    const chars = Array.from({ length: Math.max(n, 3) }, () => rng.pick(FILLER));
    const length = chars.length;
    chars[Math.floor(length / 4)] = 'Q';
    chars[Math.floor(length / 2)] = 'X';
    chars[Math.min(length - 1, Math.floor((3 * length) / 4))] = 'Z';
    return { s: chars.join(''), t: 'QXZ' };
  },
  run: (impl, { s, t }) => impl.minWindowSubstring(s, t),
});
