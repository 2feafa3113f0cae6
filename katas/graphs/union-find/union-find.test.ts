import { describe, expect } from 'vitest';
import { UnionFind } from './union-find.ts';
import { expectRangeError, fc, it, normaliseZeros, numbersOf } from '#kit/testing';
import meta from './meta.ts';

/** The model: one component label per element; a union relabels a whole component. */
interface Model {
  labels: number[];
}

const countLabels = (m: Readonly<Model>): number => new Set(m.labels).size;

class UnionCommand implements fc.Command<Model, UnionFind> {
  constructor(readonly a: number, readonly b: number) {}
  check = (): boolean => true;
  run(m: Model, real: UnionFind): void {
    const from = m.labels[this.b]!;
    const to = m.labels[this.a]!;
    expect(real.union(this.a, this.b), `${this} (were they in different sets?)`).toBe(from !== to);
    m.labels = m.labels.map((label) => (label === from ? to : label));
    expect(real.components, `components after ${this}`).toBe(countLabels(m));
  }
  toString = (): string => `union(${show(this.a)}, ${show(this.b)})`;
}

class ConnectedCommand implements fc.Command<Model, UnionFind> {
  constructor(readonly a: number, readonly b: number) {}
  check = (): boolean => true;
  run(m: Model, real: UnionFind): void {
    expect(real.connected(this.a, this.b), String(this)).toBe(m.labels[this.a] === m.labels[this.b]);
  }
  toString = (): string => `connected(${show(this.a)}, ${show(this.b)})`;
}

class FindCommand implements fc.Command<Model, UnionFind> {
  constructor(readonly x: number) {}
  check = (): boolean => true;
  run(m: Model, real: UnionFind): void {
    // −0 names element 0, as an index and as a representative: compare without the sign of zero.
    const rep = normaliseZeros(real.find(this.x));
    expect(Number.isInteger(rep) && rep >= 0 && rep < m.labels.length, `${this} = ${rep} is an element`).toBe(true);
    expect(m.labels[rep], `${this} = ${rep} is a member of ${this.x}'s set`).toBe(m.labels[this.x]);
    m.labels.forEach((label, y) => {
      if (label === m.labels[this.x]) expect(normaliseZeros(real.find(y)), `find(${y}), a member of the same set`).toBe(rep);
    });
  }
  toString = (): string => `find(${show(this.x)})`;
}

class ComponentsCommand implements fc.Command<Model, UnionFind> {
  check = (): boolean => true;
  run(m: Model, real: UnionFind): void {
    expect(real.components, 'components').toBe(countLabels(m));
  }
  toString = (): string => 'components';
}

/** A call with one index that is not an element: must throw RangeError and change nothing. */
class BadIndexCommand implements fc.Command<Model, UnionFind> {
  constructor(readonly op: 'find' | 'union' | 'connected', readonly bad: number, readonly good: number, readonly badFirst: boolean) {}
  check = (): boolean => true;
  run(m: Model, real: UnionFind): void {
    const [a, b] = this.badFirst ? [this.bad, this.good] : [this.good, this.bad];
    const call = this.op === 'find' ? () => real.find(this.bad) : () => real[this.op](a, b);
    expectRangeError(call, `the error thrown by ${this}`);
    expect(real.components, `components after the rejected ${this}`).toBe(countLabels(m));
  }
  toString = (): string => {
    const [a, b] = this.badFirst ? [this.bad, this.good] : [this.good, this.bad];
    return this.op === 'find' ? `find(${this.bad}) throws` : `${this.op}(${a}, ${b}) throws`;
  };
}

/** The String of an index, −0 included (a command's name in a counterexample). */
const show = (x: number): string => (Object.is(x, -0) ? '-0' : String(x));

/**
 * Indices that are not elements: any number of the domain that is not an integer from 0 to
 * size - 1 (fractions, negatives, ±2^31, ±2^32, 2^53 - 1, huge magnitudes), the ones just
 * outside the range, and NaN and ±Infinity.
 */
const badIndex = (size: number) =>
  fc.oneof(
    numbersOf(meta.domain.index).filter((x) => !(Number.isInteger(x) && x >= 0 && x < size)),
    fc.integer({ min: -3, max: -1 }),
    fc.integer({ min: size, max: size + 3 }),
    fc.constantFrom(size - 0.5, size + 2 ** 32, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
  );

const scenarios = fc.integer({ min: 1, max: 10 }).chain((size) => {
  // Every element, −0 for element 0 among them.
  const index = numbersOf(meta.domain.index, { min: 0, max: size - 1 }).filter(Number.isInteger);
  return fc.tuple(
    fc.constant(size),
    fc.commands(
      [
        fc.tuple(index, index).map(([a, b]) => new UnionCommand(a, b)),
        fc.tuple(index, index).map(([a, b]) => new ConnectedCommand(a, b)),
        index.map((x) => new FindCommand(x)),
        fc.constant(new ComponentsCommand()),
        fc.tuple(fc.constantFrom('find' as const, 'union' as const, 'connected' as const), badIndex(size), index, fc.boolean())
          .map(([op, bad, good, badFirst]) => new BadIndexCommand(op, bad, good, badFirst)),
      ],
      { maxCommands: 40, size: 'max' },
    ),
  );
});

describe('UnionFind examples', () => {
  it('starts with every element in a set of its own', () => {
    const sets = new UnionFind(4);
    expect(sets.components).toBe(4);
    expect(sets.connected(0, 1)).toBe(false);
    expect(sets.connected(2, 2)).toBe(true);
    expect(sets.find(3)).toBe(3);
  });
  it('merges sets and reports whether a union joined anything', () => {
    const sets = new UnionFind(5);
    expect(sets.union(0, 1)).toBe(true);
    expect(sets.union(3, 4)).toBe(true);
    expect(sets.connected(0, 1)).toBe(true);
    expect(sets.connected(1, 3)).toBe(false);
    expect(sets.union(1, 0), 'already joined').toBe(false);
    expect(sets.union(4, 0)).toBe(true);
    expect(sets.connected(1, 3), 'joined through 0 and 4').toBe(true);
    expect(sets.find(3)).toBe(sets.find(1));
    expect(sets.find(2)).toBe(2);
    expect(sets.components).toBe(2);
  });
  it('does not count a union of an element with itself', () => {
    const sets = new UnionFind(2);
    expect(sets.union(1, 1)).toBe(false);
    expect(sets.components).toBe(2);
  });
  it('joins sets whose representatives are not the elements passed in', () => {
    const sets = new UnionFind(6);
    sets.union(0, 1);
    sets.union(2, 3);
    sets.union(4, 5);
    expect(sets.union(1, 3)).toBe(true);
    expect(sets.union(5, 2)).toBe(true);
    for (let x = 0; x < 6; x++) expect(sets.connected(0, x), `connected(0, ${x})`).toBe(true);
    expect(sets.union(0, 4)).toBe(false);
    expect(sets.components).toBe(1);
  });
  it('handles zero elements', () => {
    const sets = new UnionFind(0);
    expect(sets.components).toBe(0);
    expectRangeError(() => sets.find(0));
  });
  it('throws RangeError for indices outside 0..size-1', () => {
    const sets = new UnionFind(5);
    expectRangeError(() => sets.find(5));
    expectRangeError(() => sets.find(-1));
    expectRangeError(() => sets.union(-1, 2));
    expectRangeError(() => sets.union(2, 5));
    expectRangeError(() => sets.connected(0, 7));
    expectRangeError(() => sets.connected(5, 0));
  });
  it('throws RangeError for integers that only a 32-bit integer would wrap into range', () => {
    const sets = new UnionFind(5);
    expectRangeError(() => sets.find(2 ** 32));
    expectRangeError(() => sets.union(0, 2 ** 32 + 1));
    expectRangeError(() => sets.connected(-(2 ** 32) + 1, 1));
    expectRangeError(() => sets.find(Number.MAX_SAFE_INTEGER));
    expect(sets.components).toBe(5);
    expect(sets.connected(0, 1)).toBe(false);
  });
  it('takes -0 as element 0', () => {
    const sets = new UnionFind(3);
    expect(sets.union(-0, 2)).toBe(true);
    expect(sets.connected(0, 2)).toBe(true);
    expect(sets.connected(-0, 1)).toBe(false);
    expect(normaliseZeros(sets.find(-0))).toBe(normaliseZeros(sets.find(2)));
  });
  it('throws RangeError for indices that are not integers', () => {
    const sets = new UnionFind(5);
    expectRangeError(() => sets.find(1.5));
    expectRangeError(() => sets.find(Number.NaN));
    expectRangeError(() => sets.union(0, 2.5));
    expectRangeError(() => sets.connected(Number.POSITIVE_INFINITY, 0));
  });
  it('changes nothing when a union is rejected', () => {
    const sets = new UnionFind(3);
    expectRangeError(() => sets.union(0, 3));
    expectRangeError(() => sets.union(3, 0));
    expect(sets.components).toBe(3);
    expect(sets.connected(0, 1)).toBe(false);
  });
});

describe('UnionFind properties', () => {
  it.prop([scenarios])('behaves like an array of component labels', ([size, commands]) => {
    fc.modelRun(() => ({ model: { labels: Array.from({ length: size }, (_, i) => i) }, real: new UnionFind(size) }), commands);
  });

  it.prop([fc.integer({ min: 1, max: 30 }).chain((size) => fc.tuple(fc.constant(size), fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 60 })))])(
    'counts components as size minus the unions that returned true',
    ([size, pairs]) => {
      const sets = new UnionFind(size);
      let joined = 0;
      for (const [a, b] of pairs) if (sets.union(a, b)) joined++;
      expect(sets.components).toBe(size - joined);
    },
  );
});
