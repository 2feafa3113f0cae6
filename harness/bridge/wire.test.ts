/** The bridge's codec, in one process: what crosses comes out equal, with identity, frozenness and depth kept. */
import { describe, expect, it } from 'vitest';
import { decode, encode, type Handle } from './wire.ts';

/** One trip from the tests to the solution, as the two sides' rules make it. */
function tripToSolution(value: unknown, copies = new Map<number, object>()) {
  const ids = new WeakMap<object, number>();
  let next = 1;
  const testsId = (v: object) => { let id = ids.get(v); if (id === undefined) { id = next++; ids.set(v, id); } return id; };
  const encoded = encode(value, { handleOf: () => null, testsId });
  return decode(structuredClone(encoded), { fromHandle: () => undefined, copyOf: (tid) => copies.get(tid), remember: (tid, copy) => copies.set(tid, copy) });
}

describe('the bridge codec', () => {
  it('copies arrays, objects, Maps, Sets, typed arrays, undefined, -0, NaN and BigInt', () => {
    const value = { a: [1, undefined, -0, NaN, 2n], m: new Map<unknown, unknown>([[{ k: 1 }, new Set([1, 2])]]), t: new Int32Array([3, 4]), d: new Date(5) };
    const copy = tripToSolution(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(Object.is((copy as typeof value).a[2], -0)).toBe(true);
  });
  it('keeps the values domain arbitraries draw: -0, NaN, lone surrogates, and keys named __proto__ or constructor', () => {
    const keyed = JSON.parse('{"__proto__": 1, "constructor": 2, "\\ud800": 3}') as Record<string, number>;
    const value = { nums: [-0, NaN, 2 ** 53 - 1, -(2 ** 31) - 1, Number.MIN_VALUE], text: ['\uD800', 'a\uDC00b', '😀'], keyed, map: new Map([['__proto__', 1]]) };
    const copy = tripToSolution(value) as typeof value;
    expect(Object.is(copy.nums[0], -0)).toBe(true);
    expect(copy.nums.slice(1)).toEqual([NaN, 2 ** 53 - 1, -(2 ** 31) - 1, Number.MIN_VALUE]);
    expect(copy.text).toEqual(['\uD800', 'a\uDC00b', '😀']);
    expect(Object.getPrototypeOf(copy.keyed), 'the prototype is not replaced by a key').toBe(Object.prototype);
    expect(Object.keys(copy.keyed)).toEqual(['__proto__', 'constructor', '\uD800']);
    expect(Object.getOwnPropertyDescriptor(copy.keyed, '__proto__')?.value).toBe(1);
    expect(copy.map.get('__proto__')).toBe(1);
  });
  it('keeps shared parts shared and cycles cyclic', () => {
    const shared = { x: 1 };
    const cyclic: { self?: unknown; shared: unknown; again: unknown } = { shared, again: shared };
    cyclic.self = cyclic;
    const copy = tripToSolution(cyclic) as typeof cyclic;
    expect(copy.self).toBe(copy);
    expect(copy.shared).toBe(copy.again);
  });
  it('carries a 100 000-deep chain without overflowing the stack', () => {
    let chain: { next: unknown; v: number } | null = null;
    for (let i = 0; i < 100_000; i++) chain = { next: chain, v: i };
    let copy = tripToSolution(chain) as { next: unknown; v: number } | null;
    let depth = 0;
    while (copy) { depth++; copy = copy.next as typeof copy; }
    expect(depth).toBe(100_000);
  });
  it('freezes a copy of a frozen input, so a write to it throws on the other side too', () => {
    const copy = tripToSolution(Object.freeze([1, 2, 3])) as number[];
    expect(Object.isFrozen(copy)).toBe(true);
    expect(() => { 'use strict'; copy.push(4); }).toThrow(TypeError);
  });
  it('gives the same copy for the same object on a second trip, refilled with what it holds now', () => {
    const copies = new Map<number, object>();
    const ids = new WeakMap<object, number>();
    let next = 1;
    const testsId = (v: object) => { let id = ids.get(v); if (id === undefined) { id = next++; ids.set(v, id); } return id; };
    const rules = { fromHandle: () => undefined, copyOf: (tid: number) => copies.get(tid), remember: (tid: number, copy: object) => copies.set(tid, copy) };
    const original = [1];
    const first = decode(structuredClone(encode(original, { handleOf: () => null, testsId })), rules);
    original.push(2);
    const second = decode(structuredClone(encode(original, { handleOf: () => null, testsId })), rules);
    expect(second).toBe(first);
    expect(second).toEqual([1, 2]);
  });
  it('sends functions as handles and rebuilds errors with their built-in class and fields', () => {
    const handles: Handle[] = [];
    const fn = () => 1;
    const error = Object.assign(new RangeError('out of range'), { index: 7 });
    const encoded = encode({ fn, error }, { handleOf: (v) => (typeof v === 'function' ? (handles.push({ kind: 'fn', owner: 'tests', id: 1 }), handles[0]!) : null) });
    const back = decode(structuredClone(encoded), { fromHandle: (h) => `handle ${h.id}` }) as { fn: unknown; error: RangeError & { index: number } };
    expect(back.fn).toBe('handle 1');
    expect(back.error).toBeInstanceOf(RangeError);
    expect(back.error.message).toBe('out of range');
    expect(back.error.index).toBe(7);
  });
});
