/**
 * `npm run bench:harness`: measures the engine itself. For every kata with a bench it takes
 * repeated verdicts on the reference (against itself) and on the brute force, once on a quiet
 * machine and once with two CPU-bound processes it starts and stops itself, and reports the
 * flagged-brute rate, the false-regression rate, the inconclusive rate and seconds per verdict.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { runChecks } from '../check/pipeline.ts';
import { isFailure, median, type ComplexityResult } from '../engine/index.ts';
import { benchedKatas } from './selfcheck.ts';

export type Load = 'quiet' | 'busy';

export interface HarnessTrial {
  id: string;
  role: 'reference' | 'brute';
  load: Load;
  repeat: number;
  verdict: 'ok' | 'regression' | 'inconclusive' | 'error';
  /** Wall seconds for the verdict, as `kata check` pays it (child process start included). */
  seconds: number;
  text: string;
}

export interface HarnessSummary {
  load: Load;
  bruteTrials: number;
  flaggedBruteRate: number;
  referenceTrials: number;
  falseRegressionRate: number;
  inconclusiveRate: number;
  /** Verdicts on passing solutions (reference against itself). */
  passingSeconds: { median: number; max: number };
  /** Verdicts on flagged solutions (brute forces), confirmation included. */
  flaggedSeconds: { median: number; max: number };
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
  repeats: number;
  loads: readonly Load[];
  seed: number;
  onTrial?: (trial: HarnessTrial) => void;
}): Promise<{ trials: HarnessTrial[]; summaries: HarnessSummary[] }> {
  const jobs = await benchedKatas(options.patterns);
  const trials: HarnessTrial[] = [];
  for (const load of options.loads) {
    const stop = load === 'busy' ? startLoad() : () => {};
    try {
      for (let repeat = 0; repeat < options.repeats; repeat++) {
        for (const job of jobs) {
          for (const role of job.roles) {
            const began = performance.now();
            const [outcome] = await runChecks([job.id], { kind: role }, { seed: options.seed + repeat * 31 + (role === 'brute' ? 7 : 0), stages: ['complexity'], complexity: { jobTimeoutMs: 120_000 } });
            const result = outcome!.results.complexity;
            const trial: HarnessTrial = {
              id: job.id, role, load, repeat, verdict: verdictOf(result!),
              seconds: (performance.now() - began) / 1000,
              text: isFailure(result!) ? result!.error : result!.verdict.text,
            };
            trials.push(trial);
            options.onTrial?.(trial);
          }
        }
      }
    } finally {
      stop();
    }
  }
  const summaries = options.loads.map((load): HarnessSummary => {
    const mine = trials.filter((t) => t.load === load);
    const brute = mine.filter((t) => t.role === 'brute');
    const reference = mine.filter((t) => t.role === 'reference');
    const spread = (xs: number[]) => (xs.length ? { median: median(xs), max: Math.max(...xs) } : { median: 0, max: 0 });
    return {
      load,
      bruteTrials: brute.length,
      flaggedBruteRate: brute.length ? brute.filter((t) => t.verdict === 'regression').length / brute.length : 1,
      referenceTrials: reference.length,
      falseRegressionRate: reference.length ? reference.filter((t) => t.verdict === 'regression').length / reference.length : 0,
      inconclusiveRate: mine.length ? mine.filter((t) => t.verdict === 'inconclusive').length / mine.length : 0,
      passingSeconds: spread(reference.map((t) => t.seconds)),
      flaggedSeconds: spread(brute.filter((t) => t.verdict === 'regression').map((t) => t.seconds)),
    };
  });
  return { trials, summaries };
}
