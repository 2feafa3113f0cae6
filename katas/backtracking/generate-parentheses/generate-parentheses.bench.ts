import { defineBench, sameAnswerAnyOrder } from '#kit';
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
  // Strings in any order: the same balanced strings as the reference's, each once.
  answersAgree: sameAnswerAnyOrder,
});
