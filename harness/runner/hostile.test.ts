/**
 * Learner code is the normal input of this tool. Each fixture in harness/fixtures/hostile/ is a
 * two-sum "solution" that misbehaves in one way; the harness must give that kata a clear verdict
 * and come back, never hang or crash.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, solutionFiles } from '../base/paths.ts';
import { runKataTests } from './isolated.ts';

const fixture = (name: string) => ({ kind: 'file' as const, file: path.join(ROOT, 'harness/fixtures/hostile', `${name}.ts`) });
const check = async (name: string, stallMs = 60_000) =>
  (await runKataTests(['hashmap/two-sum'], fixture(name), { seed: 1 }, { stallMs }))[0]!;

describe('hostile learner code in the tests stage', { timeout: 180_000 }, () => {
  it('stops an endless loop and says so', async () => {
    const report = await check('endless-loop', 8_000);
    expect(report.status).toBe('failing');
    // Each looping call is stopped by the tests' cost guard (bridge/client.ts) long before the stall
    // limit; the stall limit itself is tested where the code runs without the bridge (isolated.test.ts, warm.test.ts).
    expect([...report.loadErrors, ...report.failures.map((f) => f.message)].join()).toMatch(/was stopped after [\d.]+ s of CPU on this test's input.*: an endless loop/);
  });
  it('reports unbounded recursion as a failing test, not a crash', async () => {
    const report = await check('stack-overflow');
    expect(report.status).toBe('failing');
    expect(report.failures[0]!.message).toMatch(/Maximum call stack size exceeded/);
  });
  // The solution runs in its own process (harness/bridge/): these end that process, not the tests'.
  it('reports running out of memory as the solution\'s process ending, naming the memory limit', async () => {
    const report = await check('out-of-memory-at-load');
    expect(report.status).toBe('failing');
    expect([...report.loadErrors, ...report.failures.map((f) => f.message)].join()).toMatch(/ran out of memory \(the limit is \d+ MB\)/);
  });
  it('stops a call that allocates without end, as the memory limit or the cost guard comes first', async () => {
    const report = await check('out-of-memory');
    expect(report.status).toBe('failing');
    expect([...report.loadErrors, ...report.failures.map((f) => f.message)].join()).toMatch(/ran out of memory \(the limit is \d+ MB\)|was stopped after [\d.]+ s of CPU/);
  });
  it('turns process.exit into a failure instead of ending the run', async () => {
    const report = await check('process-exit');
    expect(report.status).toBe('failing');
    expect(report.failures[0]!.message).toMatch(/the solution's process ended while twoSum\(\)/);
  });
  it('shows a thrown string as the failure message', async () => {
    const report = await check('throws-non-error');
    expect(report.status).toBe('failing');
    expect(report.failures[0]!.message).toContain('nope, not an error object');
  });
  it('fails a solution that returns a Promise where a value is due', async () => {
    const report = await check('returns-promise');
    expect(report.status).toBe('failing');
    expect(report.failures.map((f) => f.message).join()).toMatch(/Promise/);
  });
  it('fails a solution that mutates its read-only input', async () => {
    const report = await check('mutates-input');
    expect(report.status).toBe('failing');
    expect(report.failures.map((f) => f.message).join()).toMatch(/read only|read-only|Cannot assign/);
  });
  it('survives a solution that prints tens of megabytes, and judges it on its answers', async () => {
    expect((await check('prints-megabytes')).status).toBe('passing');
  });
  it('finishes although the solution leaves timers running', async () => {
    expect((await check('open-timers')).status).toBe('passing');
  });
  // A shipped slow approach of valid-brackets (an unshift per push: O(n²) on the 100 000-deep nests
  // of its tests). Without the cost guard (harness/bridge/client.ts) it passes, slowly.
  it('stops a test whose input costs the solution 20× the reference\'s CPU, and names the input', async () => {
    const file = path.join(path.dirname(solutionFiles('stack/valid-brackets').reference), 'approaches', 'slow-unshift-stack.ts');
    const [report] = await runKataTests(['stack/valid-brackets'], { kind: 'file', file }, { seed: 1 });
    expect(report!.status).toBe('failing');
    const stopped = report!.failures.filter((f) => f.message.startsWith('complexity: isBalanced() was stopped after'));
    expect(stopped.length).toBeGreaterThan(0);
    for (const f of stopped) {
      expect(f.test).toMatch(/\d+ 000/);
      expect(f.message).toMatch(/× what the reference spends on the same input \([\d.]+ ms; the limit is 20×.*Its arguments: a string of [\d ]+ characters/);
    }
    // Every other test still ran and passed: the stop ended one call, not the file.
    expect(report!.passed + report!.failed).toBeGreaterThan(10);
    expect(report!.failed).toBe(stopped.length);
  });
});
