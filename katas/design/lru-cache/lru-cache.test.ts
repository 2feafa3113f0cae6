import { describe, expect } from 'vitest';
import { LRUCache } from './lru-cache.ts';
import { expectRangeError, fc, it, numbersOf, stringsOf } from '#kit/testing';
import meta from './meta.ts';

// ---------------------------------------------------------------------------------------------
// Model: the entries as a plain array ordered least recently used first. Every operation is a
// linear scan, which is obviously right and far simpler than the O(1) structure under test.
// ---------------------------------------------------------------------------------------------
interface Model {
  capacity: number;
  /** The keys the run uses (every one is peeked at after every command). */
  keys: readonly string[];
  entries: { key: string; value: string }[];
}
type Real = LRUCache<string, string>;

function indexOf(model: Model, key: string): number {
  return model.entries.findIndex((e) => e.key === key);
}

/**
 * After every command: the cache holds exactly the model's keys. `has` is a peek by contract, so
 * asking about every key does not disturb the recency order being tested.
 */
function expectSameKeys(model: Model, real: Real, after: string): void {
  expect(real.size, `size after ${after}`).toBe(model.entries.length);
  const held = model.keys.filter((k) => real.has(k));
  expect(held, `keys held after ${after}`).toEqual(model.keys.filter((k) => indexOf(model, k) >= 0));
}

class SetCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string, readonly value: string) {}
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
    return `set(${JSON.stringify(this.key)}, ${JSON.stringify(this.value)})`;
  }
}

class GetCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string) {}
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
    return `get(${JSON.stringify(this.key)})`;
  }
}

class HasCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string) {}
  check(): boolean {
    return true;
  }
  run(model: Model, real: Real): void {
    expect(real.has(this.key), `${this}`).toBe(indexOf(model, this.key) >= 0);
    expectSameKeys(model, real, `${this}`);
  }
  toString(): string {
    return `has(${JSON.stringify(this.key)})`;
  }
}

class DeleteCommand implements fc.Command<Model, Real> {
  constructor(readonly key: string) {}
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
    return `delete(${JSON.stringify(this.key)})`;
  }
}

// Six distinct keys from the whole key domain (`__proto__`, `constructor`, '' and lone surrogates
// included) and a capacity from its whole domain, small ones common: evictions, re-insertions and
// hits on every run where the capacity is below six.
const scenario = fc
  .record({
    keys: fc.uniqueArray(stringsOf(meta.domain.key), { minLength: 6, maxLength: 6 }),
    capacity: numbersOf(meta.domain.capacity),
  })
  .chain((setup) => {
    const key = fc.constantFrom(...setup.keys);
    return fc
      .commands(
        [
          fc.tuple(key, fc.nat(99)).map(([k, v]) => new SetCommand(k, `v${v}`)),
          key.map((k) => new GetCommand(k)),
          key.map((k) => new HasCommand(k)),
          key.map((k) => new DeleteCommand(k)),
        ],
        { maxCommands: 50, size: '+1' },
      )
      .map((cmds) => ({ ...setup, cmds }));
  });

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

  // Stated rule (README): replacing a value never evicts.
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

  // Stated rule (README): delete frees the slot.
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

  // Stated rule (README): delete frees the slot; a deleted key comes back as a new key.
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

  // Stated rule (README): keys are compared the way Map compares them.
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

  // Stated rule (README): every string is a key of its own.
  it('treats every string as a key of its own, names of Object.prototype members included', () => {
    const cache = new LRUCache<string, number>(3);
    for (const key of ['constructor', 'toString', '__proto__', 'hasOwnProperty', '']) {
      expect(cache.has(key), `has(${JSON.stringify(key)}) on a new cache`).toBe(false);
      expect(cache.get(key), `get(${JSON.stringify(key)}) on a new cache`).toBeUndefined();
      expect(cache.delete(key), `delete(${JSON.stringify(key)}) on a new cache`).toBe(false);
    }
    cache.set('__proto__', 1);
    cache.set('constructor', 2);
    cache.set('', 3);
    expect(cache.size).toBe(3);
    expect([cache.get('__proto__'), cache.get('constructor'), cache.get('')]).toEqual([1, 2, 3]);
    cache.set('toString', 4);
    expect(cache.has('__proto__'), '__proto__ was the least recently used').toBe(false);
    expect(cache.delete('constructor')).toBe(true);
    expect(cache.size).toBe(2);
  });

  // Stated rule (README): a miss changes nothing.
  it('does not refresh recency on a `get` miss', () => {
    const cache = new LRUCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('zz')).toBeUndefined();
    expect(cache.has('a')).toBe(true);
    cache.set('c', 3);
    expect([cache.has('a'), cache.has('b'), cache.has('c')]).toEqual([false, true, true]);
  });

  // Stated rule (README): values are stored as given.
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
  it.prop([scenario])('behaves like a recency-ordered list under any sequence of operations', ({ keys, capacity, cmds }) => {
    fc.modelRun(() => ({ model: { capacity, keys, entries: [] }, real: new LRUCache<string, string>(capacity) }), cmds);
  });

  it.prop([numbersOf(meta.domain.capacity), fc.array(stringsOf(meta.domain.key, { maxLength: 2 }), { maxLength: 60 })])(
    'after a run of sets holds exactly the last `capacity` distinct keys set',
    (capacity, keys) => {
      const cache = new LRUCache<string, number>(capacity);
      keys.forEach((k, i) => cache.set(k, i));
      const lastDistinct: string[] = [];
      for (let i = keys.length - 1; i >= 0 && lastDistinct.length < capacity; i--) {
        if (!lastDistinct.includes(keys[i]!)) lastDistinct.push(keys[i]!);
      }
      expect(cache.size).toBe(lastDistinct.length);
      for (const k of new Set([...keys, 'constructor', '__proto__', 'toString'])) {
        expect(cache.has(k), `has(${JSON.stringify(k)})`).toBe(lastDistinct.includes(k));
      }
    },
  );

  it.prop([
    fc.array(fc.tuple(stringsOf(meta.domain.key, { maxLength: 2 }), fc.record({ n: fc.nat(), tags: fc.array(fc.string(), { maxLength: 3 }) })), { maxLength: 20 }),
  ])('neither copies nor modifies the values it stores', (pairs) => {
    const cache = new LRUCache<string, { n: number; tags: string[] }>(3);
    for (const [k, value] of pairs) {
      const before = structuredClone(value);
      Object.freeze(value.tags);
      Object.freeze(value);
      cache.set(k, value);
      expect(cache.get(k), 'get returns the very object that was set').toBe(value);
      expect(value).toEqual(before);
    }
  });
});
