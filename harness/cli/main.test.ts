/** The CLI's parsing and exit codes, called as a function: no process is spawned. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './main.ts';

let stderr = '';
let stdout = '';
beforeEach(() => {
  stderr = '';
  stdout = '';
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { stderr += String(chunk); return true; });
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { stdout += String(chunk); return true; });
});
afterEach(() => vi.restoreAllMocks());

describe('kata CLI exit codes and messages', () => {
  it('exits 2 with a suggestion for an unknown kata', async () => {
    expect(await main(['check', 'two-sun'])).toBe(2);
    expect(stderr).toContain('Did you mean `two-sum`?');
  });
  it('exits 2 for an unknown command, suggesting the nearest', async () => {
    expect(await main(['chek', 'two-sum'])).toBe(2);
    expect(stderr).toContain('Did you mean `kata check`?');
  });
  it('exits 2 for an unknown option, listing the ones the command takes', async () => {
    expect(await main(['check', 'two-sum', '--fast'])).toBe(2);
    expect(stderr).toMatch(/Unknown option `--fast` for `kata check`\. It takes: .*--impl/);
  });
  it('exits 2 for a kata name that tries to leave the workspace', async () => {
    expect(await main(['check', '../../etc/passwd'])).toBe(2);
    expect(stderr).toContain('is not a kata name');
  });
  it('exits 2 for a missing --impl directory, naming it', async () => {
    expect(await main(['check', 'two-sum', '--impl', '/no/such/dir'])).toBe(2);
    expect(stderr).toContain('--impl `/no/such/dir`');
  });
  it('exits 2 for a seed that is not an integer', async () => {
    expect(await main(['check', 'two-sum', '--seed', 'abc'])).toBe(2);
    expect(stderr).toContain('Expected `--seed` to be an integer');
  });
  it('exits 2 for a bad --shard, giving the expected form', async () => {
    expect(await main(['ci', '--shard', '3/2'])).toBe(2);
    expect(stderr).toContain('Expected `--shard` as i/N');
  });
  it('exits 2 when `kata merge` is given a damaged results file, naming it', async () => {
    expect(await main(['merge', '/no/such/results.json'])).toBe(2);
    expect(stderr).toContain('/no/such/results.json: not a readable JSON results file');
  });
  it('prints help and exits 0 for --help, at the top and on a command', async () => {
    expect(await main(['--help'])).toBe(0);
    expect(stdout).toContain('Commands:');
    expect(await main(['check', '--help'])).toBe(0);
    expect(stdout).toContain('--impl');
  });
  it('exits 2 with the usage when no command is given', async () => {
    expect(await main([])).toBe(2);
    expect(stderr).toContain('Usage: kata <command>');
  });
});
