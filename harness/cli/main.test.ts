/** The CLI's parsing, exit codes and help, called as a function: one test spawns it, to see colour on a real pipe. */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ArgsDef } from 'citty';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { kataArgv } from '../author/workspace-copy.ts';
import { ROOT } from '../base/paths.ts';
import { cleanEnv } from '../testing/kata-cli.ts';
import { captureOutput, type Captured } from '../testing/output.ts';
import { main } from './main.ts';
import { AUDIENCES, REGISTRY, commandPath, type CommandEntry } from './registry.ts';

let out: Captured;
beforeEach(() => {
  out = captureOutput();
});
afterEach(() => vi.restoreAllMocks());

describe('kata CLI exit codes and messages', () => {
  it('exits 2 with a suggestion for an unknown kata', async () => {
    expect(await main(['check', 'two-sun'])).toBe(2);
    expect(out.stderr).toContain('Did you mean `two-sum`?');
  });
  it('exits 2 for an unknown command, suggesting the nearest', async () => {
    expect(await main(['chek', 'two-sum'])).toBe(2);
    expect(out.stderr).toContain('Did you mean `kata check`?');
  });
  it('exits 2 for an unknown option, listing the ones the command takes', async () => {
    expect(await main(['check', 'two-sum', '--fast'])).toBe(2);
    expect(out.stderr).toMatch(/Unknown option `--fast` for `kata check`\. It takes: .*--impl/);
  });
  it('exits 2 for a kata name that tries to leave the workspace', async () => {
    expect(await main(['check', '../../etc/passwd'])).toBe(2);
    expect(out.stderr).toContain('is not a kata name');
  });
  it('exits 2 for a missing --impl directory, naming it', async () => {
    expect(await main(['check', 'two-sum', '--impl', '/no/such/dir'])).toBe(2);
    expect(out.stderr).toContain('--impl `/no/such/dir`');
  });
  it('exits 2 for a seed that is not an integer', async () => {
    expect(await main(['check', 'two-sum', '--seed', 'abc'])).toBe(2);
    expect(out.stderr).toContain('Expected `--seed` to be an integer');
  });
  it('exits 2 for a bad --shard, giving the expected form', async () => {
    expect(await main(['ci', '--shard', '3/2'])).toBe(2);
    expect(out.stderr).toContain('Expected `--shard` as i/N');
  });
  it('exits 2 when `kata merge` is given a damaged results file, naming it', async () => {
    expect(await main(['merge', '/no/such/results.json'])).toBe(2);
    expect(out.stderr).toContain('/no/such/results.json: not a readable JSON results file');
  });
  it('prints help and exits 0 for --help, at the top and on a command', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(out.stdout).toContain('Practise:');
    expect(await main(['check', '--help'])).toBe(0);
    expect(out.stdout).toContain('--impl');
  });
  it('prints the workspace version for --version, -v and version', async () => {
    const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v', 'version']) {
      out.stdout = '';
      expect(await main([flag]), flag).toBe(0);
      expect(out.stdout.trim()).toBe(`kata ${version}`);
    }
  });
  it('exits 2 with the usage when no command is given', async () => {
    expect(await main([])).toBe(2);
    expect(out.stderr).toContain('Usage: kata <command>');
  });
});

/** The `name synopsis` and summary columns of a help page's command rows. */
function rows(help: string): string[][] {
  return help.split('\n').filter((line) => /^  \S/.test(line)).map((line) => line.trim().split(/ {2,}/));
}
const row = (name: string, entry: CommandEntry) => [entry.synopsis ? `${name} ${entry.synopsis}` : name, entry.summary];
const authorTools = REGISTRY.filter((entry) => entry.audience === 'author');

describe('the command registry and the help made from it', () => {
  it('the root help lists every registry command exactly once, with its summary, learner then league then `kata dev`', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(rows(out.stdout)).toEqual(REGISTRY.map((entry) => row(commandPath(entry), entry)));
    const titles = (['learner', 'league', 'author'] as const).map((audience) => out.stdout.indexOf(AUDIENCES[audience].title));
    expect(titles.every((at, i) => at > (titles[i - 1] ?? 0))).toBe(true);
    for (const entry of REGISTRY) {
      const at = out.stdout.indexOf(`\n  ${commandPath(entry)}`);
      expect(at, entry.name).toBeGreaterThan(titles[['learner', 'league', 'author'].indexOf(entry.audience)]!);
    }
    expect(out.stdout.split('\n').slice(0, 3)).toEqual(['kata: practise the algorithm patterns backend interviews test.', '', 'Usage: kata <command> [options]     (npx kata … from the workspace)']);
  });
  it('every file in commands/ is in the registry under its own name, and its summary lives only there', async () => {
    const files = readdirSync(path.join(import.meta.dirname, 'commands')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));
    expect(REGISTRY.map((entry) => entry.name).sort()).toEqual(files.sort());
    for (const entry of REGISTRY) {
      const command = (await entry.load()).default;
      const meta = await command.meta;
      expect(meta, entry.name).toEqual({ name: entry.name });
      const positionals = Object.values(((await command.args) ?? {}) as ArgsDef).filter((arg) => arg.type === 'positional');
      expect(entry.synopsis === '', `${entry.name}: synopsis \`${entry.synopsis}\``).toBe(positionals.length === 0);
      if (positionals.length > 0) expect(entry.synopsis[0], entry.name).toBe(positionals[0]!.required === false ? '[' : '<');
    }
  }, 60_000);
  it('`kata dev` alone and `kata dev --help` list the author tools, and nothing else', async () => {
    expect(await main(['dev'])).toBe(2);
    expect(rows(out.stderr)).toEqual(authorTools.map((entry) => row(entry.name, entry)));
    expect(out.stderr).toContain('Usage: kata dev <tool>');
    expect(await main(['dev', '--help'])).toBe(0);
    expect(out.stdout).toBe(out.stderr);
  });
  it('`kata dev lint` runs lint; the old `kata lint` runs it too and says, on one out.stderr line, that it moved', async () => {
    expect(await main(['dev', 'lint', 'hashmap/two-sum'])).toBe(0);
    expect(out.stdout).toContain('1 katas, no problems.');
    expect(out.stderr).toBe('');
    const viaDev = out.stdout;
    out.stdout = '';
    expect(await main(['lint', 'hashmap/two-sum'])).toBe(0);
    expect(out.stdout).toBe(viaDev);
    expect(out.stderr).toBe('`kata lint` is now `kata dev lint`; the old name goes in the next release.\n');
  }, 60_000);
  it('an unknown `kata dev` tool gets a did-you-mean, and so does an old name mistyped at the top', async () => {
    expect(await main(['dev', 'lnt'])).toBe(2);
    expect(out.stderr).toContain('Unknown command `dev lnt`. Did you mean `kata dev lint`? Run `kata dev --help`');
    out.stderr = '';
    expect(await main(['selfchek'])).toBe(2);
    expect(out.stderr).toContain('Did you mean `kata dev selfcheck`?');
    out.stderr = '';
    expect(await main(['dev', 'chek'])).toBe(2);
    expect(out.stderr).toContain('Did you mean `kata check`?');
  });
  it('a command\'s --help names it as typed and opens with the registry summary', async () => {
    expect(await main(['check', '--help'])).toBe(0);
    expect(out.stdout).toContain('USAGE kata check [OPTIONS] <KATA>');
    expect(out.stdout).toContain(`${REGISTRY.find((e) => e.name === 'check')!.summary} (kata check)`);
    out.stdout = '';
    expect(await main(['dev', 'lint', '--help'])).toBe(0);
    expect(out.stdout).toContain('USAGE kata dev lint [OPTIONS] [KATA]');
  });
  it('`kata check --help` piped, or with NO_COLOR, prints no escape codes; FORCE_COLOR keeps them', async () => {
    const env = cleanEnv(['CI', 'NO_COLOR']);
    const help = (extra: Record<string, string>) => promisify(execFile)(process.execPath, kataArgv(ROOT, 'check', '--help'), { cwd: ROOT, env: { ...env, TERM: 'xterm', ...extra } });
    const [piped, noColor, forced] = await Promise.all([help({}), help({ FORCE_COLOR: '1', NO_COLOR: 'yes' }), help({ FORCE_COLOR: '1' })]);
    for (const { stdout: text } of [piped, noColor]) {
      expect(text).not.toMatch(/\x1b\[/);
      expect(text).toContain('USAGE kata check [OPTIONS] <KATA>');
    }
    expect(forced.stdout).toMatch(/\x1b\[/);
  }, 60_000);
});

describe('a kata file that does not parse', () => {
  it('is reported with its place in the file, and no escape codes in text or --json even when colour is forced', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-unparsed-'));
    try {
      mkdirSync(path.join(dir, 'hashmap', 'two-sum'), { recursive: true });
      writeFileSync(path.join(dir, 'hashmap', 'two-sum', 'two-sum.ts'), 'export function twoSum(nums: number[], target: number): [number, number] {\n  const x = ;\n  return [0, 1];\n}\n');
      const env = cleanEnv(['CI', 'NO_COLOR']);
      const check = (...extra: string[]) => promisify(execFile)(process.execPath, kataArgv(ROOT, 'check', 'hashmap/two-sum', '--impl', dir, '--no-complexity', '--seed', '1', ...extra), { cwd: ROOT, env: { ...env, TERM: 'xterm', FORCE_COLOR: '1', NO_COLOR: '1' } })
        .then(() => { throw new Error('kata check passed a file that does not parse'); }, (failed: { code: number; stdout: string; stderr: string }) => failed);
      const [text, json] = await Promise.all([check(), check('--json')]);
      expect(text.code).toBe(1);
      expect(text.stdout + text.stderr).not.toMatch(/\x1b\[/);
      expect(text.stdout).toContain('hashmap/two-sum: failing (no test ran)');
      expect(text.stdout).toMatch(/your file does not parse: .*two-sum\.ts:2:13: Unexpected ";"\n +const x = ;\n +\^/);
      expect(json.code).toBe(1);
      expect(json.stdout).not.toMatch(/\x1b\[|\\u001b/);
      const result = JSON.parse(json.stdout) as { loadErrors: string[]; status: string };
      expect(result.status).toBe('failing');
      expect(result.loadErrors).toHaveLength(1);
      expect(result.loadErrors[0]).toMatch(/^your file does not parse: .*two-sum\.ts:2:13: Unexpected ";"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('a kata file that does not type-check', () => {
  it('fails its tests with the TypeScript message at the place in the file, in text and --json', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-untyped-'));
    try {
      mkdirSync(path.join(dir, 'hashmap', 'two-sum'), { recursive: true });
      // Runs, but wrong: the index is stored as a string, so `j + 0` concatenates.
      writeFileSync(path.join(dir, 'hashmap', 'two-sum', 'two-sum.ts'), [
        'export function twoSum(nums: readonly number[], target: number): [number, number] | null {',
        '  const seen = new Map<number, number>();',
        '  for (let i = 0; i < nums.length; i++) {',
        '    const j = seen.get(target - nums[i]!);',
        '    if (j !== undefined) return [j + 0, i];',
        '    seen.set(nums[i]!, String(i));',
        '  }',
        '  return null;',
        '}',
        '',
      ].join('\n'));
      const env = cleanEnv(['CI', 'NO_COLOR']);
      const check = (...extra: string[]) => promisify(execFile)(process.execPath, kataArgv(ROOT, 'check', 'hashmap/two-sum', '--impl', dir, '--no-complexity', '--seed', '1', ...extra), { cwd: ROOT, env: { ...env, NO_COLOR: '1' } })
        .then(() => { throw new Error('kata check passed a two-sum that returns strings'); }, (failed: { code: number; stdout: string; stderr: string }) => failed);
      const [text, json] = await Promise.all([check(), check('--json')]);
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/your file does not type-check: .*two-sum\.ts:6:24: TS2345: Argument of type 'string' is not assignable to parameter of type 'number'/);
      const result = JSON.parse(json.stdout) as { typeErrors?: string[]; status: string };
      expect(result.status).toBe('failing');
      expect(result.typeErrors).toEqual([expect.stringMatching(/^your file does not type-check: .*two-sum\.ts:6:24: TS2345:/)]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
