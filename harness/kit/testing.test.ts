/**
 * `it.prop` from #kit/testing is what every kata's properties run through: it must fail when the
 * property fails (by throwing, by returning false, or by rejecting), shrink, keep to its seed so a
 * failure replays (named in the failure's message, not in the title, which stays the same), and
 * pass params on. The bodies are run directly here, outside Vitest's collector, so a failing
 * property can be asserted on.
 */
import { describe, expect, it as vitestIt } from 'vitest';
import { parsePropertyFailure } from '../runner/fast-check-failure.ts';
import { fc, it, plainCopy, propertyCase } from '#kit/testing';

async function failureOf(run: () => Promise<void>): Promise<Error> {
  try {
    await run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the property to fail, but it passed');
}

describe('propertyCase', () => {
  vitestIt('passes a property that holds, after fast-check’s default of 100 cases', async () => {
    let calls = 0;
    const { run } = propertyCase([fc.integer(), fc.integer()], { seed: 7 }, 'addition commutes', (a, b) => { calls++; expect(a + b).toBe(b + a); });
    await run();
    expect(calls).toBe(100);
  });

  vitestIt('fails a throwing property and shrinks the counterexample to the smallest failing value', async () => {
    const { run } = propertyCase([fc.integer({ min: 0, max: 1000 })], { seed: 42 }, 'small', (n) => { expect(n).toBeLessThan(10); });
    const failure = parsePropertyFailure((await failureOf(run)).message);
    expect(failure, 'fast-check’s report can be read back').not.toBeNull();
    expect(failure!.counterexample).toBe('[10]');
    expect(failure!.seed).toBe(42);
  });

  vitestIt('fails a property that returns false, and one whose promise rejects', async () => {
    await failureOf(propertyCase([fc.nat()], { seed: 1 }, 'false', (n) => n < 0).run);
    await failureOf(propertyCase([fc.nat()], { seed: 1 }, 'rejects', async (n) => { await Promise.resolve(); if (n >= 0) throw new Error('no'); }).run);
  });

  vitestIt('replays exactly the reported case from its seed and path', async () => {
    const property = (xs: number[]) => { expect(xs.reduce((a, b) => a + b, 0)).toBeLessThan(50); };
    const first = parsePropertyFailure((await failureOf(propertyCase([fc.array(fc.integer({ min: 0, max: 30 }))], { seed: 99 }, 'sum', property).run)).message)!;
    const seen: number[][] = [];
    const replay = propertyCase([fc.array(fc.integer({ min: 0, max: 30 }))], { seed: first.seed, path: first.path, endOnFailure: true }, 'sum', (xs) => { seen.push(xs); property(xs); });
    const again = parsePropertyFailure((await failureOf(replay.run)).message)!;
    expect(again.counterexample).toBe(first.counterexample);
    expect(seen, 'the replay ran the one recorded case').toHaveLength(1);
  });

  vitestIt('honours params such as numRuns', async () => {
    let calls = 0;
    await propertyCase([fc.boolean()], { seed: 3, numRuns: 7 }, 'counted', () => { calls++; }).run();
    expect(calls).toBe(7);
  });

  vitestIt('is titled by its name alone, the same under every seed, so an editor’s test view and --test find it again', () => {
    const titles = [-5, 0, 6].map((seed) => propertyCase([fc.nat()], { seed }, 'finds a pair', () => {}).title);
    expect(titles).toEqual(['finds a pair', 'finds a pair', 'finds a pair']);
    expect(propertyCase([fc.nat()], {}, 'finds a pair', () => {}).title).toBe('finds a pair');
  });

  vitestIt('names the seed and path in a failure’s message, which is what a raw Vitest run (the editor) shows', async () => {
    const seeded = (await failureOf(propertyCase([fc.nat()], { seed: -5 }, 'p', (n) => n < 0).run)).message;
    expect(seeded).toMatch(/\{ seed: -5, path: "\d+(:\d+)*"/);
    // No seed given anywhere (the extension sets no KATA_SEED): a fresh one, still in the message.
    expect(fc.readConfigureGlobal().seed).toBeUndefined();
    const fresh = parsePropertyFailure((await failureOf(propertyCase([fc.nat()], {}, 'p', (n) => n < 0).run)).message);
    expect(fresh?.seed).toEqual(expect.any(Number));
  });

  vitestIt('takes the seed configured globally (KATA_SEED, through setup.ts) when params give none', async () => {
    const before = fc.readConfigureGlobal();
    try {
      fc.configureGlobal({ ...before, seed: 123 });
      const failure = parsePropertyFailure((await failureOf(propertyCase([fc.nat()], {}, 'p', (n) => n < 0).run)).message);
      expect(failure?.seed).toBe(123);
    } finally {
      fc.configureGlobal(before);
    }
  });
});

describe('a property that writes into its input', () => {
  vitestIt('cannot change what fast-check reports and shrinks: the counterexample is the generated value, shrunk', async () => {
    const property = (xs: number[]) => {
      const length = xs.length;
      xs.fill(7).push(7, 7);
      expect(length).toBeLessThan(3);
    };
    const failure = parsePropertyFailure((await failureOf(propertyCase([fc.array(fc.nat(100))], { seed: 11, interruptAfterTimeLimit: 2_000 }, 'writes', property).run)).message)!;
    expect(failure.counterexample).toBe('[[0,0,0]]');
  });
});

describe('plainCopy', () => {
  vitestIt('copies plain arrays and objects all the way down', () => {
    const value = { list: [1, [2, 3]], inner: { x: 'a' } };
    const copy = plainCopy(value);
    expect(copy).toEqual(value);
    expect(copy).not.toBe(value);
    expect(copy.list).not.toBe(value.list);
    expect(copy.list[1]).not.toBe(value.list[1]);
    expect(copy.inner).not.toBe(value.inner);
  });
  vitestIt('keeps holes, null prototypes, `__proto__` keys, shared references and frozen state', () => {
    const holes = [1, , 3];
    expect(1 in plainCopy(holes)).toBe(false);
    const bare = Object.assign(Object.create(null) as Record<string, number>, { a: 1 });
    expect(Object.getPrototypeOf(plainCopy(bare))).toBeNull();
    const proto = JSON.parse('{"__proto__": [1]}') as Record<string, unknown>;
    const protoCopy = plainCopy(proto);
    expect(Object.hasOwn(protoCopy, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(protoCopy)).toBe(Object.prototype);
    const shared = { n: 1 };
    const pair = plainCopy([shared, shared]);
    expect(pair[0]).toBe(pair[1]);
    expect(pair[0]).not.toBe(shared);
    const frozen = plainCopy(Object.freeze({ at: 1, list: Object.freeze([1]) }));
    expect(Object.isFrozen(frozen) && Object.isFrozen(frozen.list)).toBe(true);
  });
  vitestIt('passes class instances, Maps and functions on as they are', () => {
    class Job { constructor(readonly at: number) {} }
    const job = new Job(1);
    const map = new Map([[1, 2]]);
    const fn = () => 1;
    const copy = plainCopy({ job, map, fn });
    expect(copy.job).toBe(job);
    expect(copy.map).toBe(map);
    expect(copy.fn).toBe(fn);
  });
});

describe('it from #kit/testing', () => {
  vitestIt('is Vitest’s own it, with its modifiers, plus prop', () => {
    expect(typeof it.prop).toBe('function');
    expect(typeof it.concurrent).toBe('function');
    expect(typeof it.each).toBe('function');
  });
  it.prop([fc.integer(), fc.integer()])('registers a property as a test that runs (multiplication commutes)', (a, b) => {
    expect(a * b).toBe(b * a);
  });
});
