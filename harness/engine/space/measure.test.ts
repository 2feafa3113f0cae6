/**
 * The space method on synthetic functions of known space (synthetic.ts), measured in a process
 * started with SPACE_NODE_FLAGS, then judged: verdicts, never absolute byte counts.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SPACE_NODE_FLAGS, type SpaceMeasurement } from './measure.ts';
import { judgeSpace } from './verdict.ts';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'synthetic.ts');
const PAIRS = [
  { learner: 'linearKept', reference: 'constant' },
  { learner: 'linearPrealloc', reference: 'constant' },
  { learner: 'constant', reference: 'constant' },
  { learner: 'linearKept', reference: 'linearPrealloc' },
  { learner: 'result', reference: 'constant' },
  { learner: 'garbage', reference: 'constant' },
  { learner: 'typed', reference: 'constant' },
  { learner: 'typedGarbage', reference: 'constant' },
];
let measured: SpaceMeasurement[] = [];
const verdictOf = (learner: string, reference: string) => {
  const i = PAIRS.findIndex((p) => p.learner === learner && p.reference === reference);
  return judgeSpace(measured[i]!, { class: '1' });
};
/** The figures behind a verdict, KiB per size (learner/reference), for a failure's message. */
const figures = (learner: string, reference: string) => {
  const m = measured[PAIRS.findIndex((p) => p.learner === learner && p.reference === reference)]!;
  return `${learner} vs ${reference}: ${m.points.map((p) => `${p.n}: ${Math.round(p.learner! / 1024)}/${Math.round(p.reference! / 1024)} KiB`).join(', ')}`;
};
const expectKind = (learner: string, reference: string, kind: string) => expect(verdictOf(learner, reference).kind, figures(learner, reference)).toBe(kind);

describe('space measurement on synthetic functions', () => {
  beforeAll(() => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', ...SPACE_NODE_FLAGS, SCRIPT, JSON.stringify(PAIRS)], { encoding: 'utf8', timeout: 170_000 });
    measured = JSON.parse(out) as SpaceMeasurement[];
  }, 180_000);

  it('flags an O(n) array kept during the call against O(1), built by push or at once', () => {
    expectKind('linearKept', 'constant', 'regression');
    expectKind('linearPrealloc', 'constant', 'regression');
  });
  it('passes O(1) against O(1), and O(n) against O(n)', () => {
    expectKind('constant', 'constant', 'ok');
    expectKind('linearKept', 'linearPrealloc', 'ok');
  });
  it('does not count an O(n) result', () => {
    expectKind('result', 'constant', 'ok');
  });
  it('does not count short-lived garbage', () => {
    expectKind('garbage', 'constant', 'ok');
  });
  it('known limit: typed arrays dropped during the call count until a GC frees them', () => {
    // Their bytes are external: a scavenge comes with JS-heap allocation, and 256-element typed
    // arrays allocate almost none, so no GC frees them before the call ends (measure.ts, finding 5).
    expectKind('typedGarbage', 'constant', 'regression');
  });
  it('counts typed arrays', () => {
    expectKind('typed', 'constant', 'regression');
  });
});
