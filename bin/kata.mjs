#!/usr/bin/env node
// `npx kata`, from wherever it is called. The fast commands (list, hint, path, --help, --version)
// run a compiled copy of the CLI, built on first use and cached by content hash
// (harness/cli/fast/cache.mjs); everything else, and the fast commands whenever that copy cannot be
// had, loads the TypeScript CLI through tsx. KATA_NO_FAST=1 always takes the tsx path;
// KATA_DEBUG_FAST=1 says on stderr which path ran, and why the compiled one could not.
const argv = process.argv.slice(2);
const debug = Boolean(process.env.KATA_DEBUG_FAST);
let fast = null;
if (!process.env.KATA_NO_FAST) {
  const { isFastInvocation, loadFastCli } = await import('../harness/cli/fast/cache.mjs');
  if (isFastInvocation(argv)) fast = await loadFastCli(argv);
}
if (debug) process.stderr.write(fast ? 'kata: compiled CLI\n' : 'kata: tsx\n');
if (fast) {
  process.exitCode = await fast.run(argv);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../harness/cli/entry.ts');
}
