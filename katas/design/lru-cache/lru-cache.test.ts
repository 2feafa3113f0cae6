import { describe, expect } from 'vitest';
import { LRUCache } from './lru-cache.ts';
import { expectRangeError, fc, it } from '#kit/testing';

// ---------------------------------------------------------------------------------------------
// Model: the entries as a plain array ordered least recently used first. Every operation is a
// linear scan, which is obviously right and far simpler than the O(1) structure under test.
// ---------------------------------------------------------------------------------------------
interface Model {
  capacity: number;
  entries: { key: number; value: string }[];
}
type Real = LRUCache<number, string>;

const KEYS = [0, 1, 2, 3, 4, 5];

function indexOf(model: Model, key: number): number {
  return model.entries.findIndex((e) => e.key === key);
}

/**
 * After every command: the cache holds exactly the model's keys. `has` is a peek by contract, so
 * asking about every key does not disturb the recency order being tested.
 */
function expectSameKeys(model: Model, real: Real, after: string): void {
  expect(real.size, `size after ${after}`).toBe(model.entries.length);
  const held = KEYS.filter((k) => real.has(k));
  expect(held, `keys held after ${after}`).toEqual(model.entries.map((e) => e.key).sort((a, b) => a - b));
}

class SetCommand implements fc.Command<Model, Real> {
  constructor(readonly key: number, readonly value: string) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const i = indexOf(model, this.key);
    if (i >= 0) model.entries.splice(i, 1);
    model.entries.push({ key: this.key, value: this.value });
    if (model.entries.length > model.capacity) model.entries.shift();
    real.set(this.key, this.value);
    expectSameKeys(model, real, `${this}`);
  }
  toString(): string {
    return `set(${this.key}, ${JSON.stringify(this.value)})`;
  }
}

class GetCommand implements fc.Command<Model, Real> {
  constructor(readonly key: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const i = indexOf(model, this.key);
    const expected = i >= 0 ? model.entries[i]!.value : undefined;
    if (i >= 0) model.entries.push(...model.entries.splice(i, 1));
    expect(real.get(this.key), `${this}`).toBe(expected);
    expectSameKeys(model, real, `${this}`);
  }
  toString(): string {
    return `get(${this.key})`;
  }
}

class HasCommand implements fc.Command<Model, Real> {
  constructor(readonly key: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    expect(real.has(this.key), `${this}`).toBe(indexOf(model, this.key) >= 0);
    expectSameKeys(model, real, `${this}`);
  }
  toString(): string {
    return `has(${this.key})`;
  }
}

class DeleteCommand implements fc.Command<Model, Real> {
  constructor(readonly key: number) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    const i = indexOf(model, this.key);
    if (i >= 0) model.entries.splice(i, 1);
    expect(real.delete(this.key), `${this}`).toBe(i >= 0);
    expectSameKeys(model, real, `${this}`);
  }
  toString(): string {
    return `delete(${this.key})`;
  }
}

// Few keys and small capacities: evictions, re-insertions and hits on every run.
const key = fc.constantFrom(...KEYS);
const commands = fc.commands(
  [
    fc.tuple(key, fc.nat(99)).map(([k, v]) => new SetCommand(k, `v${v}`)),
    key.map((k) => new GetCommand(k)),
    key.map((k) => new HasCommand(k)),
    key.map((k) => new DeleteCommand(k)),
  ],
  { maxCommands: 50, size: '+1' },
);

describe('LRUCache examples', () => {
  it('walks through the README example with capacity 2', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.has('b'), '`b` was least recently used when `c` arrived').toBe(false);
    expect(cache.has('a')).toBe(true);
    cache.set('d', 4);
    expect(cache.get('a'), '`has` must not have saved `a`').toBeUndefined();
    expect(cache.get('b')).toBeUndefined();
    expect(cache.get('c')).toBe(3);
    expect(cache.get('d')).toBe(4);
    cache.set('c', 30);
    expect(cache.size).toBe(2);
    expect(cache.delete('d')).toBe(true);
    expect(cache.delete('d')).toBe(false);
    expect(cache.size).toBe(1);
    expect(cache.get('c')).toBe(30);
  });

  it('starts empty', () => {
    const cache = new LRUCache<string, number>(3);
    expect(cache.size).toBe(0);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.has('a')).toBe(false);
    expect(cache.delete('a')).toBe(false);
  });

  it('keeps only the newest key at capacity 1', () => {
    const cache = new LRUCache<string, number>(1);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.has('a')).toBe(false);
    expect(cache.get('b')).toBe(2);
    expect(cache.size).toBe(1);
  });

  it('holds exactly `capacity` keys before the first eviction', () => {
    const cache = new LRUCache<number, number>(3);
    cache.set(1, 1);
    cache.set(2, 2);
    cache.set(3, 3);
    expect(cache.size).toBe(3);
    expect([cache.has(1), cache.has(2), cache.has(3)]).toEqual([true, true, true]);
    cache.set(4, 4);
    expect([cache.has(1), cache.has(2), cache.has(3), cache.has(4)]).toEqual([false, true, true, true]);
  });

  it('does not evict when replacing the value of a key already present', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('b', 20);
    expect(cache.size).toBe(2);
    expect(cache.has('a'), 'replacing b must not evict a').toBe(true);
    expect(cache.get('b')).toBe(20);
    cache.set('a', 10);
    expect(cache.get('a')).toBe(10);
    expect(cache.get('b')).toBe(20);
  });

  it('makes a replaced key the most recently used', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.set('a', 10);
    cache.set('c', 3);
    expect(cache.has('a'), 'replacing `a` made it recent').toBe(true);
    expect(cache.has('b'), '`b` became the least recently used').toBe(false);
  });

  it('does not refresh recency on `has`', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.has('a')).toBe(true);
    cache.set('c', 3);
    expect(cache.has('a'), '`a` is still the least recently used after `has`').toBe(false);
    expect(cache.has('b')).toBe(true);
  });

  it('refreshes recency on a `get` hit', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.get('a');
    cache.set('c', 3);
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
  });

  it('frees a slot on delete, so the next new key evicts nothing', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    cache.delete('a');
    cache.set('c', 3);
    cache.set('d', 4);
    expect(cache.size).toBe(2);
    expect([cache.has('b'), cache.has('c'), cache.has('d')]).toEqual([false, true, true]);
  });

  it('forgets a deleted key completely, so it can come back as a new key', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.delete('a');
    cache.set('a', 2);
    cache.set('b', 3);
    expect(cache.size).toBe(2);
    expect(cache.get('a'), 'a is one of the two keys').toBe(2);
    expect(cache.get('b')).toBe(3);
  });

  it('compares keys like a Map: NaN matches NaN, -0 matches 0, objects by identity', () => {
    const cache = new LRUCache<unknown, string>(4);
    cache.set(NaN, 'nan');
    cache.set(-0, 'zero');
    const obj = { id: 1 };
    cache.set(obj, 'obj');
    expect(cache.get(NaN)).toBe('nan');
    expect(cache.get(0)).toBe('zero');
    expect(cache.get(obj)).toBe('obj');
    expect(cache.get({ id: 1 }), 'a different object with the same shape is a different key').toBeUndefined();
    expect(cache.size).toBe(3);
  });

  it('stores values by reference', () => {
    const cache = new LRUCache<string, { n: number }>(2);
    const value = Object.freeze({ n: 1 });
    cache.set('a', value);
    expect(cache.get('a')).toBe(value);
  });

  it('rejects a capacity that is not a positive integer', () => {
    for (const capacity of [0, -1, 1.5, NaN, Infinity]) {
      expectRangeError(() => new LRUCache(capacity), `the error thrown for capacity ${capacity}`);
    }
  });
});

describe('LRUCache properties', () => {
  it.prop([fc.integer({ min: 1, max: 4 }), commands])(
    'behaves like a recency-ordered list under any sequence of operations',
    (capacity, cmds) => {
      fc.modelRun(() => ({ model: { capacity, entries: [] }, real: new LRUCache<number, string>(capacity) }), cmds);
    },
  );

  it.prop([fc.integer({ min: 1, max: 20 }), fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 })])(
    'after a run of sets holds exactly the last `capacity` distinct keys set',
    (capacity, keys) => {
      const cache = new LRUCache<number, number>(capacity);
      for (const k of keys) cache.set(k, k);
      const lastDistinct: number[] = [];
      for (let i = keys.length - 1; i >= 0 && lastDistinct.length < capacity; i--) {
        if (!lastDistinct.includes(keys[i]!)) lastDistinct.push(keys[i]!);
      }
      expect(cache.size).toBe(lastDistinct.length);
      for (let k = 0; k <= 30; k++) expect(cache.has(k), `has(${k})`).toBe(lastDistinct.includes(k));
    },
  );

  it.prop([fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), fc.record({ n: fc.nat(), tags: fc.array(fc.string(), { maxLength: 3 }) })), { maxLength: 20 })])(
    'neither copies nor modifies the values it stores',
    (pairs) => {
      const cache = new LRUCache<number, { n: number; tags: string[] }>(3);
      for (const [k, value] of pairs) {
        const before = structuredClone(value);
        Object.freeze(value.tags);
        Object.freeze(value);
        cache.set(k, value);
        expect(cache.get(k), 'get returns the very object that was set').toBe(value);
        expect(value).toEqual(before);
      }
    },
  );
});
