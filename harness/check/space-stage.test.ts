/**
 * The space stage in the check pipeline: it runs after the tests pass for katas that state a space
 * target, judges a time-optimal but space-heavy solution a regression, and stays advice (neutral
 * mark, exit code 0), in the outcome, the history record, the text and `kata check --json`.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../base/paths.ts';
import { runSpace, spaceHeavyApproaches } from '../engine/index.ts';
import { loadSpaceTarget } from '../engine/index.ts';
import { processesWithArg } from '../testing/processes.ts';
import { renderCheck } from '../cli/render.ts';
import { jsonOf, runKata } from '../testing/kata-cli.ts';
import { failedStage, runChecks } from './pipeline.ts';
import type { KataOutcome } from './stage.ts';
import { checkRecordOf } from './stages/record.ts';
import { spaceMeasurementRecord } from './stages/space.ts';

const KATA = 'dp/edit-distance';
const MiB = 1024 * 1024;

/** A time-optimal approach of the kata that keeps the whole table (declared `space-heavy:` in its header). */
function heavyFile(): string {
  const heavy = spaceHeavyApproaches(KATA)[0];
  if (!heavy) throw new Error(`${KATA} has no space-heavy approach: this test needs one`);
  return heavy.file;
}

describe('the space stage', { timeout: 180_000 }, () => {
  let heavy: KataOutcome;
  beforeAll(async () => {
    [heavy] = await runChecks([KATA], { kind: 'file', file: heavyFile() }, { seed: 5, stages: ['tests', 'space'] }) as [KataOutcome];
  });

  it('flags a time-optimal solution that keeps the whole table, as advice: neutral mark, no failed stage', () => {
    expect(heavy.results.tests?.report.status).toBe('passing');
    const space = heavy.results.space!;
    expect('verdict' in space && space.verdict.kind, JSON.stringify(space).slice(0, 400)).toBe('regression');
    expect(heavy.marks).toEqual([{ stage: 'tests', mark: 'pass' }, { stage: 'space', mark: 'neutral' }]);
    expect(failedStage(heavy)).toBeNull();
  });

  it('keeps the verdict and the memory series in what the state records', () => {
    const record = checkRecordOf(heavy, '2026-12-08T01:00:00.000Z')!;
    expect(record.space).toMatchObject({ verdict: 'regression', target: 'O(min(|a|, |b|))' });
    expect(record.space!.bytes!).toBeGreaterThan(2 * MiB);
    const series = spaceMeasurementRecord(heavy.results.space!, '2026-12-08T01:00:00.000Z')!;
    expect(series.n.length).toBeGreaterThanOrEqual(3);
    expect(series.n).toEqual([...series.n].sort((a, b) => a - b));
    // The table grows with n² while the reference keeps one row: the top sizes say so.
    expect(series.learner.at(-1)!).toBeGreaterThan(10 * Math.max(series.reference.at(-1)!, 1));
  });

  it('prints the space line under the verdicts, saying it does not change the result', () => {
    const text = renderCheck(heavy);
    expect(text).toMatch(/✗ space: grows like O\(n²\); target O\(min\(\|a\|, \|b\|\)\)/);
    expect(text).toContain('Space is advice: it does not change the result of the check');
  });

  it('does not flag the reference, and runs only where the kata states a target and the tests pass', async () => {
    const [reference] = await runChecks([KATA], { kind: 'reference' }, { seed: 5, stages: ['tests', 'space'] });
    const space = reference!.results.space!;
    expect('verdict' in space ? space.verdict.kind : space.error).not.toBe('regression');
    expect('verdict' in space).toBe(true);
    const [noTarget] = await runChecks(['hashmap/two-sum'], { kind: 'reference' }, { seed: 5, stages: ['space'] });
    expect(noTarget!.skipped.space).toBe('the kata states no space target');
    const [failing] = await runChecks([KATA], { kind: 'file', file: path.join(ROOT, 'katas', KATA, 'edit-distance.ts') }, { seed: 5, stages: ['tests', 'space'] });
    expect(failing!.skipped.space).toBe('the tests do not pass');
  });
});

describe('a measurement started beside the tests (plan.space.early, as kata check asks)', { timeout: 180_000 }, () => {
  const SPACE_CHILD = `${path.sep}engine${path.sep}space${path.sep}child.ts`;
  /** Space-measuring processes of this file's implementation (other test files may measure others meanwhile). */
  const measuring = (file: string) => processesWithArg(SPACE_CHILD).filter((p) => p.args.some((arg) => arg.includes(file)));
  const stub = path.join(ROOT, 'katas', KATA, 'edit-distance.ts');

  it('is used when the tests pass: what was measured beside the tests, not the file as it is afterwards', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-space-early-'));
    const file = path.join(dir, 'edit-distance.ts');
    cpSync(heavyFile(), file);
    try {
      // Once the tests have passed, the file turns into one that throws: a measurement taken after
      // the tests would load it and fail; the one begun beside them had loaded the heavy table.
      const [early] = await runChecks([KATA], { kind: 'file', file }, {
        seed: 5, stages: ['tests', 'space'], space: { early: true },
        onResult: (stage) => { if (stage === 'tests') writeFileSync(file, 'export function editDistance(): number {\n  throw new Error(\'measured after the tests\');\n}\n'); },
      });
      expect(early!.results.tests?.report.status).toBe('passing');
      const space = early!.results.space!;
      expect('verdict' in space && space.verdict.kind, JSON.stringify(space).slice(0, 400)).toBe('regression');
      expect(measuring(file)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is dropped when the tests fail, and leaves no measuring process behind', async () => {
    const [failing] = await runChecks([KATA], { kind: 'file', file: stub }, { seed: 5, stages: ['tests', 'space'], space: { early: true } });
    expect(failing!.skipped.space).toBe('the tests do not pass');
    expect(failing!.results.space).toBeUndefined();
    expect(measuring(stub)).toEqual([]);
  });

  it('stops its measuring process when aborted, and starts no further job', async () => {
    // A call that never returns: only the abort can end this measurement before the test's own timeout.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-space-abort-'));
    const endless = path.join(dir, 'edit-distance.ts');
    writeFileSync(endless, 'export function editDistance(a: string, b: string): number {\n  for (;;) { if (a === b && a.length < 0) return 0; }\n}\n');
    try {
      const controller = new AbortController();
      const job = { id: KATA, impl: { kind: 'file' as const, file: endless }, target: await loadSpaceTarget(KATA) };
      const running = runSpace([job, job], { seed: 5, signal: controller.signal, jobTimeoutMs: 600_000 });
      // Abort once the first measuring process is up.
      for (let waited = 0; measuring(endless).length === 0 && waited < 20_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
      expect(measuring(endless).length).toBeGreaterThan(0);
      controller.abort();
      expect(await running).toEqual([]);
      expect(measuring(endless)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('kata check of a space-heavy solution', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'kata-space-'));
    mkdirSync(path.join(dir, 'dp', 'edit-distance'), { recursive: true });
    cpSync(heavyFile(), path.join(dir, 'dp', 'edit-distance', 'edit-distance.ts'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 0 (space is advice) with the space verdict in --json, and `--no-space` leaves it out', async () => {
    const [checked, without] = await Promise.all([
      runKata(ROOT, ['check', KATA, '--impl', dir, '--seed', '5', '--json', '--no-complexity']),
      runKata(ROOT, ['check', KATA, '--impl', dir, '--seed', '5', '--json', '--no-complexity', '--no-space']),
    ]);
    expect(checked.code, checked.stderr).toBe(0);
    const json = jsonOf<{ status: string; complexity: unknown; space: { verdict: string; text: string } | null }>(checked);
    expect(json.status).toBe('passing');
    expect(json.complexity, '--no-complexity leaves the time stage out, not the space stage').toBeNull();
    expect(json.space).toMatchObject({ verdict: 'regression', text: expect.stringContaining('✗ space: grows like O(n²)') });
    expect(without.code, without.stderr).toBe(0);
    expect(jsonOf<{ space: unknown }>(without).space).toBeNull();
  }, 240_000);
});
