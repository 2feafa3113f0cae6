/**
 * Vitest setup file for kata tests: seeds fast-check from the environment the harness sets, so
 * every run prints its seed and any failure can be replayed exactly.
 *   KATA_SEED  base seed of every property in this run (integer)
 *   KATA_PATH  fast-check replay path of one failing case (with KATA_SEED and a test name filter)
 *   KATA_NUM_RUNS  cases per property instead of 100 (lint's check of an equivalence claim)
 *
 * Properties (`it.prop` from #kit/testing) get fast-check's default of 100 cases, a fresh seed
 * each run unless KATA_SEED fixes it.
 */
import fc from 'fast-check';
import { afterAll } from 'vitest';
import { PROPERTY_TIME_LIMIT_MS } from './vitest-config.ts';

const seed = process.env.KATA_SEED === undefined ? undefined : Number(process.env.KATA_SEED);
const replayPath = process.env.KATA_PATH || undefined;
const numRuns = Number(process.env.KATA_NUM_RUNS);

fc.configureGlobal({
  ...(seed !== undefined && Number.isInteger(seed) ? { seed } : {}),
  ...(replayPath ? { path: replayPath, endOnFailure: true } : {}),
  ...(Number.isInteger(numRuns) && numRuns > 0 ? { numRuns } : {}),
  interruptAfterTimeLimit: PROPERTY_TIME_LIMIT_MS,
});

/**
 * Trusted runs share workers between test files (lint's rounds of mutants). A wrong solution that
 * keeps per-key state in a plain object writes into Object.prototype when a key is `__proto__`
 * (`state['__proto__'].value = …`), and every later file in that worker then inherits the damage
 * (seen: "Invalid property descriptor" in unrelated katas). After each file, the built-in
 * prototypes get back exactly the properties they had when it started.
 */
const GUARDED: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype, Boolean.prototype, Map.prototype, Set.prototype, Promise.prototype];
const snapshots = GUARDED.map((proto) => new Map(Reflect.ownKeys(proto).map((key) => [key, Object.getOwnPropertyDescriptor(proto, key)!])));
afterAll(() => {
  GUARDED.forEach((proto, i) => {
    const before = snapshots[i]!;
    for (const key of Reflect.ownKeys(proto)) {
      if (!before.has(key)) { try { delete (proto as Record<PropertyKey, unknown>)[key]; } catch { /* non-configurable: nothing to undo */ } }
    }
    for (const [key, descriptor] of before) {
      const now = Object.getOwnPropertyDescriptor(proto, key);
      if (now && now.value === descriptor.value && now.get === descriptor.get && now.set === descriptor.set) continue;
      try { Object.defineProperty(proto, key, descriptor); } catch { /* non-configurable */ }
    }
  });
});
