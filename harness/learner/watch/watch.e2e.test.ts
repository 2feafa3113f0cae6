/**
 * Watch mode through a real terminal: tmux runs `kata watch` in a copy of the workspace, the test
 * saves a correct solution, and reads the screen with capture-pane until the kata passes and
 * watch mode moves on. Keys are typed with send-keys. A third session, started with the others,
 * practises one pattern (`--pattern stack`, on its last kata) in a 30-row terminal: n wraps around
 * inside it, p picks by number.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { solutionFiles } from '../../base/paths.ts';
import { copyWorkspace } from '../../author/workspace-copy.ts';

const session = `kata-watch-${process.pid}`;
const manualSession = `kata-watch-manual-${process.pid}`;
const pickSession = `kata-watch-pick-${process.pid}`;
let workspace: string;
let manualWorkspace: string;
let pickWorkspace: string;

const tmux = (...args: string[]) => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (name = session) => tmux('capture-pane', '-p', '-t', name, '-S', '-60');
/** Only what is on screen now, without the scrollback that earlier frames were pushed into. */
const visible = (name: string) => tmux('capture-pane', '-p', '-t', name);

async function waitFor(pattern: RegExp, timeoutMs: number, name = session, read: (name: string) => string = screen): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    last = read(name);
    if (pattern.test(last)) return last;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The screen never showed ${pattern} within ${timeoutMs / 1000} s. Last screen:\n${last}`);
}

const watchCommand = (dir: string, ...args: string[]) => `cd ${dir} && NO_COLOR=1 ${process.execPath} --import tsx harness/cli/entry.ts watch ${args.join(' ')}`;

beforeAll(() => {
  workspace = copyWorkspace();
  tmux('new-session', '-d', '-s', session, '-x', '150', '-y', '50', watchCommand(workspace, 'two-sum'));
  manualWorkspace = copyWorkspace();
  tmux('new-session', '-d', '-s', manualSession, '-x', '150', '-y', '50', watchCommand(manualWorkspace, 'two-sum', '--manual'));
  pickWorkspace = copyWorkspace();
  tmux('new-session', '-d', '-s', pickSession, '-x', '100', '-y', '30', watchCommand(pickWorkspace, 'stack/largest-rectangle', '--pattern', 'stack'));
});

afterAll(() => {
  for (const name of [session, manualSession, pickSession]) {
    try { tmux('kill-session', '-t', name); } catch { /* already gone */ }
  }
});

describe('kata watch in a terminal', () => {
  it('shows the untouched kata as not started, with the keys', async () => {
    const shown = await waitFor(/not started/, 120_000);
    expect(shown).toContain('kata watch · hashmap/two-sum');
    expect(shown, 'watch mode says a save re-runs, not to run kata check').toContain('the tests run again on every save');
    expect(shown).toMatch(/enter re-run\s+n next\s+h hint\s+s solution\s+p pick\s+f focus\s+r reset\s+a check all\s+q quit/);
  }, 130_000);
  it('reports the pass when a correct solution is saved, stays there, shows the solution on s, and moves on on n', async () => {
    copyFileSync(solutionFiles('hashmap/two-sum').reference, path.join(workspace, 'work/hashmap/two-sum/two-sum.ts'));
    const passed = await waitFor(/hashmap\/two-sum passes/, 180_000);
    expect(passed).toMatch(/✓ hashmap\/two-sum: passing \(\d+ passed, 0 failed\)/);
    expect(passed).toContain('Next up: hashmap/pair-sums.');
    expect(passed).toContain('Press n for the next kata, s for the reference solution');
    await new Promise((r) => setTimeout(r, 2_500));
    expect(visible(session), 'the pass stays on screen until a key').toContain('kata watch · hashmap/two-sum');
    tmux('send-keys', '-t', session, 's');
    expect(await waitFor(/What interviewers ask/, 30_000)).toContain('reference solution');
    tmux('send-keys', '-t', session, 'n');
    const moved = await waitFor(/kata watch · hashmap\/pair-sums/, 60_000);
    expect(moved).toContain('1/');
  }, 250_000);
  it('switches to a kata whose file is saved', async () => {
    await new Promise((r) => setTimeout(r, 1_000)); // a learner saves a while after the screen changed
    const other = path.join(workspace, 'work/hashmap/top-k-frequent/top-k-frequent.ts');
    mkdirSync(path.dirname(other), { recursive: true });
    writeFileSync(other, readFileSync(path.join(workspace, 'katas/hashmap/top-k-frequent/top-k-frequent.ts'), 'utf8'));
    expect(await waitFor(/kata watch · hashmap\/top-k-frequent/, 60_000)).toContain('top-k-frequent');
  }, 70_000);
  it('reveals a hint on h and quits on q', async () => {
    tmux('send-keys', '-t', session, 'h');
    expect(await waitFor(/Hint 1\/\d+:/, 30_000)).toMatch(/Hint 1\/\d+: .+/);
    tmux('send-keys', '-t', session, 'q');
    const deadline = Date.now() + 30_000;
    let alive = true;
    while (alive && Date.now() < deadline) {
      try { tmux('has-session', '-t', session); await new Promise((r) => setTimeout(r, 250)); } catch { alive = false; }
    }
    expect(alive, 'kata watch ended and closed its terminal').toBe(false);
  }, 40_000);
});

describe('kata watch --manual in a terminal', () => {
  it('does not react to a save, and re-runs when Enter is pressed', async () => {
    expect(await waitFor(/not started/, 120_000, manualSession)).toContain('manual mode: press Enter to re-run');
    copyFileSync(solutionFiles('hashmap/two-sum').reference, path.join(manualWorkspace, 'work/hashmap/two-sum/two-sum.ts'));
    // No watcher: give a file event time to arrive if there were one, and check nothing ran.
    await new Promise((r) => setTimeout(r, 2_000));
    const now = visible(manualSession);
    expect(now).toContain('not started');
    expect(now).not.toMatch(/running the tests|passing/);
    tmux('send-keys', '-t', manualSession, 'Enter');
    expect(await waitFor(/hashmap\/two-sum passes/, 180_000, manualSession)).toContain('Next up: hashmap/pair-sums.');
  }, 320_000);
});

describe('kata watch --pattern, and p, in a 30-row terminal', () => {
  const keys = (...typed: string[]) => tmux('send-keys', '-t', pickSession, ...typed);
  const shows = (pattern: RegExp, timeoutMs = 15_000) => waitFor(pattern, timeoutMs, pickSession, visible);
  it('stays inside stack on n, picks a kata by number from a list that fits the terminal, and lets go of the pattern on f', async () => {
    expect(await shows(/kata watch · stack\/largest-rectangle/, 120_000)).toMatch(/stack\s+only:\s+\d\/5\s+solved/);
    keys('n');
    expect(await shows(/kata watch · stack\/valid-brackets/), 'n after the last stack kata wraps around to the first').toMatch(/stack\s+only:\s+\d\/5\s+solved/);
    keys('p');
    await shows(/Pick a kata: type its number, then Enter\. \(stack: 5 katas, page 1\/1\)/);
    keys('4', 'Enter');
    await shows(/kata watch · stack\/min-stack/);
    keys('f');
    await shows(/Every pattern again \(\d+ katas\)/);
    keys('p');
    const list = await shows(/\(\d+ katas, page \d+\/\d+\)/);
    const lines = list.trimEnd().split('\n');
    expect(lines[0], 'the list fits: the header is still on the first row').toMatch(/^kata watch · stack\/min-stack/);
    expect(lines.at(-1)).toMatch(/^> _ +number, enter open it/);
    expect(list).toMatch(/^› +\d+ [·✗✓] min-stack /m);
    keys('1', 'Enter');
    const picked = await shows(/kata watch · hashmap\/two-sum/);
    expect(picked).not.toContain('only:');
    keys('q');
  }, 150_000);
});
