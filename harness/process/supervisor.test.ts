/**
 * The supervisor against children that behave in each way it must tell apart (fixtures in
 * harness/fixtures/process/), and the promise that matters most: nothing a child started, even an
 * ordinary child of its own, is left running once the outcome is known.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../base/paths.ts';
import { describeStop, supervise, type Outcome, type StopWording } from './supervisor.ts';
import type { FixtureMessage, Mode, ServeRequest } from '../fixtures/process/child.ts';
import { goneSoon } from '../testing/processes.ts';

const CHILD = path.join(ROOT, 'harness/fixtures/process/child.ts');

function start(mode: Mode, limits: { startupMs?: number; stallMs?: number } = {}) {
  const messages: FixtureMessage[] = [];
  const child = supervise<FixtureMessage, ServeRequest>({
    module: CHILD, request: { mode }, startupMs: limits.startupMs ?? 30_000, stallMs: limits.stallMs ?? 30_000,
    onMessage: (message) => messages.push(message),
  });
  return { child, messages };
}


const pidsOf = (messages: FixtureMessage[]) => messages.flatMap((m) => ('pids' in m ? [m.pids] : []))[0]!;

describe('supervise', { timeout: 60_000 }, () => {
  it('passes the messages of a child that finishes and tags the outcome done', async () => {
    const { child, messages } = start('done');
    expect(await child.outcome).toEqual({ kind: 'done' });
    expect(messages).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it('stops a child that says nothing within the startup limit', async () => {
    const { child } = start('silent', { startupMs: 1_500 });
    expect(await child.outcome).toEqual({ kind: 'stalled', phase: 'startup', afterMs: 1_500 });
    expect(await goneSoon(child.pid!)).toBe(true);
  });

  it('stops a child that goes quiet while its request is outstanding', async () => {
    const { child, messages } = start('stall', { stallMs: 1_000 });
    expect(await child.outcome).toEqual({ kind: 'stalled', phase: 'running', afterMs: 1_000 });
    expect(messages).toEqual([{ n: 1 }]);
    expect(await goneSoon(child.pid!)).toBe(true);
  });

  it('reports the exception a child caught as crashed', async () => {
    const outcome = await start('crash').child.outcome;
    expect(outcome.kind).toBe('crashed');
    expect(outcome.kind === 'crashed' && outcome.message).toMatch(/^Error: boom in the child/);
  });

  it('reports a child that ends without saying done as exited, with the tail of its stderr', async () => {
    expect(await start('exit').child.outcome).toEqual({ kind: 'exited', code: 3, signal: null, stderrTail: 'first words\nlast words\n' });
  });

  it('leaves a serving child alone while it is idle, and stops it when a request stalls', async () => {
    const { child, messages } = start('serve', { stallMs: 500 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    child.send({ reply: 'pong' });
    await expect.poll(() => messages, { timeout: 10_000 }).toEqual([{ reply: 'pong' }]);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    child.send({ reply: 'never', hang: true });
    expect(await child.outcome).toEqual({ kind: 'stalled', phase: 'running', afterMs: 500 });
  });

  it('stop() ends a serving child; the outcome says it was killed', async () => {
    let idle!: () => void;
    const ready = new Promise<void>((resolve) => { idle = resolve; });
    const child = supervise<FixtureMessage>({ module: CHILD, request: { mode: 'serve' }, startupMs: 30_000, stallMs: 30_000, onIdle: () => idle() });
    await ready;
    child.stop();
    expect(await child.outcome).toMatchObject({ kind: 'exited', code: null, signal: 'SIGKILL' });
  });

  describe('leaves nothing running that the child started', () => {
    for (const [mode, kind] of [['spawn-then-done', 'done'], ['spawn-then-exit', 'exited'], ['spawn-then-stall', 'stalled']] as const) {
      it(`${mode}: the grandchild is gone once the outcome (${kind}) is known`, async () => {
        const { child, messages } = start(mode, { stallMs: 1_500 });
        expect((await child.outcome).kind).toBe(kind);
        const { child: pid, grandchild } = pidsOf(messages);
        expect(await goneSoon(pid)).toBe(true);
        expect(await goneSoon(grandchild)).toBe(true);
      });
    }

    it('also when the parent itself is killed: the child and its grandchild end themselves', async () => {
      const parent = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'harness/fixtures/process/parent.ts')], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        parent.stdout.on('data', (chunk: Buffer) => { out += chunk.toString(); if (out.includes('\n')) resolve(out.split('\n')[0]!); });
        parent.on('exit', (code) => reject(new Error(`the parent fixture exited early (code ${code})`)));
      });
      const pids = JSON.parse(line) as { child: number; grandchild: number };
      parent.kill('SIGKILL');
      expect(await goneSoon(pids.child)).toBe(true);
      expect(await goneSoon(pids.grandchild)).toBe(true);
    });
  });
});

describe('describeStop', () => {
  const what: StopWording = { process: 'the test process', work: 'a test', stallCause: 'an endless loop' };
  const cases: [Exclude<Outcome, { kind: 'done' }>, string][] = [
    [{ kind: 'stalled', phase: 'running', afterMs: 8_000 }, 'a test did not finish within 8 s: an endless loop'],
    [{ kind: 'stalled', phase: 'startup', afterMs: 120_000 }, 'the test process did not start within 120 s: code that loops while it loads, or a machine too busy; try again'],
    [{ kind: 'crashed', message: 'Error: boom\n    at somewhere' }, 'the test process failed: Error: boom'],
    [{ kind: 'exited', code: 3, signal: null, stderrTail: 'a\nb\nc\nd\n' }, 'the test process died while running your code (out of memory, or the process was ended; exit code 3): b | c | d'],
    [{ kind: 'exited', code: null, signal: 'SIGKILL', stderrTail: '' }, 'the test process died while running your code (out of memory, or the process was ended; SIGKILL)'],
  ];
  for (const [stop, sentence] of cases) it(`${stop.kind}${'phase' in stop ? ` (${stop.phase})` : ''}`, () => expect(describeStop(stop, what)).toBe(sentence));
});
