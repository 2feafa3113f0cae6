/**
 * Helpers kata tests share, imported as `#kit/testing` (tests only: it imports Vitest, so stubs
 * and solutions never load it). Katas still import nothing from each other.
 */
import fc from 'fast-check';
import { expect, it as vitestIt } from 'vitest';

export { fc };

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
 * The test `it.prop` declares, as data: its title and its body. The seed is fixed here, when the
 * test is declared (params, else the global one setup.ts configures from KATA_SEED, else a fresh
 * one), and printed in the title, so every failure can be replayed. The property may be async and
 * fails by throwing or by returning false; fast-check shrinks the counterexample.
 */
export function propertyCase<Ts extends [unknown, ...unknown[]]>(
  arbitraries: Arbitraries<Ts>, params: fc.Parameters<Ts>, name: string, property: Property<Ts>,
): { title: string; run: () => Promise<void> } {
  const seed = params.seed ?? fc.readConfigureGlobal().seed ?? (Date.now() ^ (Math.random() * 0x1_0000_0000));
  const checked = fc.asyncProperty(...(arbitraries as unknown as [fc.Arbitrary<unknown>]), (...args: unknown[]) => Promise.resolve(property(...(args as Ts))));
  return { title: `${name} (with seed=${seed})`, run: () => fc.assert(checked as unknown as fc.IAsyncProperty<Ts>, { ...params, seed }) };
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
