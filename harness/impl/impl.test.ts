import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KATAS_DIR, ROOT } from '../base/paths.ts';
import { implFile, kataIdOfContentFile, parseImpl } from './impl.ts';

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
  it('takes a player repository as it is: katas at its root (kata init) or in katas/ (laid out like this workspace)', () => {
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
});
