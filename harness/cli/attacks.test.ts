/**
 * The attack suite: player code that attacks the workspace from inside one kata file, checked with
 * `kata check --impl FILE` in a throwaway copy of the workspace. Each fixture in
 * harness/fixtures/attacks/ names what it tries; here is what must hold instead. The sandbox
 * (harness/process/sandbox.ts) is what stops them, so this suite needs bubblewrap (CI installs it).
 */
import { execFile } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyWorkspace, kataArgv } from '../author/workspace-copy.ts';
import { ROOT } from '../base/paths.ts';
import { sandboxStatus } from '../process/sandbox.ts';
import { goneSoon, processesWithArg } from '../testing/processes.ts';

const CANARY_ENV = `env-canary-${randomUUID()}`;
const CANARY_GIT = `git-canary-${randomUUID()}`;

let workspace: string;
let scratch: string;

/** Every file of the workspace but the linked node_modules, with a hash of its content. */
function snapshot(dir: string, base = dir, into = new Map<string, string>()): Map<string, string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (file === path.join(base, 'node_modules')) continue;
    if (entry.isDirectory()) snapshot(file, base, into);
    else into.set(path.relative(base, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return into;
}

/** The fixture, with the workspace under attack (and any other value) filled in, as a file outside the workspace. */
function armed(name: string, values: Record<string, string> = {}): string {
  let source = readFileSync(path.join(ROOT, 'harness/fixtures/attacks', `${name}.ts`), 'utf8').replaceAll('__WORKSPACE__', workspace);
  for (const [key, value] of Object.entries(values)) source = source.replaceAll(key, value);
  const file = path.join(scratch, name, 'two-sum.ts');
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, source);
  return file;
}

interface Run { code: number; stdout: string; stderr: string }

/** `kata check hashmap/two-sum --impl FILE` in the copy, with a secret in the environment as a learner's shell might hold. */
function check(file: string, ...extra: string[]): Promise<Run> {
  const env = { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST'))), KATA_TOKEN: CANARY_ENV, NO_COLOR: '1' };
  return new Promise((resolve) => {
    execFile(process.execPath, kataArgv(workspace, 'check', 'hashmap/two-sum', '--impl', file, '--seed', '1', '--json', ...extra), { cwd: workspace, env, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

const statusOf = (run: Run) => (JSON.parse(run.stdout) as { status: string }).status;

beforeAll(() => {
  workspace = copyWorkspace();
  scratch = mkdtempSync(path.join(os.tmpdir(), 'kata-attacks-'));
  // What a real checkout and learner have: git's config with a credential header, and progress.
  mkdirSync(path.join(workspace, '.git'));
  writeFileSync(path.join(workspace, '.git', 'config'), `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${CANARY_GIT}\n`);
  mkdirSync(path.join(workspace, '.kata'));
  writeFileSync(path.join(workspace, '.kata', 'state.json'), '{}');
});
afterAll(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

describe('attacks from inside one kata file', { timeout: 240_000 }, () => {
  it('runs where bubblewrap works (this suite tests the sandbox; install bubblewrap)', () => {
    expect(sandboxStatus()).toMatchObject({ available: true });
  });

  it('writes-workspace: meta.ts, state, the reference, another kata\'s test, the kit and a new file all stay as they were', async () => {
    const before = snapshot(workspace);
    const run = await check(armed('writes-workspace'));
    // The solution itself is correct: tests pass and it is measured, both with the attack running.
    expect(statusOf(run)).toBe('passing');
    expect(JSON.parse(run.stdout).complexity).not.toBeNull();
    // Byte-identical, the learner's state included: a check of someone else's code records nothing.
    expect(snapshot(workspace)).toEqual(before);
  });

  it('daemon: a detached process in a new session dies with the check, and forges nothing after it', async () => {
    const before = snapshot(workspace);
    const run = await check(armed('daemon'));
    expect(statusOf(run)).toBe('passing');
    for (const p of processesWithArg('kata-attack-daemon')) expect(await goneSoon(p.pid)).toBe(true);
    // Longer than the daemon's two seconds.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(existsSync(path.join(workspace, 'kata-results.json'))).toBe(false);
    expect(snapshot(workspace)).toEqual(before);
  });

  it('exfiltrates: neither the environment\'s secrets, .git/config nor the reference reach the output', async () => {
    const run = await check(armed('exfiltrates'), '--no-complexity');
    expect(statusOf(run)).toBe('failing');
    // The attack ran and its message was shown: only without the loot.
    expect(run.stdout).toContain('loot: ');
    expect(run.stdout + run.stderr).not.toContain(CANARY_ENV);
    expect(run.stdout + run.stderr).not.toContain(CANARY_GIT);
    // The reference's own lines (its tests' process may read it; the solution's process never).
    const reference = readFileSync(path.join(workspace, 'solutions/hashmap/two-sum/two-sum.ts'), 'utf8');
    const body = reference.split('\n').filter((line) => line.trim().length > 30 && !line.trim().startsWith('*') && !line.trim().startsWith('//'));
    expect(body.length).toBeGreaterThan(2);
    for (const line of body) expect(run.stdout + run.stderr).not.toContain(line.trim());
  });

  it('network: nothing reaches a server on the machine\'s loopback', async () => {
    const received: string[] = [];
    const server = createServer((socket) => socket.on('data', (data) => received.push(String(data))));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    try {
      const run = await check(armed('network', { __PORT__: String(port) }), '--no-complexity');
      expect(statusOf(run)).toBe('passing');
      // The attack connects as it loads; give a stray connection time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(received).toEqual([]);
    } finally {
      server.close();
    }
  });

  it('disables-assertions: a wrong answer fails although the solution switches off every matcher it can reach', async () => {
    const run = await check(armed('disables-assertions'), '--no-complexity');
    expect(statusOf(run)).toBe('failing');
    expect((JSON.parse(run.stdout) as { failed: number }).failed).toBeGreaterThan(5);
  });

  it('off-heap-memory: 8 GiB of ArrayBuffers ends the check at the sandbox\'s memory limit, with a message that says so', async () => {
    const run = await check(armed('off-heap-memory'), '--no-complexity');
    expect(run.code).toBe(1);
    expect(statusOf(run)).toBe('failing');
    expect(run.stdout).toMatch(/memory/i);
  });
});
