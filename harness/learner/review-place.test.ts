/** A review in progress follows the workspace: a state file written where the workspace used to be never sends the re-solve elsewhere. */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewFile } from '../base/paths.ts';
import { loadState, stateFile, STATE_VERSION } from '../state/store.ts';
import { startReview } from './review.ts';
import type { WorkPlaces } from './work.ts';

const STUB = "import { NotImplemented } from '#kit';\nexport function twoSum(): null {\n  throw new NotImplemented('twoSum');\n}\n";
const T0 = '2026-12-01T10:00:00.000Z';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('startReview', () => {
  it('moves an attempt whose scratch file lay under an old workspace path to this workspace, and keeps the learner’s progress there', async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'kata-review-place-'));
    const places: WorkPlaces = { root, katas: path.join(root, 'katas'), work: path.join(root, 'work'), state: path.join(root, '.kata') };
    mkdirSync(path.join(places.katas, 'hashmap', 'two-sum'), { recursive: true });
    writeFileSync(path.join(places.katas, 'hashmap', 'two-sum', 'two-sum.ts'), STUB);
    const history = [{ at: T0, status: 'passing', passed: 9, failed: 0 }];
    const attempt = { startedAt: T0, file: '/somewhere/else/work/.review/hashmap/two-sum/two-sum.ts', failedChecks: 0, hints: 0, solutionSeen: false };
    mkdirSync(places.state, { recursive: true });
    writeFileSync(stateFile(places.state), JSON.stringify({ version: STATE_VERSION, katas: { 'hashmap/two-sum': { status: 'passing', hintsShown: 0, history, review: { attempt } } } }));

    const here = reviewFile('hashmap/two-sum', places.work);
    const first = await startReview('hashmap/two-sum', new Date(T0), places);
    expect(first.file).toBe(here);
    expect(readFileSync(here, 'utf8')).toBe(STUB);
    expect(loadState(stateFile(places.state)).state.katas['hashmap/two-sum']!.review!.attempt!.file).toBe(here);

    const progress = STUB.replace('  throw', '  const seen = new Map();\n  throw');
    writeFileSync(here, progress);
    const again = await startReview('hashmap/two-sum', new Date(T0), places);
    expect(again).toMatchObject({ file: here, started: false, backup: null });
    expect(readFileSync(here, 'utf8')).toBe(progress);
    expect(existsSync(path.join(places.state, 'backups'))).toBe(false);
  });
});
