/**
 * How fast `kata` answers (`kata dev bench-cli`, npm run bench:cli): each fast command run `runs`
 * times through bin/kata.mjs, as a learner types it, in a throwaway copy of the workspace (so
 * `hint` and `path` never touch the learner's state), beside bare `node -e 0` as the floor and the
 * tsx path (`KATA_NO_FAST=1`) as the figure before the compiled CLI. Runs are interleaved, one of
 * each command in turn, so a burst of load on the machine falls on all of them alike.
 *
 * Returns data; `kata dev bench-cli` prints it.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../../base/paths.ts';
import { UserError } from '../../base/errors.ts';
import { copyWorkspace } from '../../author/workspace-copy.ts';
import { metaCacheFile } from '../../catalogue/meta-cache.ts';
import { summarise, type LatencySummary } from '../../author/watch-latency.ts';

export interface CliCase {
  /** As the table shows it: `kata list`, `node -e 0`. */
  readonly label: string;
  readonly argv: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Fewer runs for the slow reference (the tsx path). */
  readonly runs?: number;
}

export interface CliTiming {
  readonly label: string;
  readonly ms: readonly number[];
  readonly summary: LatencySummary;
}

export interface CliBench {
  readonly machine: { cores: number; cpu: string; node: string; platform: string; date: string; loadBefore: number; loadAfter: number };
  /** The first `kata list` in a fresh copy: compiles the CLI and fills the metadata cache. */
  readonly firstUse: number;
  readonly timings: readonly CliTiming[];
}

const KATA = (...args: string[]) => ['bin/kata.mjs', ...args];

export function cliCases(runs: number): CliCase[] {
  return [
    { label: 'node -e 0 (the floor)', argv: ['-e', '0'] },
    { label: 'kata --version', argv: KATA('--version') },
    { label: 'kata --help', argv: KATA('--help') },
    { label: 'kata list', argv: KATA('list') },
    { label: 'kata hint two-sum', argv: KATA('hint', 'two-sum') },
    { label: 'kata path two-sum', argv: KATA('path', 'two-sum') },
    { label: 'kata list, tsx path (before)', argv: KATA('list'), env: { KATA_NO_FAST: '1' }, runs: Math.min(runs, 5) },
  ];
}

/** Milliseconds from spawn to exit of `node argv` in `cwd`; a failed run is a UserError with its stderr. */
function timeRun(cwd: string, c: CliCase): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, c.argv, { cwd, env: { ...process.env, ...c.env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new UserError(`bench:cli: \`${c.label}\` exited ${run.status ?? run.signal}:\n${run.stderr}`);
  return Math.round(ms * 10) / 10;
}

export function benchCli({ runs = 20, cases = cliCases(runs), root = ROOT }: { runs?: number; cases?: readonly CliCase[]; root?: string } = {}): CliBench {
  const loadBefore = os.loadavg()[0]!;
  const workspace = copyWorkspace(root);
  try {
    cpSync(path.join(root, 'bin'), path.join(workspace, 'bin'), { recursive: true });
    const firstUse = timeRun(workspace, { label: 'kata list (first use)', argv: KATA('list') });
    const ms = cases.map(() => [] as number[]);
    for (let i = 0; i < runs; i++) {
      cases.forEach((c, j) => {
        if (i < (c.runs ?? runs)) ms[j]!.push(timeRun(workspace, c));
      });
    }
    return {
      machine: {
        cores: os.availableParallelism(),
        cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        date: new Date().toISOString(),
        loadBefore,
        loadAfter: os.loadavg()[0]!,
      },
      firstUse,
      timings: cases.map((c, j) => ({ label: c.label, ms: ms[j]!, summary: summarise(ms[j]!) })),
    };
  } finally {
    // The copy links the real node_modules: its compiled CLI and metadata cache live there.
    rmSync(path.dirname(metaCacheFile(workspace)), { recursive: true, force: true });
    rmSync(workspace, { recursive: true, force: true });
  }
}
