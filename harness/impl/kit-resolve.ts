/**
 * Makes `#kit` resolve to this workspace's kit in the current process, wherever the importing
 * file lives: an implementation outside the workspace (`--impl DIR`) has no package.json mapping
 * it, and tsx may load such a file as CommonJS or as ESM. So both resolvers learn the name: an ESM
 * resolve hook (kit-resolve-hook.mjs) and CommonJS's filename resolution.
 */
import Module, { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { KIT_FILE } from '../base/paths.ts';

type ResolveFilename = (request: string, ...rest: unknown[]) => string;

let registered = false;
export function registerKitResolution(): void {
  if (registered) return;
  registered = true;
  register('./kit-resolve-hook.mjs', import.meta.url, { data: { kitUrl: pathToFileURL(KIT_FILE).href } });
  const cjs = Module as unknown as { _resolveFilename: ResolveFilename };
  const original = cjs._resolveFilename;
  cjs._resolveFilename = function (this: unknown, request: string, ...rest: unknown[]) {
    return request === '#kit' ? KIT_FILE : original.call(this, request, ...rest);
  };
}
