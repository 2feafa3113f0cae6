/** The space rule on synthetic series of known growth (pure: no measuring). */
import { describe, expect, it } from 'vitest';
import { combineSpacePasses, judgeSpace, SPACE_RULE, type SpaceVerdict } from './verdict.ts';
import type { SpaceMeasurement } from './measure.ts';

const ns = [64, 128, 256, 512, 1024].map((k) => k * 1024);
function series(learner: (n: number) => number, reference: (n: number) => number): SpaceMeasurement {
  return { family: 'synthetic', seed: 1, elapsedMs: 0, points: ns.map((n) => ({ n, learner: learner(n), reference: reference(n), calls: { learner: [], reference: [] } })) };
}
const noise = (n: number) => ((n * 7919) % 300) * 1024; // up to 300 KiB of noise, below the floor
const constant = (n: number) => noise(n);
const linear = (n: number) => 8 * n + noise(n);
const quadraticSides = (n: number) => 8 * (n / 1024) ** 2 * 4 + noise(n);

describe('judgeSpace', () => {
  it('flags O(n) extra memory against an O(1) reference', () => {
    const v = judgeSpace(series(linear, constant), { class: '1', advice: 'keep a running sum' });
    expect(v.kind).toBe('regression');
    expect(v.learner.label).toBe('O(n)');
    expect(v.text).toContain('keep a running sum');
  });
  it('passes O(n) against O(n)', () => {
    expect(judgeSpace(series(linear, (n) => 6 * n), { class: 'n' }).kind).toBe('ok');
  });
  it('passes O(1) against O(1) with noise up to the floor', () => {
    expect(judgeSpace(series(constant, (n) => SPACE_RULE.floorBytes - noise(n)), { class: '1' }).kind).toBe('ok');
  });
  it('flags O(n²) against O(n), and the reference meets an O(n) target', () => {
    const v = judgeSpace(series(quadraticSides, (n) => n / 2), { class: 'n' });
    expect(v.kind).toBe('regression');
    expect(v.referenceMeetsTarget).toBe(true);
  });
  it('does not flag growth that stays small in absolute terms', () => {
    expect(judgeSpace(series((n) => n, constant), { class: '1' }).kind).not.toBe('regression');
  });
  it('is inconclusive on too few sizes', () => {
    const m = series(linear, constant);
    expect(judgeSpace({ ...m, points: m.points.slice(0, 2) }, null).kind).toBe('inconclusive');
  });
});

describe('combineSpacePasses', () => {
  const v = (kind: SpaceVerdict['kind']) => ({ kind, text: kind, reasons: [] }) as unknown as SpaceVerdict;
  it('needs a second pass for a regression, settles an ok at once', () => {
    expect(combineSpacePasses([v('regression')])).toBe('again');
    expect(combineSpacePasses([v('ok')])).toMatchObject({ verdict: { kind: 'ok' }, confirmed: false });
    expect(combineSpacePasses([v('regression'), v('regression')])).toMatchObject({ verdict: { kind: 'regression' }, confirmed: true });
    expect(combineSpacePasses([v('regression'), v('ok')])).toBe('again');
    expect(combineSpacePasses([v('regression'), v('ok'), v('ok')])).toMatchObject({ verdict: { kind: 'inconclusive' } });
  });
});
