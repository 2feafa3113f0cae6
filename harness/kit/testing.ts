/**
 * Helpers kata tests share, imported as `#kit/testing` (tests only: it imports Vitest, so stubs
 * and solutions never load it). Katas still import nothing from each other.
 */
import fc from 'fast-check';
import { expect, it as vitestIt } from 'vitest';

export { fc };
export { safeIntegers, naturals, finiteNumbers, keys, nodeNames, arbitraryOf, numbersOf, stringsOf, INTEGER_EDGES, FRACTION_EDGES, KEY_EDGES } from './domains.ts';
export type { Range, IntegerRange, KeyOptions } from './domains.ts';

type Arbitraries<Ts extends [unknown, ...unknown[]]> = { [K in keyof Ts]: fc.Arbitrary<Ts[K]> };

/**
 * `it.prop(arbitraries, params?)(name, property, timeout?)`: one Vitest test that runs a fast-check
 * property, the same call shape as @fast-check/vitest, which this replaces. That package builds its
 * `it` by walking every chain of Vitest 4.1's test modifiers when it is imported, which measured
 * 0.8 s in plain Node and 1.1–1.4 s per test file inside a Vitest worker on these machines (most of
 * a watch-mode re-run); this is the few lines of it the katas use.
 */
function prop<Ts extends [unknown, ...unknown[]]>(arbitraries: Arbitraries<Ts>, params: fc.Parameters<Ts> = {}) {
  return (name: string, property: Property<Ts>, timeout?: number): void => {
    const { title, run } = propertyCase(arbitraries, params, name, property);
    vitestIt(title, run, timeout);
  };
}

type Property<Ts extends unknown[]> = (...args: Ts) => boolean | void | Promise<boolean | void>;

/**
 * The test `it.prop` declares, as data: its title and its body. The title is the name as given,
 * the same on every run, so an editor's test view (the Vitest extension) and `--test` find the
 * test again whatever the seed. The seed is fixed here, when the test is declared (params, else
 * the global one setup.ts configures from KATA_SEED, else a fresh one), and a failure replays
 * from it: fast-check's failure message names the seed and path (`{ seed: …, path: "…" }`), which
 * is what a raw Vitest run shows, and `kata check` prints the run's seed on every run. The
 * property may be async and fails by throwing or by returning false; fast-check shrinks the
 * counterexample.
 *
 * The property gets a copy of the plain arrays and objects fast-check generated (see plainCopy):
 * code under test that writes into its input then cannot change the values fast-check reports and
 * shrinks. Before, such code made the report show the damaged value, and made shrinking run on
 * until the time limit.
 */
export function propertyCase<Ts extends [unknown, ...unknown[]]>(
  arbitraries: Arbitraries<Ts>, params: fc.Parameters<Ts>, name: string, property: Property<Ts>,
): { title: string; run: () => Promise<void> } {
  const seed = params.seed ?? fc.readConfigureGlobal().seed ?? (Date.now() ^ (Math.random() * 0x1_0000_0000));
  const checked = fc.asyncProperty(...(arbitraries as unknown as [fc.Arbitrary<unknown>]), (...args: unknown[]) => {
    const copies = new Map<object, unknown>();
    return Promise.resolve(property(...(args.map((a) => plainCopy(a, copies)) as Ts)));
  });
  return { title: name, run: () => fc.assert(checked as unknown as fc.IAsyncProperty<Ts>, { ...params, seed }) };
}

/**
 * A copy of plain data: arrays and objects whose prototype is Array.prototype, Object.prototype or
 * null, copied all the way down, keeping holes, null prototypes, `__proto__` keys, shared
 * references and frozen or sealed state. Anything else (class instances, functions, Maps, typed
 * arrays) is passed on as it is.
 */
export function plainCopy<T>(value: T, copies = new Map<object, unknown>()): T {
  if (typeof value !== 'object' || value === null) return value;
  if (copies.has(value)) return copies.get(value) as T;
  const proto = Object.getPrototypeOf(value) as object | null;
  const isArray = Array.isArray(value) && proto === Array.prototype;
  if (!isArray && proto !== Object.prototype && proto !== null) return value;
  const copy = (isArray ? new Array((value as unknown[]).length) : Object.create(proto)) as object;
  copies.set(value, copy);
  for (const key of Reflect.ownKeys(value)) {
    if (isArray && key === 'length') continue;
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    if ('value' in descriptor) descriptor.value = plainCopy(descriptor.value, copies);
    Object.defineProperty(copy, key, descriptor);
  }
  if (Object.isFrozen(value)) Object.freeze(copy);
  else if (Object.isSealed(value)) Object.seal(copy);
  else if (!Object.isExtensible(value)) Object.preventExtensions(copy);
  return copy as T;
}

/** Vitest's own `it` (every modifier works as usual), plus `it.prop` for properties (above). */
export const it = new Proxy(vitestIt, {
  get: (target, key, receiver) => (key === 'prop' ? prop : Reflect.get(target, key, receiver)),
}) as typeof vitestIt & { prop: typeof prop };

/**
 * Freezes a value and everything reachable from it, then returns it: a solution that writes into
 * its read-only input throws a TypeError instead of passing unnoticed.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * Asserts that `fn` throws a RangeError. A stub's NotImplemented is rethrown unchanged, so an
 * untouched kata still reports "not started" rather than a failed assertion.
 */
export function expectRangeError(fn: () => unknown, what?: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  if (thrown instanceof Error && thrown.name === 'NotImplemented') throw thrown;
  expect(thrown, what ?? 'the error thrown').toBeInstanceOf(RangeError);
}

/**
 * The value with every −0 replaced by 0, all the way down through arrays and plain objects (Maps,
 * Sets and class instances are passed on as they are). Vitest's toEqual tells −0 from 0; where a
 * kata's contract does not decide the sign of a zero answer (a sum of −0 and 0, say), compare
 * `normaliseZeros(actual)` with `normaliseZeros(expected)` instead of drawing no −0 at all.
 */
export function normaliseZeros<T>(value: T): T {
  if (Object.is(value, -0)) return 0 as T;
  if (Array.isArray(value)) return value.map(normaliseZeros) as T;
  if (typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normaliseZeros(v)])) as T;
  }
  return value;
}
