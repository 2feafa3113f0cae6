import { defineBench } from '#kit';
import type * as Kata from './generate-parentheses.ts';

/** Where the timed run leaves the XOR of the characters it read. */
let sink = 0;

/**
 * n = pairs. The input is just n; n steps by one because the output grows almost fourfold per
 * step. Generating all 2²ⁿ strings and filtering does about n^1.5 times the work of the
 * reference, so the brute force's ratio to it keeps widening.
 *
 * The timed run reads one character of every answer. A string built by `prefix + '('` is a
 * rope in V8: building it costs O(1) and the copy of its 2n characters is deferred to the first
 * read, so a solution that returns ropes would be timed without the O(n) per answer that one
 * joining a buffer pays, and a correct join-based solution would read as a polynomial factor
 * slower. Reading each answer charges that copy to whichever side deferred it.
 */
export default defineBench<typeof Kata, number>({
  n: 'pairs of parentheses',
  sizes: { kind: 'linear', values: [3, 4, 5, 6, 7, 8, 9, 10] },
  inputName: 'n pairs',
  input: (n) => n,
  // `run` returns the answers themselves, read after the loop has flattened them, so that they can
  // be checked; the XOR of what the loop read goes to `sink`, a store the engine cannot drop, so
  // the reads (and the copies they charge) stay in the timed call.
  run: (impl, n) => {
    const answers = impl.generateParentheses(n);
    let seen = 0;
    for (const s of answers) seen ^= s.charCodeAt(s.length >> 1);
    sink ^= seen;
    return answers;
  },
  // Strings in any order: the same balanced strings as the reference's, each once, compared sorted.
  answersAgree: (_n, answer, expected) => {
    const got = sortedStrings(answer);
    const want = sortedStrings(expected);
    return got !== null && want !== null && got.length === want.length && got.every((s, i) => s === want[i]);
  },
});

/** A sorted copy of `value`; null unless it is an array of strings. */
function sortedStrings(value: unknown): string[] | null {
  if (!Array.isArray(value)) return null;
  const strings: string[] = [];
  for (let i = 0; i < value.length; i++) {
    const s: unknown = value[i];
    if (typeof s !== 'string') return null;
    strings.push(s);
  }
  return strings.sort();
}
