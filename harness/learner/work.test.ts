/** The learner's own files in work/: created from the stub, kept apart, compared with what upstream ships. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resetKata } from './reset.ts';
import { isUntouched, oldLayoutEdits, openWork, refreshUntouched, upstreamChanges, type WorkPlaces } from './work.ts';

const STUB = "import { NotImplemented } from '#kit';\nexport function twoSum(): null {\n  throw new NotImplemented('twoSum');\n}\n";
const SOLVED = 'export function twoSum(): null {\n  return null;\n}\n';

let places: WorkPlaces;
let kataDir: string;
beforeEach(() => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'kata-work-'));
  places = { root, katas: path.join(root, 'katas'), work: path.join(root, 'work'), state: path.join(root, '.kata') };
  kataDir = path.join(places.katas, 'hashmap', 'two-sum');
  mkdirSync(kataDir, { recursive: true });
  writeFileSync(path.join(kataDir, 'two-sum.ts'), STUB);
  writeFileSync(path.join(kataDir, 'two-sum.test.ts'), 'test file v1\n');
  writeFileSync(path.join(kataDir, 'README.md'), '# Two Sum v1\n');
});
afterEach(() => rmSync(places.root, { recursive: true, force: true }));

const mine = () => path.join(places.work, 'hashmap', 'two-sum', 'two-sum.ts');

describe('openWork', () => {
  it('creates the learner’s file from the shipped stub once, and never again', () => {
    expect(openWork('hashmap/two-sum', places)).toEqual({ file: mine(), created: 'stub' });
    expect(readFileSync(mine(), 'utf8')).toBe(STUB);
    writeFileSync(mine(), SOLVED);
    expect(openWork('hashmap/two-sum', places)).toEqual({ file: mine(), created: null });
    expect(readFileSync(mine(), 'utf8')).toBe(SOLVED);
  });
  it('takes the learner’s edits of katas/ (the old layout) as their file, and leaves katas/ alone', () => {
    writeFileSync(path.join(kataDir, 'two-sum.ts'), SOLVED);
    expect(oldLayoutEdits('hashmap/two-sum', places)).toBe(SOLVED);
    expect(openWork('hashmap/two-sum', places).created).toBe('old-layout');
    expect(readFileSync(mine(), 'utf8')).toBe(SOLVED);
    expect(readFileSync(path.join(kataDir, 'two-sum.ts'), 'utf8')).toBe(SOLVED);
  });
});

describe('a half-written attempt in katas/ (the old layout, in a git checkout)', () => {
  it('is the learner’s work, not the stub: restoring katas/ afterwards never overwrites it', () => {
    const git = (...args: string[]) => execFileSync('git', ['-C', places.root, '-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'shipped');
    // Still throws NotImplemented below the learner's first lines.
    const attempt = STUB.replace('  throw', '  const seen = new Map<number, number>();\n  throw');
    writeFileSync(path.join(kataDir, 'two-sum.ts'), attempt);
    expect(openWork('hashmap/two-sum', places).created).toBe('old-layout');
    git('checkout', '-q', '--', 'katas');
    expect(isUntouched('hashmap/two-sum', places)).toBe(false);
    expect(refreshUntouched('hashmap/two-sum', places)).toBe(false);
    expect(readFileSync(mine(), 'utf8')).toBe(attempt);
    expect(upstreamChanges('hashmap/two-sum', places)).toEqual([]);
  });
});

describe('what changed upstream', () => {
  it('names the parts that changed since the file was started, and nothing before', () => {
    openWork('hashmap/two-sum', places);
    expect(upstreamChanges('hashmap/two-sum', places)).toEqual([]);
    appendFileSync(path.join(kataDir, 'README.md'), 'a new example\n');
    writeFileSync(path.join(kataDir, 'two-sum.ts'), STUB.replace('twoSum()', 'twoSum(nums: number[])'));
    expect(upstreamChanges('hashmap/two-sum', places)).toEqual(['README', 'stub']);
  });
  it('gives a file the learner never edited the new stub, and leaves an edited one byte for byte', () => {
    openWork('hashmap/two-sum', places);
    const newStub = STUB.replace('twoSum()', 'twoSum(nums: number[])');
    writeFileSync(path.join(kataDir, 'two-sum.ts'), newStub);
    expect(isUntouched('hashmap/two-sum', places)).toBe(true);
    expect(refreshUntouched('hashmap/two-sum', places)).toBe(true);
    expect(readFileSync(mine(), 'utf8')).toBe(newStub);
    expect(upstreamChanges('hashmap/two-sum', places)).toEqual([]);

    writeFileSync(mine(), SOLVED);
    writeFileSync(path.join(kataDir, 'two-sum.test.ts'), 'test file v2\n');
    expect(refreshUntouched('hashmap/two-sum', places)).toBe(false);
    expect(readFileSync(mine(), 'utf8')).toBe(SOLVED);
    expect(upstreamChanges('hashmap/two-sum', places)).toEqual(['tests']);
  });
});

describe('resetKata', () => {
  it('backs up a half-written attempt that still throws, then gives the file the shipped stub', () => {
    openWork('hashmap/two-sum', places);
    const attempt = STUB.replace('  throw', '  const seen = new Map();\n  throw');
    writeFileSync(mine(), attempt);
    const result = resetKata('hashmap/two-sum', new Date('2026-12-07T10:00:00Z'), places);
    expect(result.stub).toBe(mine());
    expect(readFileSync(mine(), 'utf8')).toBe(STUB);
    expect(result.backup).not.toBeNull();
    expect(readFileSync(result.backup!, 'utf8')).toBe(attempt);
    expect(result.backup!.startsWith(path.join(places.state, 'backups', 'hashmap', 'two-sum'))).toBe(true);
  });
  it('after an upstream change, takes the new stub and no longer reports the kata as changed', () => {
    openWork('hashmap/two-sum', places);
    writeFileSync(mine(), SOLVED);
    const newStub = STUB.replace('twoSum()', 'twoSum(nums: number[])');
    writeFileSync(path.join(kataDir, 'two-sum.ts'), newStub);
    expect(upstreamChanges('hashmap/two-sum', places)).toEqual(['stub']);
    resetKata('hashmap/two-sum', new Date(), places);
    expect(readFileSync(mine(), 'utf8')).toBe(newStub);
    expect(upstreamChanges('hashmap/two-sum', places)).toEqual([]);
  });
  it('creates the file when the learner never opened the kata, with nothing to back up', () => {
    const result = resetKata('hashmap/two-sum', new Date(), places);
    expect(result.backup).toBeNull();
    expect(existsSync(mine())).toBe(true);
  });
});
