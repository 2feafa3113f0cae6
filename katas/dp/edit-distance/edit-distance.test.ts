import { describe, expect } from 'vitest';
import { fc, it, stringsOf } from '#kit/testing';
import { editDistance } from './edit-distance.ts';
import meta from './meta.ts';

/**
 * Independent oracle for short strings: the recursive definition over the FIRST characters, with
 * every option tried (also when the characters match) and a memo keyed by the two suffixes. The
 * suffixes are told apart by their lengths: a key joining their text with a separator would mix
 * up two pairs as soon as the strings hold that separator.
 */
function distanceByDefinition(a: string, b: string): number {
  const memo = new Map<string, number>();
  const go = (x: string, y: string): number => {
    if (x === '') return y.length;
    if (y === '') return x.length;
    const key = `${x.length},${y.length}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const result = Math.min(
      go(x.slice(1), y) + 1, // delete x[0]
      go(x, y.slice(1)) + 1, // insert y[0]
      go(x.slice(1), y.slice(1)) + (x[0] === y[0] ? 0 : 1), // keep or substitute
    );
    memo.set(key, result);
    return result;
  };
  return go(a, b);
}

type Edit = { kind: 'insert' | 'delete' | 'substitute'; at: number; ch: string };

/** Applies an edit at a position taken modulo the valid range; returns the string unchanged when the edit is impossible. */
function applyEdit(s: string, { kind, at, ch }: Edit): string {
  if (kind === 'insert') {
    const i = at % (s.length + 1);
    return s.slice(0, i) + ch + s.slice(i);
  }
  if (s.length === 0) return s;
  const i = at % s.length;
  return kind === 'delete' ? s.slice(0, i) + s.slice(i + 1) : s.slice(0, i) + ch + s.slice(i + 1);
}

/** One UTF-16 code unit from strings of the domain: letters, `_`, lone surrogates, either half of `😀`. */
const unit = stringsOf(meta.domain.b, { maxLength: 2 }).chain((s) => (s === '' ? fc.constant('a') : fc.constantFrom(...s.split(''))));

/**
 * Short strings: half of them over three code units shared by the whole test case (so common
 * characters and near-misses are frequent), half any strings of the domain (`__proto__`, lone
 * surrogates, `😀` as two units…) of at most 9 code units, which keeps a correct recursion
 * without memo fast enough.
 */
function shortStrings(count: number): fc.Arbitrary<string[]> {
  const any = stringsOf(meta.domain.a, { maxLength: 5 }).filter((s) => s.length <= 9);
  return fc.array(unit, { minLength: 3, maxLength: 3 }).chain((letters) =>
    fc.array(fc.oneof(fc.string({ unit: fc.constantFrom(...letters), maxLength: 7 }), any), {
      minLength: count,
      maxLength: count,
    }),
  );
}
const pair = shortStrings(2);
const edit: fc.Arbitrary<Edit> = fc.record({ kind: fc.constantFrom('insert', 'delete', 'substitute'), at: fc.nat(), ch: unit });

describe('editDistance examples', () => {
  it('turns kitten into sitting in 3 edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
  it('turns horse into ros in 3 edits', () => {
    expect(editDistance('horse', 'ros')).toBe(3);
  });
  it('turns intention into execution in 5 edits', () => {
    expect(editDistance('intention', 'execution')).toBe(5);
  });
  it('returns 0 for two empty strings', () => {
    expect(editDistance('', '')).toBe(0);
  });
  it('inserts every character when the source is empty', () => {
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('deletes every character when the target is empty', () => {
    expect(editDistance('abc', '')).toBe(3);
  });
  it('returns 0 for equal strings', () => {
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('counts a substitution as one edit', () => {
    expect(editDistance('a', 'b')).toBe(1);
  });
  it('has no swap edit', () => {
    expect(editDistance('ab', 'ba')).toBe(2);
  });
  it('aligns strings shifted by one instead of comparing position by position', () => {
    expect(editDistance('abcdef', 'bcdefa')).toBe(2);
  });
  it('is case-sensitive', () => {
    expect(editDistance('Apple', 'apple')).toBe(1);
  });
  it('counts UTF-16 code units, so a character such as 😀 is two of them', () => {
    expect(editDistance('😀', ''), 'delete both halves').toBe(2);
    expect(editDistance('😀', '😁'), 'only the second halves differ').toBe(1);
    expect(editDistance('\uD83D', '😀'), 'insert the missing half').toBe(1);
  });
  it('compares strings named like object properties, or holding separators, as any others', () => {
    expect(editDistance('__proto__', '__proto__')).toBe(0);
    expect(editDistance('__proto__', '')).toBe(9);
    expect(editDistance('a|b', 'a|b|')).toBe(1);
  });
  it('handles strings of very different lengths', () => {
    expect(editDistance('a', 'xxxxaxxxx')).toBe(8);
    expect(editDistance('abc', 'xyz')).toBe(3);
  });
});

describe('editDistance properties', () => {
  it.prop([pair])('matches the recursive definition on short strings', ([a, b]) => {
    expect(editDistance(a, b)).toBe(distanceByDefinition(a, b));
  });

  it.prop([pair])('is symmetric', ([a, b]) => {
    expect(editDistance(b, a)).toBe(editDistance(a, b));
  });

  it.prop([pair])('lies between the difference of the lengths and the longer length', ([a, b]) => {
    const d = editDistance(a, b);
    expect(d, 'at least the length difference').toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
    expect(d, 'at most the longer length').toBeLessThanOrEqual(Math.max(a.length, b.length));
    expect(d === 0, 'zero exactly for equal strings').toBe(a === b);
  });

  it.prop([shortStrings(3)])('obeys the triangle inequality', ([a, b, c]) => {
    expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
  });

  it.prop([shortStrings(1), fc.array(edit, { minLength: 1, maxLength: 3 })])('is at most the number of edits planted', ([a], edits) => {
    const b = edits.reduce(applyEdit, a);
    expect(editDistance(a, b), `${edits.length} edits turn "${a}" into "${b}"`).toBeLessThanOrEqual(edits.length);
  });

  it.prop([shortStrings(1), edit])('is exactly 1 after one edit that changes the string', ([a], e) => {
    const b = applyEdit(a, e);
    fc.pre(b !== a);
    expect(editDistance(a, b)).toBe(1);
  });
});
