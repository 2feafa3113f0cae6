import { defineBench, sameAnswer } from '#kit';
import type * as Kata from './valid-brackets.ts';

/**
 * n = s.length. The input is one deep nest: n/2 opening brackets of random kinds, then the
 * matching closing brackets. Only the innermost pair is ever adjacent, so a solution that
 * repeatedly deletes adjacent pairs removes one pair per step and pays O(n) for each: O(n²).
 *
 * A second family keeps the stack deep while pushes and pops alternate: n/4 openers, then n/4
 * short pairs at that depth, then the n/4 closers. A stack whose push and pop each touch the whole
 * stack (an immutable string popped with `slice`, an array used from its front) pays O(depth)
 * per short pair there, though a plain deep nest (all pushes, then all pops) can hide it.
 */
function kinds(rng: { int(min: number, max: number): number }): [string, string] {
  const kind = rng.int(0, 2);
  return ['([{'[kind]!, ')]}'[kind]!];
}

export default defineBench<typeof Kata, string>({
  n: 'length of s',
  inputName: 'one deep nest',
  input: (n, rng) => {
    const depth = Math.floor(n / 2);
    const chars = new Array<string>(2 * depth);
    for (let i = 0; i < depth; i++) {
      const [open, close] = kinds(rng);
      chars[i] = open;
      chars[2 * depth - 1 - i] = close;
    }
    // join builds a flat string, so no implementation pays for flattening a rope inside the timing.
    return chars.join('');
  },
  families: [
    {
      name: 'short pairs inside a deep nest',
      exposes: 'stacks whose push/pop copies the whole stack (string slice, unshift/shift) once pops follow pushes',
      input: (n, rng) => {
        const quarter = Math.floor(n / 4);
        const chars = new Array<string>(4 * quarter);
        for (let i = 0; i < quarter; i++) {
          const [open, close] = kinds(rng);
          chars[i] = open;
          chars[4 * quarter - 1 - i] = close;
        }
        for (let i = 0; i < quarter; i++) {
          const [open, close] = kinds(rng);
          chars[quarter + 2 * i] = open;
          chars[quarter + 2 * i + 1] = close;
        }
        return chars.join('');
      },
    },
  ],
  run: (impl, s) => impl.isBalanced(s),
  answersAgree: sameAnswer,
});
