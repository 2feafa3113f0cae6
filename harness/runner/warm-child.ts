/**
 * A long-lived test process for watch mode: one Vitest instance stays warm (Vite's transform
 * cache, resolved config), so a save re-runs a kata's tests in a fraction of a cold start.
 * Requests arrive over IPC (harness/process/channel.ts `serve`); the kata's report goes back as
 * soon as its file finishes. If learner code hangs, the parent kills this process group and starts
 * a fresh one.
 */
import path from 'node:path';
import { createVitest, type Reporter, type TestModule } from 'vitest/node';
import { kataFiles } from '../base/paths.ts';
import type { ImplTarget } from '../impl/impl.ts';
import { firstRequest, send, serve } from '../process/channel.ts';
import { reportOfModule, type KataTestReport } from './run-tests.ts';
import { kataTestOptions, viteConfigFor } from './vitest-config.ts';

export interface WarmRequest { id: string; seed: number; files: string[] }
export type WarmMessage = { progress: true } | { report: KataTestReport };

const impl = firstRequest<ImplTarget>();

// Progress as the file is queued, loaded and each test ends: the parent's stall limit then bounds
// loading the learner's module as well as every test.
const progress = () => { void send<WarmMessage>({ progress: true }); };
let lastModule: TestModule | null = null;
const collector: Reporter = {
  onTestModuleQueued: progress,
  onTestModuleStart: progress,
  onTestCaseResult: progress,
  onTestModuleEnd: (module) => { lastModule = module; },
};

const env: Record<string, string> = { KATA_SEED: '0' };
const vitest = await createVitest(
  'test',
  { config: false, watch: false, reporters: [collector] },
  { ...viteConfigFor(impl), test: { ...kataTestOptions(), env } },
);

serve<WarmRequest>(async ({ id, seed, files }) => {
  env.KATA_SEED = String(seed);
  (vitest.config.env as Record<string, string>).KATA_SEED = String(seed);
  for (const file of files) vitest.invalidateFile(path.resolve(file));
  lastModule = null;
  const test = kataFiles(id).test;
  const known = vitest.getModuleSpecifications(test);
  await vitest.runTestSpecifications(known.length ? known : [vitest.getRootProject().createSpecification(test)]);
  await send<WarmMessage>({ report: reportOfModule(id, lastModule ?? undefined, impl, seed) });
});
