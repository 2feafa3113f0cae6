import { describe, expect, test } from 'vitest';
import { fc, it } from '#kit/testing';
import { isBalanced } from './valid-brackets.ts';

const OPEN = '([{';
const CLOSE = ')]}';

/** Independent oracle for short strings: delete adjacent matched pairs until nothing changes. */
function balancedByDeletion(s: string): boolean {
  let previous: string;
  do {
    previous = s;
    s = s.replaceAll('()', '').replaceAll('[]', '').replaceAll('{}', '');
  } while (s !== previous);
  return s === '';
}

/**
 * A balanced string from a list of steps: each step either opens a bracket of the given kind or
 * closes the innermost open one; whatever is still open at the end is closed. Every balanced
 * string can be produced this way.
 */
function buildBalanced(steps: readonly { open: boolean; kind: number }[]): string {
  const open: number[] = [];
  let s = '';
  for (const { open: opens, kind } of steps) {
    if (opens || open.length === 0) {
      open.push(kind);
      s += OPEN[kind];
    } else {
      s += CLOSE[open.pop()!];
    }
  }
  while (open.length > 0) s += CLOSE[open.pop()!];
  return s;
}

/** `depth` nested pairs whose kinds cycle through (, [ and {. */
function deepNest(depth: number): string {
  const chars = new Array<string>(2 * depth);
  for (let i = 0; i < depth; i++) {
    chars[i] = OPEN[i % 3]!;
    chars[2 * depth - 1 - i] = CLOSE[i % 3]!;
  }
  return chars.join('');
}

const step = fc.record({ open: fc.boolean(), kind: fc.integer({ min: 0, max: 2 }) });
const balanced = fc.array(step, { maxLength: 20 }).map(buildBalanced);
const nonEmptyBalanced = fc.array(step, { minLength: 1, maxLength: 20 }).map(buildBalanced);
const anyBrackets = fc.array(fc.constantFrom(...'()[]{}'), { maxLength: 16 }).map((cs) => cs.join(''));
/** Mostly balanced strings with one random edit: the interesting near misses. */
const nearMiss = fc
  .tuple(nonEmptyBalanced, fc.nat(), fc.constantFrom(...'()[]{}'), fc.constantFrom('replace', 'insert', 'delete', 'swap'))
  .map(([s, at, c, edit]) => {
    const i = at % s.length;
    if (edit === 'replace') return s.slice(0, i) + c + s.slice(i + 1);
    if (edit === 'insert') return s.slice(0, i) + c + s.slice(i);
    if (edit === 'delete') return s.slice(0, i) + s.slice(i + 1);
    const j = (i + 1) % s.length;
    const chars = [...s];
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
    return chars.join('');
  });

describe('isBalanced examples', () => {
  it('accepts the empty string', () => {
    expect(isBalanced('')).toBe(true);
  });
  it('accepts one pair of each kind', () => {
    expect(isBalanced('()')).toBe(true);
    expect(isBalanced('[]')).toBe(true);
    expect(isBalanced('{}')).toBe(true);
  });
  it('accepts pairs side by side', () => {
    expect(isBalanced('()[]{}')).toBe(true);
  });
  it('accepts pairs nested inside each other', () => {
    expect(isBalanced('{[()]}')).toBe(true);
    expect(isBalanced('([]{()})[]')).toBe(true);
  });
  it('rejects a bracket closed by the wrong kind', () => {
    expect(isBalanced('(]')).toBe(false);
    expect(isBalanced('{)')).toBe(false);
  });
  it('rejects brackets that close in the wrong order even when every count matches', () => {
    expect(isBalanced('([)]')).toBe(false);
    expect(isBalanced('{[}]')).toBe(false);
  });
  it('rejects a lone opening or closing bracket', () => {
    expect(isBalanced('(')).toBe(false);
    expect(isBalanced(']')).toBe(false);
  });
  it('rejects brackets left open at the end', () => {
    expect(isBalanced('((')).toBe(false);
    expect(isBalanced('()[')).toBe(false);
  });
  it('rejects a closing bracket that closes nothing', () => {
    expect(isBalanced(')(')).toBe(false);
    expect(isBalanced('())')).toBe(false);
    expect(isBalanced('())(')).toBe(false);
  });
  // A recursive solution spends one stack frame per level; Node runs out after roughly 10 000 to
  // 15 000 of even the smallest frames, so these depths catch any solution that recurses per level.
  test('accepts 30 000 levels of nesting without overflowing the call stack', () => {
    expect(isBalanced(deepNest(30_000)), '30 000 nested pairs').toBe(true);
  });
  test('rejects a 100 000-deep nest whose two innermost pairs cross', () => {
    const outer = deepNest(99_998);
    const crossed = outer.slice(0, 99_998) + '([)]' + outer.slice(99_998);
    expect(isBalanced(crossed), 'every count matches, the order does not').toBe(false);
  });
  test('rejects a 100 000-deep nest whose innermost pair is mismatched', () => {
    const s = deepNest(100_000);
    const broken = s.slice(0, 100_000) + (s[100_000] === ')' ? ']' : ')') + s.slice(100_001);
    expect(isBalanced(broken), 'innermost closer replaced by another kind').toBe(false);
  });
  test('rejects 100 000 opening brackets that are never closed', () => {
    expect(isBalanced('('.repeat(100_000))).toBe(false);
  });
});

describe('isBalanced properties', () => {
  it.prop([anyBrackets])('agrees with deleting matched pairs until none are left, on any bracket string', (s) => {
    expect(isBalanced(s)).toBe(balancedByDeletion(s));
  });

  it.prop([nearMiss])('agrees with deleting matched pairs on balanced strings with one character edited', (s) => {
    expect(isBalanced(s)).toBe(balancedByDeletion(s));
  });

  it.prop([balanced])('accepts every string built by nesting and concatenating pairs', (s) => {
    expect(isBalanced(s)).toBe(true);
  });

  it.prop([balanced, balanced, fc.integer({ min: 0, max: 2 })])(
    'accepts two balanced strings side by side, and wrapped in a pair',
    (a, b, kind) => {
      expect(isBalanced(a + b), 'concatenation').toBe(true);
      expect(isBalanced(OPEN[kind] + a + CLOSE[kind]), 'wrapped').toBe(true);
    },
  );

  it.prop([nonEmptyBalanced, fc.nat(), fc.constantFrom(...'()[]{}')])(
    'rejects a balanced string with one character replaced by a different bracket',
    (s, at, c) => {
      const i = at % s.length;
      fc.pre(s[i] !== c);
      expect(isBalanced(s.slice(0, i) + c + s.slice(i + 1))).toBe(false);
    },
  );

  it.prop([balanced, balanced, fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 2 })])(
    'rejects a pair whose closer is of another kind, whatever surrounds it',
    (a, b, kind, shift) => {
      const wrong = CLOSE[(kind + shift) % 3];
      expect(isBalanced(a + OPEN[kind] + b + wrong)).toBe(false);
    },
  );
});
