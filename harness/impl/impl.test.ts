import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATAS_DIR, ROOT, WORK_DIR } from '../base/paths.ts';
import { implFile, implPlugin, kataIdOfContentFile, parseImpl, TARGET_QUERY } from './impl.ts';

describe('parseImpl', () => {
  it('knows the keywords learner, reference and brute', () => {
    expect(parseImpl(undefined)).toEqual({ kind: 'learner' });
    expect(parseImpl('reference')).toEqual({ kind: 'reference' });
    expect(parseImpl('brute')).toEqual({ kind: 'brute' });
  });
  it('takes a directory laid out like katas/, and katas/ itself means the learner', () => {
    expect(parseImpl('solutions', ROOT)).toEqual({ kind: 'dir', dir: path.join(ROOT, 'solutions') });
    expect(parseImpl('katas', ROOT)).toEqual({ kind: 'learner' });
  });
  it('takes a player repository as it is: katas at its root (kata init), in work/ (laid out like this workspace) or in katas/ (earlier releases)', () => {
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'kata-player-'));
    try {
      const initMade = path.join(tmp, 'init-made');
      mkdirSync(path.join(initMade, 'hashmap', 'two-sum'), { recursive: true });
      mkdirSync(path.join(initMade, 'katas')); // a folder of their own that happens to be called katas
      expect(parseImpl(initMade)).toEqual({ kind: 'dir', dir: initMade });
      const forkLike = path.join(tmp, 'fork-like');
      mkdirSync(path.join(forkLike, 'katas', 'hashmap', 'two-sum'), { recursive: true });
      mkdirSync(path.join(forkLike, 'harness'));
      expect(parseImpl(forkLike)).toEqual({ kind: 'dir', dir: path.join(forkLike, 'katas') });
      expect(parseImpl(path.join(forkLike, 'katas'))).toEqual({ kind: 'dir', dir: path.join(forkLike, 'katas') });
      // Solutions committed in work/ beside the shipped stubs in katas/: work/ is what the player wrote.
      mkdirSync(path.join(forkLike, 'work', 'hashmap', 'two-sum'), { recursive: true });
      expect(parseImpl(forkLike)).toEqual({ kind: 'dir', dir: path.join(forkLike, 'work') });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
  it('rejects a missing directory with a message naming it and the accepted forms', () => {
    expect(() => parseImpl('no-such-dir', ROOT)).toThrow(/--impl `no-such-dir` is neither a directory nor a \.ts file.*Pass `reference`, `brute`/);
  });
});

describe('implFile and kataIdOfContentFile', () => {
  it('maps each target to the file that plays the stub', () => {
    expect(implFile({ kind: 'reference' }, 'hashmap/two-sum')).toBe(path.join(ROOT, 'solutions/hashmap/two-sum/two-sum.ts'));
    expect(implFile({ kind: 'brute' }, 'hashmap/two-sum')).toBe(path.join(ROOT, 'solutions/hashmap/two-sum/two-sum.brute.ts'));
    expect(implFile({ kind: 'dir', dir: '/x' }, 'hashmap/two-sum')).toBe('/x/hashmap/two-sum/two-sum.ts');
  });
  it('recognises only a kata\'s own test and bench files as importers to redirect', () => {
    expect(kataIdOfContentFile(path.join(KATAS_DIR, 'hashmap/two-sum/two-sum.test.ts'))).toBe('hashmap/two-sum');
    expect(kataIdOfContentFile(path.join(KATAS_DIR, 'hashmap/two-sum/two-sum.bench.ts?v=1'))).toBe('hashmap/two-sum');
    expect(kataIdOfContentFile(path.join(KATAS_DIR, 'hashmap/two-sum/two-sum.ts'))).toBeNull();
    expect(kataIdOfContentFile(path.join(KATAS_DIR, 'hashmap/two-sum/meta.ts'))).toBeNull();
    expect(kataIdOfContentFile(path.join(ROOT, 'solutions/hashmap/two-sum/two-sum.test.ts'))).toBeNull();
  });
  it('recognises the learner\'s own tests of a kata (kata hack) beside their solution in work/, and nothing else there', () => {
    expect(kataIdOfContentFile(path.join(ROOT, 'work/hashmap/two-sum/two-sum.hack.test.ts'))).toBe('hashmap/two-sum');
    expect(kataIdOfContentFile(path.join(ROOT, 'work/hashmap/two-sum/two-sum.test.ts'))).toBeNull();
    expect(kataIdOfContentFile(path.join(ROOT, 'work/hashmap/two-sum/other.hack.test.ts'))).toBeNull();
    expect(kataIdOfContentFile(path.join(KATAS_DIR, 'hashmap/two-sum/two-sum.hack.test.ts'))).toBeNull();
  });
});

describe('implPlugin with several targets (kata hack)', () => {
  const mutant = path.join(ROOT, 'solutions/hashmap/two-sum/mutants/off-by-one-inner-loop.ts');
  const plugin = implPlugin({ kind: 'reference' }, [{ kind: 'reference' }, { kind: 'files', label: 'mutant', files: { 'hashmap/two-sum': mutant } }]);
  const resolve = (source: string, importer: string) => (plugin.resolveId as (source: string, importer: string) => string | null)(source, importer);
  const dir = path.join(WORK_DIR, 'hashmap/two-sum');
  const hackFile = path.join(dir, 'two-sum.hack.test.ts');

  it('points the solution import of each load of the learner\'s test file at its own target', () => {
    expect(resolve('./two-sum.ts', `${hackFile}?${TARGET_QUERY}=1`)).toBe(mutant);
    expect(resolve('./two-sum.ts', `${hackFile}?${TARGET_QUERY}=0`)).toBe(path.join(ROOT, 'solutions/hashmap/two-sum/two-sum.ts'));
  });
  it('loads the learner\'s helpers beside it once per target too, and their solution import follows', () => {
    expect(resolve('./helpers.ts', `${hackFile}?${TARGET_QUERY}=1`)).toBe(`${path.join(dir, 'helpers.ts')}?${TARGET_QUERY}=1`);
    expect(resolve('./two-sum.ts', `${path.join(dir, 'helpers.ts')}?${TARGET_QUERY}=1`)).toBe(mutant);
    expect(resolve('../other/x.ts', `${hackFile}?${TARGET_QUERY}=1`)).toBeNull();
  });
  it('leaves a load without the query to the plain target', () => {
    expect(resolve('./helpers.ts', hackFile)).toBeNull();
    expect(resolve('./two-sum.ts', path.join(dir, 'helpers.ts'))).toBeNull();
  });
});
