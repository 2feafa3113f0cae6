/**
 * The promise every failing property makes: the replay line `kata check` prints reproduces exactly
 * that counterexample. The line is run as printed, through a shell, so its quoting is tested too.
 * Also: runKataTests hands over each kata's report as soon as its file finishes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, solutionFiles } from '../base/paths.ts';
import { runKataTests } from './isolated.ts';

interface CheckJson {
  status: string;
  failures: { test: string; property?: { counterexample: string; seed: number; path: string; runs: number; shrinks: number } }[];
  replays: { test: string; command: string }[];
}

function kata(command: string): CheckJson {
  // The printed line starts with `npx kata`; run the same arguments with this checkout's CLI.
  const cli = `${process.execPath} --import tsx ${path.join(ROOT, 'harness/cli/entry.ts')}`;
  const line = command.replace(/^npx kata /, `${cli} `);
  try {
    return JSON.parse(execFileSync('sh', ['-c', `${line} --json --no-complexity`], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as CheckJson;
  } catch (error) {
    // Exit code 1 (failures found) still prints the JSON.
    return JSON.parse((error as { stdout: string }).stdout) as CheckJson;
  }
}

describe('replaying a failing property', () => {
  it('reproduces the printed counterexample, running only that test', () => {
    const mutant = path.join(solutionFiles('hashmap/two-sum').mutants, 'pairs-element-with-itself.ts');
    const first = kata(`npx kata check hashmap/two-sum --impl '${mutant}' --seed 7`);
    expect(first.status).toBe('failing');
    expect(first.replays.length, 'at least one property failed and got a replay line').toBeGreaterThan(0);
    for (const replay of first.replays) {
      const original = first.failures.find((f) => f.test === replay.test)!.property!;
      const again = kata(replay.command);
      expect(again.status).toBe('failing');
      expect(again.failures.map((f) => f.test), 'only the replayed test ran and failed').toEqual([replay.test]);
      const replayed = again.failures[0]!.property!;
      expect(replayed.counterexample, replay.command).toBe(original.counterexample);
      expect({ runs: replayed.runs, shrinks: replayed.shrinks }, 'the path led straight to the case: one run, no shrinking').toEqual({ runs: 1, shrinks: 0 });
    }
  }, 120_000);
});

describe('runKataTests', () => {
  it('hands over each kata’s report as soon as its file finishes', async () => {
    const seen: string[] = [];
    const ids = ['hashmap/two-sum', 'stack/min-stack'];
    const reports = await runKataTests(ids, { kind: 'reference' }, { seed: 3 }, { onReport: (r) => seen.push(`${r.id}: ${r.status}`) });
    expect(reports.map((r) => r.id)).toEqual(ids);
    expect([...seen].sort()).toEqual(reports.map((r) => `${r.id}: ${r.status}`).sort());
    expect(reports.every((r) => r.status === 'passing')).toBe(true);
  }, 120_000);
});
