/**
 * `kata update` end to end, with real git: an upstream workspace, a learner's clone that solves
 * two-sum and takes a hint, then upstream changes two-sum's README and stub and adds a kata. The
 * learner's update must not conflict, keep their file byte for byte (still passing), keep their
 * hints and history, list the new kata as not started and report two-sum as changed upstream.
 * The second case is a learner of the previous release, who wrote the solution into katas/ itself
 * and has a state file as the first release wrote it.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, solutionFiles, workspacePaths } from '../base/paths.ts';
import { scaffoldKata } from '../author/scaffold.ts';
import { copyWorkspace } from '../author/workspace-copy.ts';
import { runKata, type KataRun } from '../testing/kata-cli.ts';

const GIT_ENV = { GIT_AUTHOR_NAME: 'Upstream', GIT_AUTHOR_EMAIL: 'u@example.com', GIT_COMMITTER_NAME: 'Upstream', GIT_COMMITTER_EMAIL: 'u@example.com' };
const git = (dir: string, ...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...GIT_ENV } });

const kata = (workspace: string, ...args: string[]): Promise<KataRun> => runKata(workspace, args, { env: GIT_ENV });

const TWO_SUM_README = 'katas/hashmap/two-sum/README.md';
const TWO_SUM_STUB = 'katas/hashmap/two-sum/two-sum.ts';
const MINE = 'work/hashmap/two-sum/two-sum.ts';
const cleanups: string[] = [];
afterAll(() => { for (const dir of cleanups) rmSync(dir, { recursive: true, force: true }); });

/** An upstream repository of this workspace, and a learner's clone of it with node_modules linked. */
function upstreamAndClone(): { upstream: string; learner: string } {
  const upstream = copyWorkspace();
  git(upstream, 'init', '-q', '-b', 'main');
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-qm', 'release 1');
  const learner = path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-learner-')), 'workspace');
  git(path.dirname(learner), 'clone', '-q', upstream, learner);
  symlinkSync(workspacePaths(ROOT).nodeModules, workspacePaths(learner).nodeModules, 'dir');
  cleanups.push(upstream, path.dirname(learner));
  return { upstream, learner };
}

/** Upstream's next release: two-sum's README and stub change, and a kata is added. */
function nextRelease(upstream: string): void {
  appendFileSync(path.join(upstream, TWO_SUM_README), '\nA new worked example arrives in release 2.\n');
  const stub = readFileSync(path.join(upstream, TWO_SUM_STUB), 'utf8');
  writeFileSync(path.join(upstream, TWO_SUM_STUB), stub.replace(' * Two Sum: find two positions', ' * Two Sum (release 2): find two positions'));
  scaffoldKata('hashmap/count-things', upstream);
  git(upstream, 'add', '-A');
  git(upstream, 'commit', '-qm', 'release 2');
}

function stateOf(learner: string): { katas: Record<string, { status: string; hintsShown: number; history: unknown[] }> } {
  return JSON.parse(readFileSync(path.join(learner, '.kata', 'state.json'), 'utf8'));
}

describe('kata update', () => {
  let upstream: string;
  let learner: string;
  beforeAll(() => ({ upstream, learner } = upstreamAndClone()));

  it('takes a new release without a conflict, leaving the learner’s work, hints and history as they were', async () => {
    const mine = (await kata(learner, 'path', 'two-sum')).stdout.trim();
    expect(mine).toBe(path.join(learner, MINE));
    const solution = readFileSync(solutionFiles('hashmap/two-sum').reference, 'utf8');
    writeFileSync(mine, solution);
    expect((await kata(learner, 'hint', 'two-sum')).code).toBe(0);
    expect((await kata(learner, 'check', 'two-sum', '--no-complexity', '--seed', '1')).code).toBe(0);
    const before = stateOf(learner).katas['hashmap/two-sum']!;
    expect(before).toMatchObject({ status: 'passing', hintsShown: 1 });
    expect(git(learner, 'status', '--porcelain')).toBe('');

    nextRelease(upstream);
    const update = await kata(learner, 'update');
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toContain('new  hashmap/count-things');
    expect(update.stdout).toMatch(/changed upstream {2}hashmap\/two-sum \(README, stub\): your file is untouched/);

    expect(git(learner, 'log', '-1', '--format=%s').trim()).toBe('release 2');
    expect(git(learner, 'status', '--porcelain')).toBe('');
    expect(readFileSync(mine, 'utf8')).toBe(solution);
    expect(readFileSync(path.join(learner, TWO_SUM_README), 'utf8')).toContain('release 2');
    const after = stateOf(learner).katas['hashmap/two-sum']!;
    expect(after).toEqual(before);

    const list = (JSON.parse((await kata(learner, 'list', '--json')).stdout) as { katas: { id: string; status: string }[] }).katas;
    expect(list.find((k) => k.id === 'hashmap/count-things')?.status).toBe('not-started');
    expect(list.find((k) => k.id === 'hashmap/two-sum')?.status).toBe('passing');
    const diff = await kata(learner, 'diff', 'two-sum');
    expect(diff.stdout).toContain('+A new worked example arrives in release 2.');
    expect(diff.stdout).toContain('+ * Two Sum (release 2): find two positions');
    expect((await kata(learner, 'check', 'two-sum', '--no-complexity', '--seed', '2')).code).toBe(0);
    expect(stateOf(learner).katas['hashmap/two-sum']!.history).toHaveLength(before.history.length + 1);
  }, 300_000);

  it('moves a solution written into katas/ by the previous release to work/, then pulls without a conflict', async () => {
    const { upstream: up, learner: old } = upstreamAndClone();
    const solution = readFileSync(solutionFiles('hashmap/two-sum').reference, 'utf8');
    writeFileSync(path.join(old, TWO_SUM_STUB), solution); // the old layout: edit the shipped stub in place
    // …and a state file as the first release wrote it: two-sum passing, 2 hints, 3 checks.
    mkdirSync(path.join(old, '.kata'));
    copyFileSync(path.join(ROOT, 'harness', 'state', 'fixtures', 'state-2026-11-22-3fe2e8f.json'), path.join(old, '.kata', 'state.json'));
    nextRelease(up);
    const update = await kata(old, 'update');
    expect(update.code, update.stderr).toBe(0);
    expect(update.stdout).toContain(`hashmap/two-sum: your solution moved from katas/ to ${MINE}`);
    expect(git(old, 'log', '-1', '--format=%s').trim()).toBe('release 2');
    expect(git(old, 'status', '--porcelain')).toBe('');
    expect(readFileSync(path.join(old, MINE), 'utf8')).toBe(solution);
    expect(readFileSync(path.join(old, TWO_SUM_STUB), 'utf8')).toContain('Two Sum (release 2)');
    const check = await kata(old, 'check', 'two-sum', '--no-complexity', '--seed', '1');
    expect(check.code).toBe(0);
    expect(check.stderr).not.toMatch(/damaged|left out/);
    expect(stateOf(old).katas['hashmap/two-sum']).toMatchObject({ status: 'passing', hintsShown: 2 });
    expect(stateOf(old).katas['hashmap/two-sum']!.history).toHaveLength(4);
  }, 300_000);

  it('stops before pulling when a tracked file has other changes, naming it and leaving everything in place', async () => {
    appendFileSync(path.join(learner, 'package.json'), '\n');
    const update = await kata(learner, 'update');
    expect(update.code).toBe(2);
    expect(update.stderr).toContain('package.json');
    expect(update.stderr).toContain('git stash');
    git(learner, 'checkout', '--', 'package.json');
  }, 120_000);
});
