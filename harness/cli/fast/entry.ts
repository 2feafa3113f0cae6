/**
 * Entry of the compiled CLI (harness/cli/fast/cache.mjs builds it; bin/kata.mjs runs it for the
 * fast commands). The same `main` as harness/cli/entry.ts; the only difference is that no
 * TypeScript loader is registered up front: a kata's `meta.ts` not yet in the metadata cache
 * registers tsx on first need (catalogue/meta-cache.ts).
 *
 * `importModule` is the loader's own `import()`: the compiled CLI runs as a script (so V8 can
 * cache its compiled code), and a script has no `import()` of its own.
 */
import { main } from '../main.ts';
import { setTypeScriptImport } from '../../catalogue/meta-cache.ts';
import type { ExitCode } from '../command.ts';

export async function run(argv: readonly string[], importModule: (specifier: string) => Promise<unknown>): Promise<ExitCode> {
  let tsx: Promise<void> | undefined;
  setTypeScriptImport(async (url) => {
    tsx ??= (importModule('tsx/esm/api') as Promise<typeof import('tsx/esm/api')>).then(({ register }) => {
      register();
    });
    await tsx;
    return importModule(url);
  });
  return main(argv);
}
