/**
 * A cache of what each kata's `meta.ts` exports, keyed by the file's content, so `kata list` reads
 * sixty small files instead of importing sixty TypeScript modules (which needs tsx, about 0.5 s).
 *
 * Keyed by content (SHA-256 of the source), not by mtime and size: an edit that keeps the size
 * within one timestamp tick would be missed, and the saving is small. Measured on the 67 katas
 * (2 cores, loaded machine): reading and hashing every meta.ts takes 1.3-6 ms, stat-ing them 0.5 ms,
 * against a `kata list` of 100+ ms (`kata dev bench-cli`). A kata that arrives or changes is
 * therefore a miss, imported and listed at once, then remembered.
 *
 * Only plain data is cached: a meta.ts that imports anything besides `#kit`, or whose export does
 * not survive JSON unchanged, is imported every time. The cache holds the raw export; validation
 * (catalogue/schema.ts) still runs on every read. The whole cache is dropped when `#kit` changes.
 * A damaged or unwritable cache file is ignored: it is a shortcut, never a source of truth.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { KIT_FILE, ROOT, workspacePaths } from '../base/paths.ts';
import { writeFileAtomic } from '../base/atomic.ts';

interface CacheFile {
  version: 1;
  /** SHA-256 of `#kit` (harness/kit/index.ts), whose defineKata every meta.ts calls. */
  kit: string;
  entries: Record<string, { sha: string; meta: unknown }>;
}

/**
 * How a meta.ts is imported on a miss: `import()` where a TypeScript loader is registered (tsx); the
 * compiled CLI (harness/cli/fast/entry.ts) sets one that registers tsx first, on the first miss.
 */
let importTypeScript: (url: string) => Promise<unknown> = (url) => import(url);

export function setTypeScriptImport(load: (url: string) => Promise<unknown>): void {
  importTypeScript = load;
}

/**
 * The cache file of the workspace at `root`, beside the compiled CLI's builds: the folder name is
 * the same hash of the workspace path as harness/cli/fast/cache.mjs `cacheDirOf`.
 */
export function metaCacheFile(root = ROOT): string {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return path.join(workspacePaths(root).nodeModules, '.cache', 'kata', key, 'meta.json');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

let cache: CacheFile | null = null;
let dirty = false;
/** meta.ts URLs imported by this process, with the content they had: Node keeps the first module for a URL. */
const imported = new Map<string, string>();

function loaded(): CacheFile {
  if (cache) return cache;
  let kit = '';
  try {
    kit = sha256(readFileSync(KIT_FILE, 'utf8'));
  } catch {
    // No kit: every meta.ts import fails anyway, with its own message.
  }
  try {
    const parsed = JSON.parse(readFileSync(metaCacheFile(), 'utf8')) as Partial<CacheFile>;
    if (parsed.version === 1 && parsed.kit === kit && parsed.entries && typeof parsed.entries === 'object') {
      cache = { version: 1, kit, entries: parsed.entries };
      return cache;
    }
  } catch {
    // Missing or damaged: start again.
  }
  cache = { version: 1, kit, entries: {} };
  return cache;
}

/** Whether a meta.ts imports nothing but `#kit`, so that its own content is a complete cache key. */
export function importsOnlyKit(source: string): boolean {
  if (/\bimport\s*\(/.test(source) || /\brequire\s*\(/.test(source)) return false;
  const specifiers = [...source.matchAll(/\b(?:from|import)\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
  return specifiers.every((s) => s === '#kit');
}

/** The default export of the metadata module `file`: from the cache when its content is unchanged, else imported (and then cached). */
export async function metaExport(file: string): Promise<unknown> {
  const source = readFileSync(file, 'utf8');
  const sha = sha256(source);
  const store = loaded();
  const hit = store.entries[file];
  if (hit && hit.sha === sha) return structuredClone(hit.meta);

  const url = pathToFileURL(file).href;
  const firstImport = !imported.has(url);
  if (firstImport) imported.set(url, sha);
  const value = ((await importTypeScript(url)) as { default?: unknown }).default;
  // Not cached when Node handed back a module imported earlier with other content, or the file changed meanwhile.
  const fresh = (firstImport || imported.get(url) === sha) && sha256(readFileSync(file, 'utf8')) === sha;
  if (fresh && importsOnlyKit(source) && isDeepStrictEqual(JSON.parse(JSON.stringify(value ?? null)), value ?? null) && value !== undefined) {
    store.entries[file] = { sha, meta: structuredClone(value) };
    dirty = true;
  }
  return value;
}

/** Writes what this process added to the cache; a cache that cannot be written is left as it was. */
export function saveMetaCache(): void {
  if (!dirty || !cache) return;
  dirty = false;
  try {
    writeFileAtomic(metaCacheFile(), `${JSON.stringify(cache)}\n`);
  } catch {
    // Read-only workspace or node_modules: the next run imports again.
  }
}
