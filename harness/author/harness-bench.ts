/**
 * `npm run bench:harness`: measures the engine itself. For every kata with a bench it takes
 * repeated verdicts on everything the engine is judged on (the reference against itself, optimal
 * approaches, the brute force, slow approaches), once on a quiet machine and once with two
 * CPU-bound processes it starts and stops itself, and reports per set the flagged rate, the
 * inconclusive rate, how often one solution's verdict flipped between repeats, and seconds per verdict.
 * With `--space` the same for the space verdict: the reference (against itself) and the approaches
 * declared `space-heavy` of every kata with a space target (engine/space/space-check.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { runChecks } from '../check/pipeline.ts';
import { isFailure, median, type ComplexityResult } from '../engine/index.ts';
import { listKatas } from '../catalogue/katas.ts';
import { isSpaceFailure } from '../engine/index.ts';
import { katasWithSpaceTarget, measureSpaceJob, spaceCheckJobs, spaceVerdictRight, type SpaceRole } from '../engine/space/space-check.ts';
import { benchedKatas, mustBeFlagged, selfCheckJobs, type Role } from './selfcheck.ts';

export type Load = 'quiet' | 'busy';
export type HarnessKind = 'time' | 'space';
/** A set of solutions judged alike: a time role, or `space-heavy` (space verdicts; their references are `reference`). */
export type HarnessSet = Role | Exclude<SpaceRole, 'reference'>;
export const SETS: readonly HarnessSet[] = ['reference', 'optimal', 'brute', 'slow', 'space-heavy'];

export interface HarnessTrial {
  /** Absent in files written before space verdicts were benched: time. */
  kind?: HarnessKind;
  id: string;
  role: HarnessSet;
  approach?: string;
  load: Load;
  repeat: number;
  verdict: 'ok' | 'regression' | 'inconclusive' | 'error';
  /** Wall seconds for the verdict, as `kata check` pays it (child process start included). */
  seconds: number;
  text: string;
}

export interface SetSummary {
  role: HarnessSet;
  trials: number;
  /** Share of trials judged a regression. */
  flaggedRate: number;
  inconclusiveRate: number;
  /** Solutions whose verdict was not the same in every repeat (see `flipped`), over the solutions of the set. */
  flips: number;
  /** Solutions whose verdict was the same in at least N − 1 of their N repeats (see `stable`). */
  stable: number;
  solutions: number;
  /** Over the verdicts judged as the set must be (passing for references and optimal approaches, flagged for the rest). */
  seconds: { median: number; max: number };
}

export interface HarnessSummary {
  kind?: HarnessKind;
  load: Load;
  sets: SetSummary[];
}

/** Whether a set's solutions must be flagged: on time by their role, on space when space-heavy. */
export function setMustBeFlagged(set: HarnessSet): boolean {
  return set === 'space-heavy' || mustBeFlagged(set);
}

/** Whether a trial got the verdict its set must get (an error never does). */
export function trialRight(trial: Pick<HarnessTrial, 'kind' | 'role' | 'verdict'>): boolean {
  if (trial.kind === 'space') return spaceVerdictRight(trial.role === 'reference' ? 'reference' : 'space-heavy', trial.verdict);
  return setMustBeFlagged(trial.role) ? trial.verdict === 'regression' : trial.verdict !== 'regression' && trial.verdict !== 'error';
}

/** A solution's verdicts flipped when they were not all the same. */
export function flipped(verdicts: readonly string[]): boolean {
  return new Set(verdicts).size > 1;
}

/** A solution's verdicts were stable when one of them came out in at least N − 1 of its N repeats (19 of 20). */
export function stable(verdicts: readonly string[]): boolean {
  const counts = new Map<string, number>();
  for (const v of verdicts) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Math.max(0, ...counts.values()) >= verdicts.length - 1;
}

/** Two processes that keep both cores busy until stopped. */
export function startLoad(processes = 2): () => void {
  const children: ChildProcess[] = Array.from({ length: processes }, () =>
    spawn(process.execPath, ['-e', 'let x = 0; for (;;) { x = (x + 1) | 0; }'], { stdio: 'ignore' }),
  );
  return () => { for (const child of children) child.kill('SIGKILL'); };
}

function verdictOf(result: ComplexityResult): HarnessTrial['verdict'] {
  return isFailure(result) ? 'error' : result.verdict.kind;
}

interface TrialOptions {
  repeats: number;
  loads: readonly Load[];
  seed: number;
  onTrial?: (trial: HarnessTrial) => void;
}

/**
 * Every job `repeats` times under each load (busy: two CPU-bound processes started and stopped
 * here), in order; job j of repeat r gets seed `seed + 31r + 7j`. `trialOf` takes one verdict.
 */
async function trialsUnderLoads<J>(jobs: readonly J[], options: TrialOptions, trialOf: (job: J, seed: number, load: Load, repeat: number) => Promise<HarnessTrial>): Promise<HarnessTrial[]> {
  const trials: HarnessTrial[] = [];
  for (const load of options.loads) {
    const stop = load === 'busy' ? startLoad() : () => {};
    try {
      for (let repeat = 0; repeat < options.repeats; repeat++) {
        for (const [j, job] of jobs.entries()) {
          const trial = await trialOf(job, options.seed + repeat * 31 + j * 7, load, repeat);
          trials.push(trial);
          options.onTrial?.(trial);
        }
      }
    } finally {
      stop();
    }
  }
  return trials;
}

export async function harnessBench(options: TrialOptions & { patterns?: readonly string[]; roles?: readonly Role[] }): Promise<{ trials: HarnessTrial[]; summaries: HarnessSummary[] }> {
  const jobs = selfCheckJobs(await benchedKatas(options.patterns), options.roles);
  const trials = await trialsUnderLoads(jobs, options, async (job, seed, load, repeat) => {
    const began = performance.now();
    const [outcome] = await runChecks([job.id], job.impl, { seed, stages: ['complexity'], complexity: { jobTimeoutMs: 120_000 } });
    const result = outcome!.results.complexity!;
    return {
      kind: 'time', id: job.id, role: job.role, ...(job.approach ? { approach: job.approach } : {}), load, repeat, verdict: verdictOf(result),
      seconds: (performance.now() - began) / 1000,
      text: isFailure(result) ? result.error : result.verdict.text,
    };
  });
  return { trials, summaries: options.loads.map((load) => summarise(trials.filter((t) => t.load === load), load)) };
}

/**
 * The same for the space verdict: repeated verdicts on the reference (against itself) and the
 * space-heavy approaches of every kata with a space target (those of `patterns`), one supervised
 * process each, as `kata dev space-check` takes them (no re-measurement: every verdict counts).
 */
export async function spaceHarnessBench(options: TrialOptions & { patterns?: readonly string[]; roles?: readonly SpaceRole[] }): Promise<{ trials: HarnessTrial[]; summaries: HarnessSummary[] }> {
  const ids = listKatas().filter((k) => !options.patterns || options.patterns.includes(k.pattern)).map((k) => k.id);
  const jobs = await spaceCheckJobs(await katasWithSpaceTarget(ids), options.roles);
  const trials = await trialsUnderLoads(jobs, options, async (job, seed, load, repeat) => {
    const { result, seconds } = await measureSpaceJob(job.job, seed);
    return {
      kind: 'space', id: job.id, role: job.role, ...(job.role === 'space-heavy' ? { approach: job.subject } : {}), load, repeat,
      verdict: isSpaceFailure(result) ? 'error' : result.verdict.kind,
      seconds,
      text: isSpaceFailure(result) ? result.error : result.verdict.text,
    };
  });
  return { trials, summaries: options.loads.map((load) => summarise(trials.filter((t) => t.load === load), load, 'space')) };
}

/** Per set, over trials of one kind and one load (pure). */
export function summarise(trials: readonly HarnessTrial[], load: Load, kind: HarnessKind = 'time'): HarnessSummary {
  const spread = (xs: number[]) => (xs.length ? { median: median(xs), max: Math.max(...xs) } : { median: 0, max: 0 });
  const sets = SETS.flatMap((role): SetSummary[] => {
    const mine = trials.filter((t) => t.role === role && (t.kind ?? 'time') === kind);
    if (mine.length === 0) return [];
    const bySolution = new Map<string, string[]>();
    for (const t of mine) {
      const key = `${t.id}:${t.approach ?? role}`;
      bySolution.set(key, [...(bySolution.get(key) ?? []), t.verdict]);
    }
    const verdicts = [...bySolution.values()];
    return [{
      role,
      trials: mine.length,
      flaggedRate: mine.filter((t) => t.verdict === 'regression').length / mine.length,
      inconclusiveRate: mine.filter((t) => t.verdict === 'inconclusive').length / mine.length,
      flips: verdicts.filter(flipped).length,
      stable: verdicts.filter(stable).length,
      solutions: bySolution.size,
      seconds: spread(mine.filter((t) => (setMustBeFlagged(role) ? t.verdict === 'regression' : t.verdict !== 'regression')).map((t) => t.seconds)),
    }];
  });
  return { kind, load, sets };
}
