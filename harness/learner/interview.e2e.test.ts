/**
 * `kata interview` end to end, in a copy of the workspace: a scripted round whose claim is false
 * (the reference, claimed O(1): the debrief says the claim does not match), a drawn round given up,
 * and a round in a terminal (tmux) that asks for the approach and the claim, re-runs the tests on
 * save under a timer, and ends on the pass with a debrief whose true claim matches. The rounds are
 * in the state file, and `kata report` shows them per pattern.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solutionFiles } from '../base/paths.ts';
import { copyWorkspace } from '../author/workspace-copy.ts';
import { jsonOf, runKata, type KataRun as Run } from '../testing/kata-cli.ts';

const kata = (workspace: string, ...args: string[]): Promise<Run> => runKata(workspace, args);
const json = jsonOf;

const session = `kata-interview-${process.pid}`;
const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = () => tmux('capture-pane', '-p', '-J', '-t', session, '-S', '-80');
async function waitFor(pattern: RegExp, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = screen();
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The screen never showed ${pattern} within ${timeoutMs / 1000} s. Last screen:\n${last}`);
}

interface Started { action: string; round: number; title: string; file: string; task: string; seed: number | null; claim: string; deadline: string }
interface Ended { action: string; round: number; id: string; pattern: string; outcome: string; correct: boolean; claim: string; claimCheck: { matches: boolean | null; why: string }; notes: { asked: string[] } }

const TWO_SUM = 'hashmap/two-sum';
const reference = solutionFiles(TWO_SUM).reference;

describe('kata interview', () => {
  let ws: string;
  beforeAll(() => { ws = copyWorkspace(); });
  afterAll(() => {
    try { tmux('kill-session', '-t', session); } catch { /* already gone */ }
    rmSync(ws, { recursive: true, force: true });
  }, 60_000);

  it('a scripted round with a false claim: correct, and the debrief says the claim does not match', async () => {
    const start = await kata(ws, 'interview', '--kata', 'two-sum', '--approach', 'a Map from value to index, one pass', '--claim', 'O(1)', '--json');
    expect(start.code, start.stdout + start.stderr).toBe(0);
    expect(start.stdout, 'nothing before the debrief names the pattern').not.toContain('hashmap');
    const started = json<Started>(start);
    expect(started).toMatchObject({ action: 'started', round: 1, title: 'Two Sum', seed: null, claim: 'O(1)' });
    expect(started.file).toBe(path.join(ws, 'work', '.interview', 'round-1', 'solution.ts'));
    expect(readFileSync(started.task, 'utf8')).not.toMatch(/Target complexity|npx kata/);

    copyFileSync(reference, started.file);
    const checked = await kata(ws, 'interview', '--check', '--seed', '1', '--json');
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
    const ended = json<Ended>(checked);
    expect(ended).toMatchObject({ action: 'ended', round: 1, id: TWO_SUM, pattern: 'hashmap', outcome: 'passed', correct: true, claim: 'O(1)' });
    expect(ended.claimCheck).toEqual({ matches: false, measured: 'like the reference, O(n)', why: 'your claim O(1) does not match the measurement: it grows like the reference, O(n)' });
    expect(ended.notes.asked.length).toBeGreaterThan(0);
  }, 200_000);

  it('a drawn round stays inside --pattern, hides its kata, and gives up with a debrief (exit 1)', async () => {
    const started = json<Started>(await kata(ws, 'interview', '--pattern', 'stack', '--seed', '7', '--minutes', '20', '--approach', 'a stack', '--claim', '3', '--json'));
    expect(started).toMatchObject({ action: 'started', round: 2, seed: 7, claim: 'O(n)' });
    expect(JSON.stringify(started)).not.toMatch(/stack\//);
    const gaveUp = await kata(ws, 'interview', '--give-up', '--json');
    expect(gaveUp.code).toBe(1);
    const ended = json<Ended>(gaveUp);
    expect(ended).toMatchObject({ action: 'ended', round: 2, pattern: 'stack', outcome: 'gave-up', correct: false, claimCheck: { matches: null } });
  }, 60_000);

  it('in a terminal: asks approach and claim, times the round, re-runs on save, and ends on the pass with the debrief', async () => {
    const command = `cd ${ws} && NO_COLOR=1 ${process.execPath} --import tsx harness/cli/entry.ts interview --kata two-sum --minutes 30; echo "kata exited $?"; sleep 120`;
    tmux('new-session', '-d', '-s', session, '-x', '160', '-y', '60', command);
    expect(await waitFor(/Your approach, in one line:/, 60_000)).toContain('Interview round 3: Two Sum');
    tmux('send-keys', '-t', session, 'one pass with a Map, look up the complement first', 'Enter');
    expect(await waitFor(/Your claim \(a number or a label\):/, 10_000)).toMatch(/1 O\(1\)\s+2 O\(log n\)\s+3 O\(n\)\s+4 O\(n log n\)\s+5 O\(n²\)/);
    tmux('send-keys', '-t', session, 'O(n)', 'Enter');
    const running = await waitFor(/Save your solution: every save runs the tests/, 30_000);
    expect(running).toMatch(/kata interview · round 3 · Two Sum · \d\d:\d\d elapsed, \d\d:\d\d left/);
    expect(running).toContain('claim: O(n)');
    expect(running).not.toContain('hashmap');
    copyFileSync(reference, path.join(ws, 'work', '.interview', 'round-3', 'solution.ts'));
    const debrief = await waitFor(/kata exited \d/, 180_000);
    expect(debrief).toContain('Interview round 3: debrief');
    expect(debrief).toContain('Two Sum (hashmap/two-sum) · pattern hashmap · easy · target O(n)');
    expect(debrief).toMatch(/result: +✓ passed: correct \(\d+ passed, 0 failed\)/);
    expect(debrief).toContain('✓ your claim O(n) matches the measurement: it grows like the reference, O(n)');
    expect(debrief).toContain('What interviewers ask');
    expect(debrief).toContain('kata exited 0');
  }, 300_000);

  it('keeps every round in the state, and kata report shows them per pattern', async () => {
    const state = JSON.parse(readFileSync(path.join(ws, '.kata', 'state.json'), 'utf8')) as { interviews: { round: number; id: string; end: { outcome: string; claim: { matches: boolean | null } } }[] };
    expect(state.interviews.map((r) => [r.round, r.id.split('/')[0], r.end.outcome, r.end.claim.matches])).toEqual([[1, 'hashmap', 'passed', false], [2, 'stack', 'gave-up', null], [3, 'hashmap', 'passed', true]]);
    const out = path.join(ws, 'kata-report');
    expect((await kata(ws, 'report', '--out', out)).code).toBe(0);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    const section = html.split('<h2>Interview rounds</h2>')[1]!.split('<h2>')[0]!;
    expect(section).toMatch(/<tr><td>hashmap<\/td><td>2<\/td><td>2<\/td><td>1 held, 1 missed<\/td><\/tr><tr><td>stack<\/td><td>1<\/td><td>0<\/td>/);
    expect(section).toContain('<td>hashmap/two-sum</td><td>passed</td>');
    expect(section).toContain('O(1) ✗');
    expect(existsSync(path.join(ws, 'work', 'hashmap', 'two-sum', 'two-sum.ts')), 'the learner’s own file was never made').toBe(false);
  }, 60_000);
});
