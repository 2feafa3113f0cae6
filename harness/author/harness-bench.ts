/**
 * `npm run bench:harness`: measures the engine itself. For every kata with a bench it takes
 * repeated verdicts on everything the engine is judged on (the reference against itself, optimal
 * approaches, the brute force, slow approaches), once on a quiet machine and once with two
 * CPU-bound processes it starts and stops itself, and reports per set the flagged rate, the
 * inconclusive rate, how often one solution's verdict flipped between repeats, and seconds per verdict.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { runChecks } from '../check/pipeline.ts';
import { isFailure, median, type ComplexityResult } from '../engine/index.ts';
import { benchedKatas, mustBeFlagged, selfCheckJobs, type Role } from './selfcheck.ts';

export type Load = 'quiet' | 'busy';

export interface HarnessTrial {
  id: string;
  role: Role;
  approach?: string;
  load: Load;
  repeat: number;
  verdict: 'ok' | 'regression' | 'inconclusive' | 'error';
  /** Wall seconds for the verdict, as `kata check` pays it (child process start included). */
  seconds: number;
  text: string;
}

export interface SetSummary {
  role: Role;
  trials: number;
  /** Share of trials judged a regression. */
  flaggedRate: number;
  inconclusiveRate: number;
  /** Solutions whose verdict was not the same in every repeat, over the solutions of the set. */
  flips: number;
  solutions: number;
  seconds: { median: number; max: number };
}

export interface HarnessSummary {
  load: Load;
  sets: SetSummary[];
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

export async function harnessBench(options: {
  patterns?: readonly string[];
  roles?: readonly Role[];
  repeats: number;
  loads: readonly Load[];
  seed: number;
  onTrial?: (trial: HarnessTrial) => void;
}): Promise<{ trials: HarnessTrial[]; summaries: HarnessSummary[] }> {
  const jobs = selfCheckJobs(await benchedKatas(options.patterns), options.roles);
  const trials: HarnessTrial[] = [];
  for (const load of options.loads) {
    const stop = load === 'busy' ? startLoad() : () => {};
    try {
      for (let repeat = 0; repeat < options.repeats; repeat++) {
        for (const [j, job] of jobs.entries()) {
          const began = performance.now();
          const [outcome] = await runChecks([job.id], job.impl, { seed: options.seed + repeat * 31 + j * 7, stages: ['complexity'], complexity: { jobTimeoutMs: 120_000 } });
          const result = outcome!.results.complexity!;
          const trial: HarnessTrial = {
            id: job.id, role: job.role, ...(job.approach ? { approach: job.approach } : {}), load, repeat, verdict: verdictOf(result),
            seconds: (performance.now() - began) / 1000,
            text: isFailure(result) ? result.error : result.verdict.text,
          };
          trials.push(trial);
          options.onTrial?.(trial);
        }
      }
    } finally {
      stop();
    }
  }
  return { trials, summaries: options.loads.map((load) => summarise(trials.filter((t) => t.load === load), load)) };
}

export function summarise(trials: readonly HarnessTrial[], load: Load): HarnessSummary {
  const roles: Role[] = ['reference', 'optimal', 'brute', 'slow'];
  const spread = (xs: number[]) => (xs.length ? { median: median(xs), max: Math.max(...xs) } : { median: 0, max: 0 });
  const sets = roles.flatMap((role): SetSummary[] => {
    const mine = trials.filter((t) => t.role === role);
    if (mine.length === 0) return [];
    const bySolution = new Map<string, Set<string>>();
    for (const t of mine) {
      const key = `${t.id}:${t.approach ?? role}`;
      bySolution.set(key, (bySolution.get(key) ?? new Set()).add(t.verdict));
    }
    return [{
      role,
      trials: mine.length,
      flaggedRate: mine.filter((t) => t.verdict === 'regression').length / mine.length,
      inconclusiveRate: mine.filter((t) => t.verdict === 'inconclusive').length / mine.length,
      flips: [...bySolution.values()].filter((verdicts) => verdicts.size > 1).length,
      solutions: bySolution.size,
      seconds: spread(mine.filter((t) => (mustBeFlagged(role) ? t.verdict === 'regression' : t.verdict !== 'regression')).map((t) => t.seconds)),
    }];
  });
  return { load, sets };
}
