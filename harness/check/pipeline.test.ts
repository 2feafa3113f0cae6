/**
 * The check pipeline: stages run in order, each once per batch, over the katas it applies to;
 * results stream as they come; a new stage is one module plus one entry in the stage list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../base/paths.ts';
import { implFile } from '../impl/impl.ts';
import type { Mark } from '../outcome/outcome.ts';
import { failedStage, runChecks } from './pipeline.ts';
import type { AnyStage, Stage, StageResults } from './stage.ts';
import { STAGES } from './stages/index.ts';

// A toy stage, written the way a real one is: its result type joins StageResults, and that is all.
interface ToyResult { logs: number }
interface FakeResult { value: number }
declare module './stage.ts' {
  interface StageResults { toy: ToyResult; fakeFirst: FakeResult; fakeSecond: FakeResult }
}

/** Toy stage: a solution that still prints with console.log fails it (once its tests pass). */
const toyStage: Stage<'toy'> = {
  name: 'toy',
  skip: (outcome) => (outcome.results.tests?.report.status === 'passing' ? null : 'the tests do not pass'),
  async run(outcomes, { impl }, emit) {
    for (const o of outcomes) emit(o.id, { logs: (readFileSync(implFile(impl, o.id), 'utf8').match(/console\.log/g) ?? []).length });
  },
  mark: (result) => (result.logs > 0 ? 'fail' : 'pass'),
};

describe('runChecks with a toy stage registered after the tests', { timeout: 120_000 }, () => {
  const stages: readonly AnyStage[] = [...STAGES, toyStage];

  it('runs the toy stage after the tests and names it as the failed stage', async () => {
    const printing = { kind: 'file' as const, file: path.join(ROOT, 'harness/fixtures/hostile/prints-megabytes.ts') };
    const [printed] = await runChecks(['hashmap/two-sum'], printing, { seed: 7, stages: ['tests', 'toy'] }, stages);
    expect(printed!.results.tests?.report.status).toBe('passing');
    expect(printed!.results.toy?.logs).toBeGreaterThan(0);
    expect(printed!.marks.map((m) => m.stage)).toEqual(['tests', 'toy']);
    expect(failedStage(printed!)).toBe('toy');
  });

  it('passes the reference, and skips the toy stage for a solution whose tests fail', async () => {
    const [reference] = await runChecks(['hashmap/two-sum'], { kind: 'reference' }, { seed: 7, stages: ['tests', 'toy'] }, stages);
    expect(failedStage(reference!)).toBeNull();
    const wrong = { kind: 'file' as const, file: path.join(ROOT, 'solutions/hashmap/two-sum/mutants/reversed-indices.ts') };
    const [failing] = await runChecks(['hashmap/two-sum'], wrong, { seed: 7, stages: ['tests', 'toy'] }, stages);
    expect(failing!.results.toy).toBeUndefined();
    expect(failing!.skipped.toy).toBe('the tests do not pass');
    expect(failedStage(failing!)).toBe('tests');
  });
});

describe('runChecks mechanics', () => {
  const calls: string[][] = [];
  const fake = <N extends 'fakeFirst' | 'fakeSecond'>(name: N, mark: (value: number) => Mark): Stage<N> => ({
    name,
    // The second stage does not run where the first ran and did not pass.
    skip: (o) => {
      const firstMark = o.marks.find((m) => m.stage === 'fakeFirst')?.mark;
      return name === 'fakeSecond' && firstMark !== undefined && firstMark !== 'pass' ? 'first did not pass' : null;
    },
    async run(outcomes, _context, emit) {
      calls.push([name, ...outcomes.map((o) => o.id)]);
      for (const o of [...outcomes].reverse()) emit(o.id, { value: Number(o.id.split('/')[1]) } as StageResults[N]);
    },
    mark: (r) => mark((r as FakeResult).value),
  });
  const first = fake('fakeFirst', (v) => (v % 2 === 0 ? 'pass' : 'fail'));
  const second = fake('fakeSecond', (v) => (v > 2 ? 'fail' : 'neutral'));

  it('runs each stage once for the whole batch, in order, and streams each result', async () => {
    calls.length = 0;
    const seen: string[] = [];
    const outcomes = await runChecks(['t/1', 't/2', 't/3', 't/4'], { kind: 'reference' }, { seed: 1, onStage: (s, ids) => seen.push(`${s}:${ids.join(',')}`), onResult: (s, o) => seen.push(`${s}>${o.id}`) }, [first, second]);
    expect(calls).toEqual([['fakeFirst', 't/1', 't/2', 't/3', 't/4'], ['fakeSecond', 't/2', 't/4']]);
    expect(seen).toEqual(['fakeFirst:t/1,t/2,t/3,t/4', 'fakeFirst>t/4', 'fakeFirst>t/3', 'fakeFirst>t/2', 'fakeFirst>t/1', 'fakeSecond:t/2,t/4', 'fakeSecond>t/4', 'fakeSecond>t/2']);
    expect(outcomes.map((o) => o.id)).toEqual(['t/1', 't/2', 't/3', 't/4']);
    expect(outcomes.map((o) => failedStage(o))).toEqual(['fakeFirst', null, 'fakeFirst', 'fakeSecond']);
    expect(outcomes[0]!.skipped).toEqual({ fakeSecond: 'first did not pass' });
  });

  it('runs only the stages the plan names, and refuses a name no stage has', async () => {
    calls.length = 0;
    await runChecks(['t/2'], { kind: 'reference' }, { seed: 1, stages: ['fakeSecond'] }, [first, second]);
    expect(calls).toEqual([['fakeSecond', 't/2']]);
    await expect(runChecks(['t/2'], { kind: 'reference' }, { seed: 1, stages: ['complexity'] }, [first, second])).rejects.toThrow(/No check stage named `complexity`/);
  });

  it('treats a stage that leaves a kata without a result as a bug, naming both', async () => {
    const lossy: Stage<'fakeFirst'> = { ...first, async run(outcomes, _c, emit) { emit(outcomes[0]!.id, { value: 0 }); } };
    await expect(runChecks(['t/1', 't/2'], { kind: 'reference' }, { seed: 1 }, [lossy])).rejects.toThrow(/`fakeFirst` gave no result for t\/2/);
  });
});
