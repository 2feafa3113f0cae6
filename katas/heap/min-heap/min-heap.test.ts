import { describe, expect } from 'vitest';
import { fc, it, normaliseZeros, numbersOf, stringsOf } from '#kit/testing';
import meta from './meta.ts';
import { MinHeap } from './min-heap.ts';

/** The order the heap promises without a comparator: the `<` operator. */
function lessThanOrder<T>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The model: every value the heap should hold, kept sorted by the heap's order (a stable
 * insertion, so ties keep push order). Much simpler than a heap, and obviously right.
 */
interface Model<T> {
  readonly compare: (a: T, b: T) => number;
  readonly values: T[];
}

function show(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Index in the model of `got`, which must be the very same value as one of the smallest held. */
function indexAmongSmallest<T>(m: Model<T>, got: T | undefined, what: string): number {
  const smallest = m.values[0]!;
  const tied = m.values.filter((v) => m.compare(v, smallest) === 0);
  const index = m.values.findIndex((v) => m.compare(v, smallest) === 0 && Object.is(v, got));
  expect(index, `${what} returned ${show(got)}, expected one of the smallest values held: ${tied.map(show).join(', ')}`).toBeGreaterThanOrEqual(0);
  return index;
}

class Push<T> implements fc.Command<Model<T>, MinHeap<T>> {
  constructor(readonly value: T) {}
  check(): boolean {
    return true;
  }
  run(m: Model<T>, heap: MinHeap<T>): void {
    heap.push(this.value);
    let at = m.values.length;
    while (at > 0 && m.compare(m.values[at - 1]!, this.value) > 0) at--;
    m.values.splice(at, 0, this.value);
    expect(heap.size, 'size after push').toBe(m.values.length);
  }
  toString(): string {
    return `push(${show(this.value)})`;
  }
}

class Pop<T> implements fc.Command<Model<T>, MinHeap<T>> {
  check(): boolean {
    return true;
  }
  run(m: Model<T>, heap: MinHeap<T>): void {
    const got = heap.pop();
    if (m.values.length === 0) {
      expect(got, 'pop() on an empty heap').toBeUndefined();
    } else {
      m.values.splice(indexAmongSmallest(m, got, 'pop()'), 1);
    }
    expect(heap.size, 'size after pop').toBe(m.values.length);
  }
  toString(): string {
    return 'pop()';
  }
}

class Peek<T> implements fc.Command<Model<T>, MinHeap<T>> {
  check(): boolean {
    return true;
  }
  run(m: Model<T>, heap: MinHeap<T>): void {
    const got = heap.peek();
    if (m.values.length === 0) expect(got, 'peek() on an empty heap').toBeUndefined();
    else indexAmongSmallest(m, got, 'peek()');
    expect(heap.size, 'peek() must not change the size').toBe(m.values.length);
  }
  toString(): string {
    return 'peek()';
  }
}

class Size<T> implements fc.Command<Model<T>, MinHeap<T>> {
  check(): boolean {
    return true;
  }
  run(m: Model<T>, heap: MinHeap<T>): void {
    expect(heap.size, 'size').toBe(m.values.length);
  }
  toString(): string {
    return 'size';
  }
}

/** Commands for values from `value`; pushes are listed three times so heaps grow deep enough. */
function commandsOf<T>(value: fc.Arbitrary<T>) {
  const push = value.map((v) => new Push(v));
  return fc.commands(
    [push, push, push, fc.constant(new Pop<T>()), fc.constant(new Peek<T>()), fc.constant(new Size<T>())],
    { maxCommands: 150 },
  );
}

function runAgainstModel<T>(cmds: Iterable<fc.Command<Model<T>, MinHeap<T>>>, compare?: (a: T, b: T) => number): void {
  fc.modelRun(
    () => ({
      model: { compare: compare ?? lessThanOrder, values: [] },
      real: compare ? new MinHeap<T>(compare) : new MinHeap<T>(),
    }),
    cmds,
  );
}

interface Job {
  readonly at: number;
  readonly id: number;
}
const byAt = (a: Job, b: Job): number => a.at - b.at;
let nextJobId = 0;
/** Frozen jobs with few distinct `at` values, so ties are common; the heap must not touch them. */
const jobs = fc.integer({ min: 0, max: 6 }).map((at): Job => Object.freeze({ at, id: nextJobId++ }));

/** Pops as many values as the heap says it holds (bounded, so a heap that never empties fails). */
function drain<T>(heap: MinHeap<T>): (T | undefined)[] {
  const out: (T | undefined)[] = [];
  for (let n = heap.size; n > 0; n--) out.push(heap.pop());
  expect(heap.size, 'size after popping every value').toBe(0);
  return out;
}

describe('MinHeap examples', () => {
  it('reports an empty heap with undefined and size 0', () => {
    const heap = new MinHeap<number>();
    expect(heap.pop()).toBeUndefined();
    expect(heap.peek()).toBeUndefined();
    expect(heap.size).toBe(0);
  });
  it('hands values back smallest first, then undefined', () => {
    const heap = new MinHeap<number>();
    for (const v of [5, 1, 3]) heap.push(v);
    expect(heap.peek()).toBe(1);
    expect([heap.pop(), heap.pop(), heap.pop(), heap.pop()]).toEqual([1, 3, 5, undefined]);
  });
  it('keeps every copy of a duplicate', () => {
    const heap = new MinHeap<number>();
    for (const v of [2, 2, 1]) heap.push(v);
    expect(heap.size).toBe(3);
    expect(drain(heap)).toEqual([1, 2, 2]);
  });
  it('orders fractions and numbers past 2^31 numerically', () => {
    const heap = new MinHeap<number>();
    for (const v of [2 ** 32, 0.5, 2 ** 31, -(2 ** 31) - 1, 0.25]) heap.push(v);
    expect(drain(heap)).toEqual([-(2 ** 31) - 1, 0.25, 0.5, 2 ** 31, 2 ** 32]);
  });
  it('orders negative numbers', () => {
    const heap = new MinHeap<number>();
    for (const v of [-1, -10, 0]) heap.push(v);
    expect(drain(heap)).toEqual([-10, -1, 0]);
  });
  it('orders strings by < without a comparator (code units, not numbers)', () => {
    const heap = new MinHeap<string>();
    for (const v of ['pear', 'Apple', 'apple', '9', '10']) heap.push(v);
    expect(drain(heap)).toEqual(['10', '9', 'Apple', 'apple', 'pear']);
  });
  it('follows a custom comparator: b - a makes a max-heap', () => {
    const heap = new MinHeap<number>((a, b) => b - a);
    for (const v of [1, 3, 2]) heap.push(v);
    expect(drain(heap)).toEqual([3, 2, 1]);
  });
  it('returns the very objects that were pushed', () => {
    const late = { at: 9 };
    const early = { at: 4 };
    const heap = new MinHeap<{ at: number }>((a, b) => a.at - b.at);
    heap.push(late);
    heap.push(early);
    expect(heap.pop()).toBe(early);
    expect(heap.pop()).toBe(late);
  });
  it('empties completely when the last value is popped, and can be reused', () => {
    const heap = new MinHeap<number>();
    heap.push(7);
    expect(heap.pop()).toBe(7);
    expect(heap.size).toBe(0);
    expect(heap.pop()).toBeUndefined();
    heap.push(4);
    expect(heap.peek()).toBe(4);
    expect(heap.size).toBe(1);
  });
  it('peek does not remove the value', () => {
    const heap = new MinHeap<number>();
    heap.push(3);
    heap.push(1);
    expect(heap.peek()).toBe(1);
    expect(heap.peek()).toBe(1);
    expect(heap.size).toBe(2);
  });
  it('sorts 300 values pushed in descending order', () => {
    const heap = new MinHeap<number>();
    for (let v = 300; v > 0; v--) heap.push(v);
    expect(drain(heap)).toEqual(Array.from({ length: 300 }, (_, i) => i + 1));
  });
});

// The whole domains: numbers with fractions, -0, values past 2^31 and huge magnitudes; strings with
// lone surrogates, '' and names like __proto__. Small numbers and short words stay common, so ties
// happen.
const numbers = numbersOf(meta.domain['value: number']);
const strings = stringsOf(meta.domain['value: string'], { maxLength: 4 });

describe('MinHeap properties', () => {
  it.prop([commandsOf(numbers)])(
    'behaves like a sorted list of numbers under any sequence of push, pop, peek and size',
    (cmds) => runAgainstModel(cmds),
  );

  it.prop([commandsOf(strings)])(
    'orders strings by < when no comparator is given',
    (cmds) => runAgainstModel(cmds),
  );

  it.prop([commandsOf(numbers)])(
    'follows a descending comparator exactly (a max-heap)',
    (cmds) => runAgainstModel(cmds, (a: number, b: number) => b - a),
  );

  it.prop([commandsOf(jobs)])(
    'with a comparator on objects, hands back one of the tied smallest objects itself, never changing any',
    (cmds) => runAgainstModel(cmds, byAt),
  );

  it.prop([fc.array(numbers, { maxLength: 300 })])(
    'pushing values then popping them all yields them sorted ascending',
    (values) => {
      const heap = new MinHeap<number>();
      for (const v of values) heap.push(v);
      expect(heap.size).toBe(values.length);
      // -0 and 0 tie, so they may come out in either order.
      expect(normaliseZeros(drain(heap))).toEqual(normaliseZeros([...values].sort((a, b) => a - b)));
      expect(heap.pop()).toBeUndefined();
    },
  );

  it.prop([fc.array(jobs, { maxLength: 60 })])('does not modify the objects pushed into it', (items) => {
    const before = items.map((j) => ({ ...j }));
    const heap = new MinHeap<Job>(byAt);
    for (const j of items) heap.push(j);
    const out = drain(heap);
    expect(out.map((j) => j!.at)).toEqual(before.map((j) => j.at).sort((a, b) => a - b));
    expect(items.map((j) => ({ ...j })), 'the pushed objects').toEqual(before);
  });
});
