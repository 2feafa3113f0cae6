/**
 * Mutation score of each kata's tests (`npm run mutation [-- --kata id]`): Stryker mutates the
 * kata's reference and runs that kata's tests on every mutant (stryker.vitest.config.ts points the
 * test's import of the stub at the reference). A mutant the tests do not kill is listed with its
 * diff, unless the kata's metadata says why it is equivalent (`equivalentMutants`, keyed
 * `stryker:<line>:<mutator>`). Not part of `npm test`: it takes minutes per kata.
 *
 * Returns data; the CLI command writes docs/mutation.md.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { MutantResult } from '@stryker-mutator/api/core';
import { ROOT, solutionFiles } from '../base/paths.ts';
import { loadMeta } from '../catalogue/katas.ts';

export interface Survivor {
  /** `stryker:<line>:<mutator>`, the key an equivalence claim uses. */
  key: string;
  mutator: string;
  line: number;
  /** The original line and the mutated one. */
  before: string;
  after: string;
  status: string;
  /** The reason from meta `equivalentMutants`, when the kata claims the mutant is equivalent. */
  equivalent?: string;
}

export interface KataMutationScore {
  id: string;
  /** Mutants Stryker could run (not compile or runtime errors, not ignored). */
  valid: number;
  killed: number;
  /** killed / (valid − claimed equivalent), in per cent. */
  score: number;
  survivors: Survivor[];
  seconds: number;
}

const KILLED = new Set(['Killed', 'Timeout']);
const INVALID = new Set(['CompileError', 'RuntimeError', 'Ignored', 'Pending']);

function survivorOf(m: MutantResult, lines: readonly string[], claims: Readonly<Record<string, string>>): Survivor {
  const { start, end } = m.location;
  const line = start.line; // Stryker's lines are 1-based
  const first = lines[line - 1] ?? '';
  const last = lines[end.line - 1] ?? '';
  const after = start.line === end.line
    ? first.slice(0, start.column - 1) + (m.replacement ?? '') + first.slice(end.column - 1)
    : first.slice(0, start.column - 1) + (m.replacement ?? '').split('\n')[0] + ' … ' + last.slice(end.column - 1);
  const key = `stryker:${line}:${m.mutatorName}`;
  return { key, mutator: m.mutatorName, line, before: first.trim(), after: after.trim(), status: m.status, ...(claims[key] ? { equivalent: claims[key] } : {}) };
}

/** Runs Stryker on one kata's reference with that kata's tests. */
export async function mutationScore(id: string, seed: number, concurrency = 2): Promise<KataMutationScore> {
  const began = performance.now();
  const { Stryker } = await import('@stryker-mutator/core');
  const reference = solutionFiles(id).reference;
  const relative = path.relative(ROOT, reference);
  process.env.KATA_MUTATION_KATA = id;
  process.env.KATA_SEED = String(seed);
  const stryker = new Stryker({
    mutate: [relative],
    testRunner: 'vitest',
    vitest: { configFile: 'stryker.vitest.config.ts', related: false },
    plugins: ['@stryker-mutator/vitest-runner'],
    reporters: [],
    concurrency,
    coverageAnalysis: 'perTest',
    timeoutMS: 10_000,
    tempDirName: '.stryker-tmp',
    cleanTempDir: true,
    logLevel: 'error' as never,
    fileLogLevel: 'off' as never,
    allowConsoleColors: false,
    ignorePatterns: ['/.kata', '/reports', '/docs', '/.git'],
  });
  const results = await stryker.runMutationTest();
  const meta = await loadMeta(id);
  const claims = meta.equivalentMutants ?? {};
  const lines = readFileSync(reference, 'utf8').split('\n');
  const valid = results.filter((m) => !INVALID.has(m.status));
  const killed = valid.filter((m) => KILLED.has(m.status)).length;
  const survivors = valid.filter((m) => !KILLED.has(m.status)).map((m) => survivorOf(m, lines, claims)).sort((a, b) => a.line - b.line);
  const equivalent = survivors.filter((s) => s.equivalent).length;
  const denominator = valid.length - equivalent;
  return { id, valid: valid.length, killed, score: denominator > 0 ? (100 * killed) / denominator : 100, survivors, seconds: (performance.now() - began) / 1000 };
}

/** docs/mutation.md: a table of scores, then each kata's unexplained survivors with their diff. */
export function mutationReport(scores: readonly KataMutationScore[], seed: number, date: string, target = 90): string {
  const out = [
    '# Mutation scores of the kata tests',
    '',
    `Written by \`npm run mutation\` (Stryker ${'\u00a0'}mutating each reference, that kata's tests run on every mutant), ${date}, seed ${seed}.`,
    `Score = killed / (valid mutants − those claimed equivalent in meta \`equivalentMutants\`). Target: ${target} % per kata.`,
    '',
    '| kata | mutants | killed | survived (claimed equivalent) | score | time |',
    '|---|---|---|---|---|---|',
    ...scores.map((s) => {
      const eq = s.survivors.filter((v) => v.equivalent).length;
      return `| ${s.id} | ${s.valid} | ${s.killed} | ${s.survivors.length} (${eq}) | ${s.score.toFixed(1)} %${s.score < target ? ' ✗' : ''} | ${s.seconds.toFixed(0)} s |`;
    }),
    '',
  ];
  for (const s of scores) {
    const open = s.survivors.filter((v) => !v.equivalent);
    const claimed = s.survivors.filter((v) => v.equivalent);
    if (!open.length && !claimed.length) continue;
    out.push(`## ${s.id}`, '');
    for (const v of open) out.push(`- \`${v.key}\` (${v.status}): \`${v.before}\` → \`${v.after}\``);
    for (const v of claimed) out.push(`- \`${v.key}\` equivalent: ${v.equivalent} (\`${v.before}\` → \`${v.after}\`)`);
    out.push('');
  }
  return out.join('\n');
}
