/**
 * The `--json` outputs: one object each, `schema` and `version` at the top, refused by their zod
 * schema when a pinned field is missing or of the wrong type, and the published JSON Schema (read
 * by Ajv, not by zod) agrees on outputs the commands really print.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { JSON_OUTPUT_VERSION, JSON_OUTPUTS, jsonOutput, type JsonKind } from './json-output.ts';
import { JSON_SCHEMA_FILE, jsonSchemaText } from './write-json-schema.ts';

/** One payload per kind, shaped as its command builds it. */
const SAMPLES: Record<JsonKind, object> = {
  check: { id: 'hashmap/two-sum', impl: 'learner', seed: 7, status: 'failing', passed: 9, failed: 2, failures: [{ test: 'examples > a', name: 'a', message: 'expected 1 to be 2', notImplemented: false }], loadErrors: [], replays: [{ test: 'p', command: 'npx kata check two-sum --seed 7' }], complexity: null, space: null, regression: null, scheduled: null },
  bench: { id: 'hashmap/two-sum', side: 'learner', error: 'threw at n = 4 096' },
  tinybench: { id: 'hashmap/two-sum', n: 1024, seed: 3, rows: [{ name: 'yours', opsPerSecond: 10 }] },
  list: { katas: [{ id: 'hashmap/two-sum', pattern: 'hashmap', status: 'passing', title: 'Two Sum' }] },
  review: { action: 'plan', now: '2026-12-07T10:00:00.000Z', katas: [], patterns: [] },
  hack: { killed: 5, total: 7, survivors: ['off-by-one'], rejectsCorrect: [] },
  interview: { action: 'hint', shown: 1, total: 3, text: 'a map' },
};

const ajv = new Ajv2020({ strict: false });
const published = JSON.parse(readFileSync(JSON_SCHEMA_FILE, 'utf8')) as object;
const validate = ajv.compile(published);

describe('--json outputs', () => {
  it('publishes the JSON Schema generated from the zod schemas (run `npm run schema` after changing them)', () => {
    expect(readFileSync(JSON_SCHEMA_FILE, 'utf8')).toBe(jsonSchemaText());
  });
  for (const kind of Object.keys(JSON_OUTPUTS) as JsonKind[]) {
    it(`${kind}: one object with schema kata-${kind} and the version first, valid for the published schema`, () => {
      const printed = JSON.parse(jsonOutput(kind, SAMPLES[kind])) as Record<string, unknown>;
      expect(Object.keys(printed).slice(0, 2)).toEqual(['schema', 'version']);
      expect(printed).toMatchObject({ schema: `kata-${kind}`, version: JSON_OUTPUT_VERSION });
      expect(validate(printed), JSON.stringify(validate.errors)).toBe(true);
      // Another kind's envelope is refused by the published schema too.
      const other = kind === 'hack' ? 'list' : 'hack';
      expect(validate({ ...printed, schema: `kata-${other}` })).toBe(false);
    });
  }
  it('refuses to print an output whose pinned fields are missing or of the wrong type', () => {
    expect(() => jsonOutput('list', { katas: 'all of them' })).toThrow(/kata list --json: the output does not match its published schema: katas/);
    expect(() => jsonOutput('hack', { killed: 5, total: 7, survivors: ['x'] })).toThrow(/rejectsCorrect/);
    expect(() => jsonOutput('review', { action: 'guessed' })).toThrow(/action/);
    expect(validate({ schema: 'kata-list', version: 2, katas: [] })).toBe(false);
  });
});
