/**
 * The fast path of `bin/kata.mjs`: the CLI's fast commands (list, hint, path, --help, --version)
 * compiled by esbuild into one plain JavaScript file on first use, cached by the content of every
 * file that went into it, and run by plain Node without tsx (registering tsx costs about 0.5 s).
 *
 * Plain JavaScript on purpose: it runs before any TypeScript loader exists.
 *
 * Cache layout, under `<workspace>/node_modules/.cache/kata/<hash of the workspace path>/`:
 *   cli.json               what the current build was made from: every input (harness sources, the
 *                          package.json of each bundled package, package.json, package-lock.json,
 *                          tsconfig.json)
 *                          and every output, each with its SHA-256 and stat signature; and a context
 *                          key (this file's content, the workspace path, Node's version)
 *   cli-<hash>/entry.cjs   the build, written to a temporary folder and renamed into place, so a
 *                          reader never sees half a build
 *   cli-<hash>/entry.cjs.<command>.v8-cache   V8's compiled code of it, one per command (Node 20
 *                          has no module compile cache), prefixed with its own SHA-256
 *   meta.json              the kata metadata cache (catalogue/meta-cache.ts)
 * A build is reused only when every input and output still has its recorded content: a file whose
 * stat signature is unchanged is taken as unchanged (stat-ing ~80 files costs ~1 ms; hashing them,
 * ~10 ms), any other is hashed. Otherwise it is rebuilt: a truncated file is rebuilt, not fatal.
 * Anything that goes wrong (no esbuild, a cache that cannot be written) returns null, and the
 * caller runs the CLI through tsx as before.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

const HERE = fileURLToPath(import.meta.url);
/** The workspace this file belongs to: `<root>/harness/cli/fast/cache.mjs`. */
export const WORKSPACE = path.resolve(path.dirname(HERE), '..', '..', '..');

/** The commands the compiled CLI serves; every other command keeps the tsx path. */
export const FAST_COMMANDS = ['list', 'hint', 'path'];
const FAST_WORDS = new Set([...FAST_COMMANDS, '--help', '-h', 'help', '--version', '-v', 'version']);

/** Whether `argv` (after `kata`) is served by the compiled CLI: a fast command, the root help, the version. */
export function isFastInvocation(argv) {
  return argv.length === 0 || FAST_WORDS.has(argv[0]);
}

/** Packages left to Node's resolution (native binaries, loaders, test runners); all others are bundled. */
const EXTERNAL = ['esbuild', 'tsx', 'vitest', 'vite', 'playwright-core', '@stryker-mutator/*'];

/** Where the builds of the workspace at `root` are cached: one folder per workspace path (copies made by tests share node_modules). */
export function cacheDirOf(root = WORKSPACE) {
  const key = createHash('sha256').update(root).digest('hex').slice(0, 12);
  return path.join(root, 'node_modules', '.cache', 'kata', key);
}

function sha256(content) {
  return createHash('sha256').update(content).digest('hex');
}

/** What a build depends on besides its inputs: this builder, where the workspace is (paths are compiled in), Node's version. */
function contextKey(root) {
  return sha256(`${sha256(readFileSync(HERE))}\n${root}\n${process.version}`);
}

/**
 * A file's stat signature: size, mtime, ctime (which nothing but a write or a rename can set) and
 * inode. Equal signatures mean unchanged content without reading it; a different one is settled by
 * the content hash. A signature taken within a second of the file's last change is not kept
 * (null: the file is hashed next time), so a write in the same timestamp tick cannot go unseen,
 * the rule git uses for racily clean files.
 */
function signatureOf(file) {
  const s = statSync(file, { throwIfNoEntry: false });
  if (!s) return 'missing';
  return `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}
function settledSignature(file) {
  const s = statSync(file, { throwIfNoEntry: false });
  if (!s) return 'missing';
  return Date.now() - Math.max(s.mtimeMs, s.ctimeMs) < 1000 ? null : `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;
}
function contentHash(file) {
  try {
    return sha256(readFileSync(file));
  } catch {
    return 'missing';
  }
}
/** `{ sha, sig }` of each file, as recorded in cli.json (`seen`: those already read, fingerprinted as they were read). */
function fingerprints(base, names, seen = new Map()) {
  return Object.fromEntries(names.map((name) => {
    if (seen.has(name)) return [name, seen.get(name)];
    const file = path.join(base, name);
    return [name, { sig: settledSignature(file), sha: contentHash(file) }];
  }));
}

/**
 * Whether every recorded file still has its recorded content: by signature when it matches, else
 * by content hash. Signatures newly settled are written back to `record` (and `changed` set).
 */
function unchanged(base, recorded, note) {
  if (!recorded || typeof recorded !== 'object') return false;
  for (const [name, was] of Object.entries(recorded)) {
    const file = path.join(base, name);
    const sig = signatureOf(file);
    if (was.sig !== null && was.sig === sig) continue;
    if (contentHash(file) !== was.sha) return false;
    const settled = settledSignature(file);
    if (settled !== was.sig) {
      was.sig = settled;
      note();
    }
  }
  return true;
}

function writeAtomic(file, content) {
  const temp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/** The build recorded in `cli.json`, when its inputs and its files are all unchanged; else null. */
function currentBuild(root, dir) {
  let record;
  try {
    record = JSON.parse(readFileSync(path.join(dir, 'cli.json'), 'utf8'));
  } catch {
    return null;
  }
  if (!record || typeof record.dir !== 'string' || record.context !== contextKey(root)) return null;
  const buildDir = path.join(dir, record.dir);
  let settled = false;
  const note = () => { settled = true; };
  if (!unchanged(root, record.inputs, note) || !unchanged(buildDir, record.outputs, note)) return null;
  if (settled) {
    try {
      writeAtomic(path.join(dir, 'cli.json'), `${JSON.stringify(record, null, 1)}\n`);
    } catch {
      // Read-only cache: the files are hashed again next time.
    }
  }
  return path.join(buildDir, 'entry.cjs');
}

/**
 * esbuild plugin: every TypeScript file of the harness keeps the `import.meta.url` of its source
 * file, so paths derived from it (base/paths.ts ROOT, the engine's child scripts, the kit resolve
 * hook) stay what they are under tsx, and its `import.meta.resolve('…')` resolves to what it would
 * there (the build refuses any other use of import.meta: see `build`); and the commands that are not fast compile to a module that
 * says so, instead of pulling Vitest and the engine into the build.
 */
function harnessPlugin(root, esbuild, seen) {
  const harness = path.join(root, 'harness') + path.sep;
  const fast = new Set(FAST_COMMANDS);
  const lazyFunctions = Object.keys(esbuild).filter((key) => typeof esbuild[key] === 'function' && /^[a-z]\w*$/i.test(key));
  return {
    name: 'kata-fast-cli',
    setup(build) {
      // esbuild's API costs over 100 ms to import and the fast commands never call it
      // (impl/impl.ts imports it at the top): each function loads it on its first call instead.
      build.onResolve({ filter: /^esbuild$/ }, (args) => (args.importer.startsWith(harness) ? { path: args.importer, namespace: 'kata-lazy-esbuild' } : undefined));
      build.onLoad({ filter: /.*/, namespace: 'kata-lazy-esbuild' }, (args) => ({
        contents: [
          "import { createRequire } from 'node:module';",
          `let api; const load = () => (api ??= createRequire(${JSON.stringify(pathToFileURL(args.path).href)})('esbuild'));`,
          ...lazyFunctions.map((key) => `export function ${key}(...args) { return load().${key}(...args); }`),
        ].join('\n'),
        loader: 'js',
      }));
      build.onResolve({ filter: /^\.\/commands\/[a-z-]+\.ts$/ }, (args) => {
        const name = path.basename(args.path, '.ts');
        if (fast.has(name) || args.importer !== path.join(harness, 'cli', 'registry.ts')) return undefined;
        return { path: name, namespace: 'kata-not-fast' };
      });
      build.onLoad({ filter: /.*/, namespace: 'kata-not-fast' }, (args) => ({
        contents: `throw new Error(${JSON.stringify(`\`kata ${args.path}\` is not in the compiled CLI (harness/cli/fast/cache.mjs FAST_COMMANDS): bin/kata.mjs should have run it through tsx.`)});`,
        loader: 'js',
      }));
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(harness)) return undefined;
        const sig = settledSignature(args.path);
        const source = readFileSync(args.path, 'utf8');
        seen.set(path.relative(root, args.path), { sig, sha: sha256(source) });
        const url = pathToFileURL(args.path).href;
        const contents = source
          .replaceAll('import.meta.url', JSON.stringify(url))
          // import.meta.resolve('tsx'): resolved now, as Node would from the source file (a bare
          // name resolves the same from anywhere in the workspace: the same node_modules).
          .replace(/import\.meta\.resolve\(\s*(['"])([^'"]+)\1\s*\)/g, (_, _quote, spec) =>
            JSON.stringify(spec.startsWith('.') || spec.startsWith('/') ? new URL(spec, url).href : import.meta.resolve(spec)));
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** Compiles the fast CLI into `dir`, records it in `cli.json`, and returns its entry file. */
async function build(root, dir) {
  const esbuild = await import('esbuild');
  const seen = new Map();
  const result = await esbuild.build({
    entryPoints: { entry: path.join(root, 'harness', 'cli', 'fast', 'entry.ts') },
    absWorkingDir: root,
    bundle: true,
    // One CommonJS file run as a vm.Script, so V8's compiled code can be cached beside it (Node 20
    // has no module compile cache); the registry's lazy imports stay lazy inside it.
    format: 'cjs',
    platform: 'node',
    target: `node${process.versions.node}`,
    outdir: 'out',
    outExtension: { '.js': '.cjs' },
    external: EXTERNAL,
    minify: true,
    keepNames: true,
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [harnessPlugin(root, esbuild, seen)],
  });
  // A bundled package reading import.meta (empty in CommonJS) would run wrong: refuse, and use tsx.
  const metaWarning = result.warnings.find((w) => w.id === 'empty-import-meta');
  if (metaWarning) throw new Error(`esbuild: ${metaWarning.text} (${metaWarning.location?.file})`);
  // Inputs: the harness files, and the package.json of every bundled package (its version); plus
  // package.json (its `imports` resolve #kit), tsconfig.json (esbuild reads its compiler options)
  // and the lock file, so an install that changes any package, bundled or not, rebuilds.
  const inputs = new Set(['package.json', 'package-lock.json', 'tsconfig.json']);
  for (const input of Object.keys(result.metafile.inputs)) {
    if (input.includes(':')) continue; // the not-fast stand-ins
    const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
    inputs.add(match ? `${match[1]}/package.json` : input);
  }
  const names = {};
  for (const file of result.outputFiles) names[path.relative(path.join(root, 'out'), file.path)] = sha256(file.contents);
  const name = `cli-${sha256(JSON.stringify(names)).slice(0, 16)}`;
  const target = path.join(dir, name);

  mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.tmp-${name}-${process.pid}-${Math.random().toString(36).slice(2)}`);
  try {
    for (const file of result.outputFiles) {
      const out = path.join(temp, path.relative(path.join(root, 'out'), file.path));
      mkdirSync(path.dirname(out), { recursive: true });
      writeFileSync(out, file.contents);
    }
    rmSync(target, { recursive: true, force: true }); // a damaged copy of this same build
    renameSync(temp, target);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    // Another process put the same build there first: it is checked below like any other.
    if (!['ENOTEMPTY', 'EEXIST'].includes(error.code)) throw error;
  }
  const record = { context: contextKey(root), dir: name, inputs: fingerprints(root, [...inputs].sort(), seen), outputs: fingerprints(target, Object.keys(names).sort()) };
  const damaged = Object.entries(names).find(([file, digest]) => record.outputs[file].sha !== digest);
  if (damaged) throw new Error(`${path.join(target, damaged[0])} does not hold what was compiled`);
  writeAtomic(path.join(dir, 'cli.json'), `${JSON.stringify(record, null, 1)}\n`);
  for (const entry of readdirSync(dir)) {
    if (entry.startsWith('cli-') && entry !== name) rmSync(path.join(dir, entry), { recursive: true, force: true });
  }
  return path.join(target, 'entry.cjs');
}

/** V8's code cache of `entry`, beside it, prefixed with its SHA-256: anything else reads as no cache. */
function readCodeCache(file) {
  try {
    const data = readFileSync(file);
    const body = data.subarray(32);
    return createHash('sha256').update(body).digest().equals(data.subarray(0, 32)) ? body : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which code cache a run uses: one per command, since V8 caches only the functions a run compiled,
 * and a cache made by `kata --version` would leave out everything `kata list` needs.
 */
function codeCacheName(argv) {
  const [word] = argv;
  if (word === undefined || word === '-h' || word === '--help') return 'help';
  if (word === '-v' || word === '--version') return 'version';
  return FAST_WORDS.has(word) ? word : 'other';
}

/** Runs the compiled CLI file `entry` as a script, with V8's cached code for `argv` when there is a valid one. */
function loadScript(entry, argv) {
  const cacheFile = `${entry}.${codeCacheName(argv)}.v8-cache`;
  const cachedData = readCodeCache(cacheFile);
  const source = readFileSync(entry, 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: entry, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(entry), module, entry, path.dirname(entry));
  const saveCodeCache = () => {
    if (cachedData && !script.cachedDataRejected) return;
    try {
      const data = script.createCachedData();
      writeAtomic(cacheFile, Buffer.concat([createHash('sha256').update(data).digest(), data]));
    } catch {
      // Unwritable: compiled again next time.
    }
  };
  return { cli: module.exports, saveCodeCache };
}

/** This module's own `import()`, for the compiled CLI (a script has none): meta.ts files, tsx. */
const importModule = (specifier) => import(specifier);

/**
 * The compiled CLI, `{ run(argv) → exit code }`, built first when there is no current build; null
 * when it cannot be had, and the caller falls back to tsx. `KATA_DEBUG_FAST=1` says why on stderr.
 * After a run, V8's compiled code is kept for the next one when there was none yet.
 */
export async function loadFastCli(argv, root = WORKSPACE) {
  const dir = cacheDirOf(root);
  try {
    const entry = currentBuild(root, dir) ?? (await build(root, dir));
    const { cli, saveCodeCache } = loadScript(entry, argv);
    return {
      async run(argv) {
        const code = await cli.run(argv, importModule);
        saveCodeCache();
        return code;
      },
    };
  } catch (error) {
    if (process.env.KATA_DEBUG_FAST) process.stderr.write(`kata: compiled CLI unavailable, using tsx: ${error?.stack ?? error}\n`);
    return null;
  }
}
