/**
 * Watch mode's warm test process: every save is judged on what was saved (the worker is kept
 * between saves, the modules are not); a save whose tests stall is reported as stopped, and the
 * next save runs in a fresh process and gets its verdict.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kataFiles, ROOT, solutionFiles } from '../base/paths.ts';
import { WarmRunner } from './warm.ts';

const ID = 'hashmap/two-sum';
const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-warm-'));
const file = kataFiles(ID, dir).stub;
mkdirSync(path.dirname(file), { recursive: true });
const runner = new WarmRunner({ kind: 'dir', dir }, { stallMs: 8_000, startupMs: 120_000 });
afterAll(() => { runner.close(); rmSync(dir, { recursive: true, force: true }); });

describe('WarmRunner', { timeout: 240_000 }, () => {
  it('judges each save on the file as saved: passing, failing, passing again, not started', async () => {
    const mutant = path.join(path.dirname(solutionFiles(ID).reference), 'mutants', 'reversed-indices.ts');
    const verdicts: string[] = [];
    for (const saved of [solutionFiles(ID).reference, mutant, solutionFiles(ID).reference, kataFiles(ID).stub]) {
      copyFileSync(saved, file);
      verdicts.push((await runner.run(ID, 1, [file])).status);
    }
    expect(verdicts).toEqual(['passing', 'failing', 'passing', 'not-started']);
  });

  it('reports a stalled save as stopped, then runs the next save in a fresh process', async () => {
    copyFileSync(path.join(ROOT, 'harness/fixtures/hostile/endless-loop.ts'), file);
    const stalled = await runner.run(ID, 1, [file]);
    expect(stalled.status).toBe('failing');
    expect(stalled.stopped).toEqual({ kind: 'stalled', phase: 'running', afterMs: 8_000 });
    expect(stalled.loadErrors).toEqual(['a test did not finish within 8 s: an endless loop, or a solution far too slow for the test inputs']);

    copyFileSync(solutionFiles(ID).reference, file);
    const passing = await runner.run(ID, 1, [file]);
    expect(passing.status).toBe('passing');
    expect(passing.stopped).toBeUndefined();
  });
});
