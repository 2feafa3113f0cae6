/**
 * One test file against several implementations in one Vitest run (`kata hack`: the learner's own
 * tests against the reference and each mutant of a kata). The file is never copied: it is loaded
 * once per target as `<file>?kata-target=<n>`, each load a module of its own, whose `./<slug>.ts`
 * the impl plugin points at the n-th target. The loads share one worker (Vitest's `isolate: false`,
 * as lint's runs of mutants do): Vitest, fast-check and the setup file are loaded once, not once
 * per target, which measured about four times less CPU for two-sum's seven targets than a fresh
 * worker per target. Prints nothing; one report per target.
 */
import path from 'node:path';
import { createVitest, type Reporter, type TestModule } from 'vitest/node';
import { ROOT } from '../base/paths.ts';
import { implPlugin, targetIndexOf, TARGET_QUERY, type ImplTarget } from '../impl/impl.ts';
import { attributeUnhandled, reportOfModule, type KataTestReport, type RunOptions } from './run-tests.ts';
import { kataTestOptions, viteConfigFor } from './vitest-config.ts';

export interface TestTarget {
  /** Names the target in the reports: `reference`, `mutant:off-by-one-inner-loop`. */
  key: string;
  impl: ImplTarget;
}

/**
 * Runs `testFile` (a test file of kata `id`) once per target, in THIS process (Vitest's own worker
 * does the running); isolated.ts runs it in a supervised, sandboxed child. `onReport` gets each
 * target's report as soon as its load of the file finishes.
 */
export async function runTestFileHere(
  id: string, testFile: string, targets: readonly TestTarget[], options: RunOptions,
  onReport?: (key: string, report: KataTestReport) => void, onProgress?: () => void,
): Promise<Map<string, KataTestReport>> {
  const reports = new Map<string, KataTestReport>();
  if (targets.length === 0) return reports;
  const targetOf = (module: TestModule) => targets[targetIndexOf(module.moduleId) ?? -1];
  let modules: readonly TestModule[] = [];
  const unhandled: string[] = [];
  const collector: Reporter = {
    onTestModuleStart: () => onProgress?.(),
    onTestCaseResult: () => onProgress?.(),
    onTestModuleEnd: (module) => {
      const target = targetOf(module);
      if (!target || reports.has(target.key)) return;
      const report = reportOfModule(id, module, target.impl, options.seed);
      reports.set(target.key, report);
      onReport?.(target.key, report);
    },
    onTestRunEnd: (testModules, errors) => {
      modules = testModules;
      unhandled.push(...errors.map((e) => {
        const error = e as { name?: string; message?: string };
        return `${error.name ?? 'Error'}: ${error.message ?? ''}`;
      }));
    },
  };
  const env: Record<string, string> = { KATA_SEED: String(options.seed) };
  if (options.numRuns) env.KATA_NUM_RUNS = String(options.numRuns);
  const vite = viteConfigFor(targets[0]!.impl);
  const vitest = await createVitest(
    'test',
    { config: false, watch: false, reporters: [collector] },
    {
      ...vite,
      plugins: [implPlugin(targets[0]!.impl, targets.map((t) => t.impl))],
      test: { ...kataTestOptions(), include: [path.relative(ROOT, testFile).split(path.sep).join('/')], isolate: false, maxWorkers: 1, env },
    },
  );
  try {
    const project = vitest.getRootProject();
    await vitest.runTestSpecifications(targets.map((_, n) => project.createSpecification(`${testFile}?${TARGET_QUERY}=${n}`)));
  } finally {
    await vitest.close();
  }
  for (const target of targets) {
    if (reports.has(target.key)) continue;
    const module = modules.find((m) => targetOf(m) === target);
    // Its load never finished (the worker died): the run's unattributed errors say why.
    const report = attributeUnhandled(reportOfModule(id, module, target.impl, options.seed), unhandled);
    reports.set(target.key, report);
    onReport?.(target.key, report);
  }
  return reports;
}
