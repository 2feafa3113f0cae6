import { defineBench } from '#kit';
import type * as Kata from './valid-brackets.ts';

/**
 * n = s.length. The input is one deep nest: n/2 opening brackets of random kinds, then the
 * matching closing brackets. Only the innermost pair is ever adjacent, so a solution that
 * repeatedly deletes adjacent pairs removes one pair per step and pays O(n) for each: O(n²).
 */
export default defineBench<typeof Kata, string>({
  n: 'length of s',
  input: (n, rng) => {
    const depth = Math.floor(n / 2);
    const chars = new Array<string>(2 * depth);
    for (let i = 0; i < depth; i++) {
      const kind = rng.int(0, 2);
      chars[i] = '([{'[kind]!;
      chars[2 * depth - 1 - i] = ')]}'[kind]!;
    }
    // join builds a flat string, so no implementation pays for flattening a rope inside the timing.
    return chars.join('');
  },
  run: (impl, s) => impl.isBalanced(s),
});
