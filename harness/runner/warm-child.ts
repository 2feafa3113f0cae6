/**
 * A long-lived test process for watch mode: one Vitest instance stays warm (Vite's transform
 * cache, resolved config), so a save re-runs a kata's tests in a fraction of a cold start.
 * Requests arrive over IPC ({ run }); each kata's report goes back as soon as its file finishes.
 * If learner code hangs, the parent kills this process group and starts a fresh one.
 */
import path from 'node:path';
import { createVitest, type Reporter, type TestModule } from 'vitest/node';
import { kataFiles } from '../base/paths.ts';
import type { ImplTarget } from '../impl/impl.ts';
import { reportOfModule } from './run-tests.ts';
import { kataTestOptions, viteConfigFor } from './vitest-config.ts';

export type WarmRequest = { run: { id: string; seed: number; files: string[] } };
export type WarmMessage = { ready: true } | { progress: true } | { report: import('./run-tests.ts').KataTestReport } | { crash: string };

const send = (message: WarmMessage) => new Promise<void>((resolve) => process.send!(message, () => resolve()));
const impl = JSON.parse(process.argv[2] ?? '{"kind":"learner"}') as ImplTarget;

let current: { id: string; seed: number } | null = null;
let lastModule: TestModule | null = null;
const collector: Reporter = {
  onTestCaseResult: () => { void send({ progress: true }); },
  onTestModuleEnd: (module) => { lastModule = module; },
};

const env: Record<string, string> = { KATA_SEED: '0' };
const vitest = await createVitest(
  'test',
  { config: false, watch: false, reporters: [collector] },
  { ...viteConfigFor(impl), test: { ...kataTestOptions(), env } },
);
await send({ ready: true });

process.on('message', async (message: WarmRequest) => {
  const { id, seed, files } = message.run;
  current = { id, seed };
  env.KATA_SEED = String(seed);
  (vitest.config.env as Record<string, string>).KATA_SEED = String(seed);
  try {
    for (const file of files) vitest.invalidateFile(path.resolve(file));
    lastModule = null;
    const test = kataFiles(id).test;
    const known = vitest.getModuleSpecifications(test);
    await vitest.runTestSpecifications(known.length ? known : [vitest.getRootProject().createSpecification(test)]);
    await send({ report: reportOfModule(id, lastModule ?? undefined, impl, seed) });
  } catch (error) {
    await send({ crash: (error as Error)?.stack ?? String(error) });
  }
  current = null;
});
