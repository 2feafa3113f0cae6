/** The kit's ready-made `answersAgree` checks, on hand-worked answers. */
import { describe, expect, it } from 'vitest';
import { sameAnswer, sameAnswerAnyOrder } from './index.ts';

describe('sameAnswer', () => {
  it('takes a deeply equal answer and refuses any other', () => {
    expect(sameAnswer(null, [[1, 2], [3]], [[1, 2], [3]])).toBe(true);
    expect(sameAnswer(null, [[1, 2], [3]], [[2, 1], [3]])).toBe(false);
    expect(sameAnswer(null, { notAnAnswer: true }, 7)).toBe(false);
    expect(sameAnswer(null, null, undefined)).toBe(false);
  });
});

describe('sameAnswerAnyOrder', () => {
  const expected = [[], [1], [2], [1, 2]];
  it('takes the same elements in another order', () => {
    expect(sameAnswerAnyOrder(null, [[1, 2], [2], [], [1]], expected)).toBe(true);
    expect(sameAnswerAnyOrder(null, ['()()', '(())'], ['(())', '()()'])).toBe(true);
  });
  it('refuses a missing, doubled or extra element, an element in another inner order, and what is no array', () => {
    expect(sameAnswerAnyOrder(null, [[1, 2], [2], []], expected)).toBe(false);
    expect(sameAnswerAnyOrder(null, [[1, 2], [2], [], [1], [1]], expected)).toBe(false);
    expect(sameAnswerAnyOrder(null, [[1, 2], [2], [2], [1]], expected)).toBe(false);
    expect(sameAnswerAnyOrder(null, [[2, 1], [2], [], [1]], expected)).toBe(false);
    expect(sameAnswerAnyOrder(null, [['1'], [2], [], [1, 2]], expected)).toBe(false);
    expect(sameAnswerAnyOrder(null, { notAnAnswer: true }, expected)).toBe(false);
  });
});
