/**
 * Every state file the project ever wrote loads in this version: one fixture per shape written
 * (harness/state/fixtures/, named by the date and commit of the release that wrote it, see
 * migrate.ts), and a file with parts this version cannot read keeps everything else.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadState, MIGRATIONS, STATE_VERSION, stateSchema, updateState, upgrade, type Migration } from './store.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');

function tempFile(): string {
  return path.join(mkdtempSync(path.join(os.tmpdir(), 'kata-state-')), 'state.json');
}

/** A fixture copied to a temporary state file (the loader may move a file aside: never the fixture itself). */
function copyOf(fixture: string): string {
  const file = tempFile();
  copyFileSync(path.join(FIXTURES, fixture), file);
  return file;
}

interface Expected {
  status: string;
  hints: number;
  history: number;
  /** The verdict of the latest history entry with a time verdict; null when none has one. */
  verdict: string | null;
  /** The measurement's kind and number of sizes; null when the kata has none. */
  measurement: { kind: string; sizes: number } | null;
}

/** Worked out by hand from each fixture file. */
const EXPECTED: Record<string, Record<string, Expected>> = {
  'state-2026-11-22-3fe2e8f.json': {
    'hashmap/two-sum': { status: 'passing', hints: 2, history: 3, verdict: null, measurement: null },
  },
  'state-2026-11-22-b3385a2.json': {
    'hashmap/two-sum': { status: 'passing', hints: 2, history: 4, verdict: 'ok', measurement: null },
    'stack/valid-brackets': { status: 'failing', hints: 1, history: 2, verdict: null, measurement: null },
    'backtracking/subsets': { status: 'passing', hints: 0, history: 2, verdict: 'inconclusive', measurement: null },
    'heap/top-k-largest': { status: 'not-started', hints: 2, history: 0, verdict: null, measurement: null },
  },
  'state-2026-11-22-07ca354.json': {
    'hashmap/two-sum': { status: 'passing', hints: 3, history: 3, verdict: 'ok', measurement: { kind: 'doubling', sizes: 7 } },
    'hashmap/pair-sums': { status: 'passing', hints: 1, history: 1, verdict: 'regression', measurement: { kind: 'doubling', sizes: 7 } },
    'backtracking/subsets': { status: 'passing', hints: 0, history: 2, verdict: 'error', measurement: { kind: 'linear', sizes: 5 } },
    'stack/valid-brackets': { status: 'failing', hints: 2, history: 1, verdict: null, measurement: null },
    'design/lru-cache': { status: 'not-started', hints: 1, history: 0, verdict: null, measurement: null },
  },
};

describe('state files of every release', () => {
  it('has an expectation for every fixture', () => {
    expect(readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s loads whole, without a warning', (fixture) => {
    const file = copyOf(fixture);
    const loaded = loadState(file, {});
    expect(loaded.warning).toBeUndefined();
    expect(readdirSync(path.dirname(file)), 'nothing moved aside').toEqual(['state.json']);
    expect(stateSchema.safeParse(loaded.state).success, 'valid under the current schema').toBe(true);
    const seen = Object.fromEntries(
      Object.entries(loaded.state.katas).map(([id, k]) => [
        id,
        {
          status: k.status,
          hints: k.hintsShown,
          history: k.history.length,
          verdict: [...k.history].reverse().find((e) => e.complexity)?.complexity?.verdict ?? null,
          measurement: k.measurement ? { kind: k.measurement.kind, sizes: k.measurement.n.length } : null,
        },
      ]),
    );
    expect(seen).toEqual(EXPECTED[fixture]);
  });

  it.each(Object.keys(EXPECTED))('%s is kept as it was by the next update, with no backup needed', async (fixture) => {
    const file = copyOf(fixture);
    await updateState(() => {}, file);
    expect(readdirSync(path.dirname(file))).toEqual(['state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(JSON.parse(readFileSync(path.join(FIXTURES, fixture), 'utf8')));
  });
});

/** The newest fixture with some of its parts replaced. */
function damagedCopy(change: (raw: any) => void): { file: string; original: string } {
  const raw = JSON.parse(readFileSync(path.join(FIXTURES, 'state-2026-11-22-07ca354.json'), 'utf8'));
  change(raw);
  const file = tempFile();
  const original = `${JSON.stringify(raw, null, 2)}\n`;
  writeFileSync(file, original);
  return { file, original };
}

function fixtureKatas(): Record<string, any> {
  return JSON.parse(readFileSync(path.join(FIXTURES, 'state-2026-11-22-07ca354.json'), 'utf8')).katas;
}

describe('a file with parts this version cannot read', () => {
  it('drops only the history entry it cannot read, names the kata and the count, and keeps everything else', () => {
    const { file } = damagedCopy((raw) => {
      raw.katas['hashmap/two-sum'].history[1].complexity.verdict = 'skipped';
    });
    const loaded = loadState(file, {});
    expect(readdirSync(path.dirname(file)), 'not moved aside as damaged').toEqual(['state.json']);
    expect(loaded.warning).toMatch(/hashmap\/two-sum: 1 history entry/);
    const expected = fixtureKatas();
    expected['hashmap/two-sum'].history.splice(1, 1);
    expect(loaded.state.katas).toEqual(expected);
    expect(stateSchema.safeParse(loaded.state).success).toBe(true);
  });

  it('counts several unreadable entries of one kata, and names each kata that lost some', () => {
    const { file } = damagedCopy((raw) => {
      raw.katas['backtracking/subsets'].history[0].passed = -1;
      raw.katas['backtracking/subsets'].history[1] = 'checked';
      raw.katas['stack/valid-brackets'].history[0].at = null;
    });
    const loaded = loadState(file, {});
    expect(loaded.warning).toMatch(/backtracking\/subsets: 2 history entries/);
    expect(loaded.warning).toMatch(/stack\/valid-brackets: 1 history entry/);
    expect(loaded.state.katas['backtracking/subsets']!.history).toEqual([]);
    expect(loaded.state.katas['backtracking/subsets']!.status, 'the kata status is its own field').toBe('passing');
    expect(loaded.state.katas['hashmap/two-sum']).toEqual(fixtureKatas()['hashmap/two-sum']);
  });

  it('gives a stated default for a kata field it cannot read, and drops an unreadable measurement (time or memory)', () => {
    const { file } = damagedCopy((raw) => {
      raw.katas['hashmap/two-sum'].status = 'solved';
      raw.katas['hashmap/pair-sums'].hintsShown = -2;
      raw.katas['backtracking/subsets'].measurement.kind = 'tripling';
      raw.katas['hashmap/pair-sums'].spaceMeasurement = { at: '2026-12-08T01:00:00.000Z', n: [1024], learner: ['1 MiB'], reference: [0], family: 'random' };
      raw.katas['design/lru-cache'] = 'done';
    });
    const loaded = loadState(file, {});
    const katas = loaded.state.katas;
    expect(katas['hashmap/two-sum']!.status, 'the latest check\'s status').toBe('passing');
    expect(katas['hashmap/two-sum']!.history).toHaveLength(3);
    expect(katas['hashmap/pair-sums']!.hintsShown).toBe(0);
    expect(katas['hashmap/pair-sums']!.spaceMeasurement, 'an unreadable memory measurement is dropped').toBeUndefined();
    expect(loaded.warning).toContain('hashmap/pair-sums: its memory measurement (left out');
    expect(katas['backtracking/subsets']!.measurement).toBeUndefined();
    expect(katas['backtracking/subsets']!.history).toHaveLength(2);
    expect(katas['design/lru-cache']).toBeUndefined();
    expect(katas['stack/valid-brackets']).toEqual(fixtureKatas()['stack/valid-brackets']);
    for (const id of ['hashmap/two-sum', 'hashmap/pair-sums', 'backtracking/subsets', 'design/lru-cache']) expect(loaded.warning).toContain(id);
    expect(stateSchema.safeParse(loaded.state).success).toBe(true);
  });

  it('keeps the original once, as state.json.v1-backup, before the first rewrite, and never overwrites that backup', async () => {
    const { file, original } = damagedCopy((raw) => {
      raw.katas['hashmap/two-sum'].history[0].failed = 'one';
    });
    const backup = `${file}.v1-backup`;
    expect(loadState(file, {}).warning, 'loading alone writes nothing').toBeDefined();
    expect(existsSync(backup)).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(original);

    const first = await updateState(() => {}, file);
    expect(first.warning).toContain('hashmap/two-sum');
    expect(readFileSync(backup, 'utf8')).toBe(original);
    expect(JSON.parse(readFileSync(file, 'utf8')).katas['hashmap/two-sum'].history).toHaveLength(2);
    expect(loadState(file, {}).warning, 'the rewritten file reads whole').toBeUndefined();

    writeFileSync(file, original.replace('"hintsShown": 3', '"hintsShown": "three"'));
    await updateState(() => {}, file);
    expect(readFileSync(backup, 'utf8'), 'the first backup is never overwritten').toBe(original);
    expect(readdirSync(path.dirname(file)).sort()).toEqual(['state.json', 'state.json.v1-backup']);
  });

  it('reads a file without a version number as version 1, and says so', () => {
    const { file } = damagedCopy((raw) => {
      delete raw.version;
    });
    const loaded = loadState(file, {});
    expect(loaded.state).toEqual({ version: 1, katas: fixtureKatas() });
    expect(loaded.warning).toContain('read as version 1');
    expect(loaded.backup).toBe(`${file}.v1-backup`);
  });

  it('moves a file of a newer version aside, saying so (this version cannot know its shape)', () => {
    const { file } = damagedCopy((raw) => {
      raw.version = STATE_VERSION + 1;
    });
    const loaded = loadState(file, {});
    expect(loaded.state.katas).toEqual({});
    expect(loaded.warning).toContain(`state version ${STATE_VERSION + 1}`);
    expect(readdirSync(path.dirname(file)).some((f) => f.startsWith('state.json.damaged-'))).toBe(true);
  });

  it.each([
    ['not JSON', 'hello'],
    ['JSON but not an object', '[]'],
    ['an object without a katas map', '{"version":1}'],
    ['an object whose katas are not a map', '{"version":1,"katas":[]}'],
  ])('still moves a file that is %s aside as damaged', (_, content) => {
    const file = tempFile();
    writeFileSync(file, content);
    const loaded = loadState(file, {});
    expect(loaded.state.katas).toEqual({});
    const aside = readdirSync(path.dirname(file)).find((f) => f.startsWith('state.json.damaged-'));
    expect(aside).toBeDefined();
    expect(loaded.warning).toContain(aside!);
  });
});

describe('the migrations', () => {
  it('lead from version 1 to the current version, one version at a time', () => {
    let version = 1;
    for (const migration of MIGRATIONS) {
      expect(migration.from).toBe(version);
      expect(migration.to).toBe(version + 1);
      version = migration.to;
    }
    expect(version).toBe(STATE_VERSION);
  });

  it('run in order, from the file\'s own version on', () => {
    const steps: Migration[] = [1, 2, 3].map((from) => ({
      from,
      to: from + 1,
      up: (file) => ({ ...file, steps: [...((file.steps as number[] | undefined) ?? []), from] }),
    }));
    expect(upgrade({ katas: {} }, 2, steps)).toEqual({ katas: {}, steps: [2, 3] });
  });
});
