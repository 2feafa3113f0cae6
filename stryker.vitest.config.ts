/**
 * Vitest config for `kata dev mutation` (Stryker): only the tests of the kata named by
 * KATA_MUTATION_KATA, run against the reference (the file Stryker mutates).
 */
import { defineConfig } from 'vitest/config';
import { kataTestOptions, viteConfigFor } from './harness/runner/vitest-config.ts';

const id = process.env.KATA_MUTATION_KATA;
if (!id) throw new Error('stryker.vitest.config.ts: KATA_MUTATION_KATA is not set; run it through `npm run mutation`.');

export default defineConfig({
  ...viteConfigFor({ kind: 'reference' }),
  // Stryker's runner starts Vitest's workers as threads, which take no Node flags (kataTestOptions' heap size).
  test: { ...kataTestOptions(), execArgv: [], include: [`katas/${id}/${id.split('/')[1]}.test.ts`] },
});
