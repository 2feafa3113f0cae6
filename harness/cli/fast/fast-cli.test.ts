/**
 * The compiled CLI (bin/kata.mjs → harness/cli/fast/cache.mjs) against the tsx path, in a
 * throwaway copy of the workspace: the same bytes on stdout and stderr and the same exit code for
 * every fast command; a kata that arrives after the caches were filled is listed at once; damaged
 * cache files are rebuilt, and a cache that cannot be written falls back to tsx, not to an error.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../base/paths.ts';
import { copyWorkspace } from '../../author/workspace-copy.ts';
import { metaCacheFile } from '../../catalogue/meta-cache.ts';

let workspace = '';
let cacheDir = '';

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

const COMPILED = 'kata: compiled CLI\n';

/** The test's environment without what would change the CLI's output or path (colour, KATA_* switches). */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['NO_COLOR', 'FORCE_COLOR', 'KATA_NO_FAST', 'KATA_DEBUG_FAST']) delete env[name];
  return env;
}

/** `kata …` through bin/kata.mjs in the copy, from a fresh learner state (no .kata/, no work/). */
function kata(args: readonly string[], { fast, env = {}, keepState = false }: { fast: boolean; env?: Record<string, string>; keepState?: boolean }): Run {
  if (!keepState) {
    rmSync(path.join(workspace, '.kata'), { recursive: true, force: true });
    rmSync(path.join(workspace, 'work'), { recursive: true, force: true });
  }
  const run = spawnSync(process.execPath, [path.join(workspace, 'bin', 'kata.mjs'), ...args], {
    cwd: workspace,
    encoding: 'utf8',
    env: { ...baseEnv(), ...env, ...(fast ? { KATA_DEBUG_FAST: '1' } : { KATA_NO_FAST: '1' }) },
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The compiled CLI's run, checked to have been the compiled CLI, without the line saying so. */
function compiled(args: readonly string[], options: { env?: Record<string, string>; keepState?: boolean } = {}): Run {
  const run = kata(args, { fast: true, ...options });
  expect(run.stderr.startsWith(COMPILED), `not the compiled CLI:\n${run.stderr}`).toBe(true);
  return { ...run, stderr: run.stderr.slice(COMPILED.length) };
}

function buildDir(): string {
  const record = JSON.parse(readFileSync(path.join(cacheDir, 'cli.json'), 'utf8')) as { dir: string };
  return path.join(cacheDir, record.dir);
}

beforeAll(() => {
  workspace = copyWorkspace(ROOT);
  cpSync(path.join(ROOT, 'bin'), path.join(workspace, 'bin'), { recursive: true });
  cacheDir = path.dirname(metaCacheFile(workspace));
  // Fills both caches: every later compiled run is a cache hit unless a test changes something.
  compiled(['list']);
}, 120_000);

afterAll(() => {
  if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

describe('the compiled CLI answers exactly as the tsx path does', () => {
  const cases: { args: string[]; env?: Record<string, string> }[] = [
    { args: ['--version'] },
    { args: ['-v'] },
    { args: ['--help'] },
    { args: ['help'] },
    { args: [] },
    { args: ['list'] },
    { args: ['list', '--json'] },
    { args: ['list', 'hashmap'] },
    { args: ['list', '--pattern', 'stack', '--json'] },
    { args: ['list', 'hashmapp'] },
    { args: ['list', '--bogus'] },
    { args: ['list', '--help'] },
    { args: ['hint', 'two-sum'] },
    { args: ['hint', 'no-such-kata'] },
    { args: ['hint'] },
    { args: ['path', 'two-sum'] },
    { args: ['path', 'hashmap/group-anagrams'] },
    { args: ['list'], env: { FORCE_COLOR: '1' } },
    { args: ['--help'], env: { FORCE_COLOR: '1' } },
  ];
  for (const { args, env } of cases) {
    it(`kata ${args.join(' ')}${env ? ` (${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')})` : ''}`, () => {
      const viaTsx = kata(args, { fast: false, env });
      const viaCompiled = compiled(args, { env });
      expect(viaCompiled).toEqual(viaTsx);
      expect(viaTsx.stdout + viaTsx.stderr).not.toBe('');
    }, 60_000);
  }

  it('every other command keeps the tsx path', () => {
    for (const args of [['dev', '--help'], ['solution', 'two-sum']]) {
      const run = kata(args, { fast: true });
      expect(run.stderr.startsWith('kata: tsx\n'), `${args.join(' ')}:\n${run.stderr}`).toBe(true);
    }
  }, 60_000);

  it('kata --version prints the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(path.join(workspace, 'package.json'), 'utf8')) as { version: string };
    expect(compiled(['--version'])).toEqual({ status: 0, stdout: `kata ${version}\n`, stderr: '' });
  });

  it('hint counts on from the state the tsx path left, and path creates the same file', () => {
    kata(['hint', 'two-sum'], { fast: false });
    const second = compiled(['hint', 'two-sum'], { keepState: true });
    expect(second.stdout).toContain('Hint 2/');
    const file = compiled(['path', 'two-sum']).stdout.trim();
    expect(existsSync(path.resolve(workspace, file)), file).toBe(true);
  }, 60_000);
});

describe('katas that arrive or change after the caches were filled', () => {
  it('are listed at once, with what their meta.ts says now', () => {
    const curriculumFile = path.join(workspace, 'katas', 'curriculum.json');
    const curriculum = JSON.parse(readFileSync(curriculumFile, 'utf8')) as { patterns: { pattern: string; katas: string[] }[] };
    curriculum.patterns.find((p) => p.pattern === 'hashmap')!.katas.push('late-arrival');
    writeFileSync(curriculumFile, `${JSON.stringify(curriculum, null, 2)}\n`);
    const twoSum = path.join(workspace, 'katas', 'hashmap', 'two-sum');
    const late = path.join(workspace, 'katas', 'hashmap', 'late-arrival');
    mkdirSync(late);
    writeFileSync(path.join(late, 'meta.ts'), readFileSync(path.join(twoSum, 'meta.ts'), 'utf8').replace("title: 'Two Sum'", "title: 'Late Arrival'"));
    // An edit that keeps the size: only the content tells.
    const twoSumMeta = path.join(twoSum, 'meta.ts');
    writeFileSync(twoSumMeta, readFileSync(twoSumMeta, 'utf8').replace("title: 'Two Sum'", "title: 'Two Sun'"));

    const rows = (run: Run) => (JSON.parse(run.stdout) as { katas: { id: string; title: string | null }[] }).katas;
    const first = compiled(['list', '--json']);
    expect(first.status).toBe(0);
    expect(rows(first).find((k) => k.id === 'hashmap/late-arrival')?.title).toBe('Late Arrival');
    expect(rows(first).find((k) => k.id === 'hashmap/two-sum')?.title).toBe('Two Sun');
    // Remembered: the next run reads the cache and says the same.
    const cache = readFileSync(metaCacheFile(workspace), 'utf8');
    expect(cache).toContain('Late Arrival');
    expect(compiled(['list', '--json'])).toEqual(first);
    expect(kata(['list', '--json'], { fast: false })).toEqual(first);
  }, 120_000);
});

describe('the compiled CLI follows its sources', () => {
  it('an edit to a harness file it is built from is compiled in before the next answer, even one that keeps size and mtime', () => {
    const main = path.join(workspace, 'harness', 'cli', 'main.ts');
    const original = readFileSync(main, 'utf8');
    const mtime = new Date('2026-01-01T00:00:00Z'); // whole seconds: put back exactly below
    utimesSync(main, mtime, mtime);
    // Signatures are kept only for files last changed over a second ago: let main.ts's settle, so
    // that the edit below is judged by signature first, as it would be in a workspace at rest.
    const age = Date.now() - statSync(main).ctimeMs;
    if (age < 1100) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1100 - age);
    compiled(['--help']);
    const record = JSON.parse(readFileSync(path.join(cacheDir, 'cli.json'), 'utf8')) as { inputs: Record<string, { sig: string | null }> };
    expect(record.inputs['harness/cli/main.ts']?.sig).toEqual(expect.any(String));
    try {
      // Same length, and the old mtime put back: only ctime and the content tell.
      writeFileSync(main, original.replace("for the version.`;", "for the VERSION.`;"));
      utimesSync(main, mtime, mtime);
      const run = compiled(['--help']);
      expect(run.stdout).toContain('for the VERSION.');
      expect(run).toEqual(kata(['--help'], { fast: false }));
    } finally {
      writeFileSync(main, original);
    }
    expect(compiled(['--help']).stdout).toContain('for the version.');
  }, 120_000);
});

describe('a damaged or unusable cache', () => {
  it('a truncated compiled CLI is rebuilt, and the answer is the same', () => {
    const expected = kata(['list'], { fast: false });
    const entry = path.join(buildDir(), 'entry.cjs');
    const whole = readFileSync(entry);
    truncateSync(entry, Math.floor(whole.length / 2));
    expect(compiled(['list'])).toEqual(expected);
    expect(readFileSync(path.join(buildDir(), 'entry.cjs')).equals(whole)).toBe(true);
  }, 120_000);

  it('a truncated record, code cache or metadata cache is not fatal', () => {
    const expected = kata(['list'], { fast: false });
    for (const file of [path.join(cacheDir, 'cli.json'), path.join(buildDir(), 'entry.cjs.list.v8-cache'), metaCacheFile(workspace)]) {
      expect(existsSync(file), file).toBe(true);
      truncateSync(file, Math.floor(readFileSync(file).length / 2));
      expect(compiled(['list']), file).toEqual(expected);
      expect(compiled(['list']), `${file}, once rewritten`).toEqual(expected);
    }
  }, 120_000);

  it('a cache that cannot be written falls back to tsx, with the same answer', () => {
    const expected = kata(['list'], { fast: false });
    rmSync(cacheDir, { recursive: true, force: true });
    writeFileSync(cacheDir, 'not a folder');
    try {
      const run = kata(['list'], { fast: true });
      expect(run.stderr).toContain('kata: tsx\n');
      const quiet = spawnSync(process.execPath, [path.join(workspace, 'bin', 'kata.mjs'), 'list'], { cwd: workspace, encoding: 'utf8', env: baseEnv() });
      expect({ status: quiet.status, stdout: quiet.stdout, stderr: quiet.stderr }).toEqual(expected);
    } finally {
      rmSync(cacheDir, { force: true });
    }
    expect(readdirSync(path.dirname(cacheDir))).not.toContain(path.basename(cacheDir));
  }, 120_000);
});
