/** How measuring passes combine into one verdict: a regression needs two passes that see it. */
import { describe, expect, it } from 'vitest';
import { fc, it as prop } from '#kit/testing';
import { combinePasses } from './time-growth.ts';
import type { Verdict, VerdictKind } from './verdict.ts';

const pass = (kind: VerdictKind, text = `${kind} pass`): Verdict =>
  ({ kind, text, reasons: [text], target: 'n', reference: {}, learner: {}, ratio: {}, referenceMeetsTarget: true }) as unknown as Verdict;

function decide(kinds: VerdictKind[], firstOkSettles = true) {
  const result = combinePasses(kinds.map((k, i) => pass(k, `${k} pass ${i + 1}`)), firstOkSettles);
  return result === 'again' ? 'again' : { kind: result.verdict.kind, text: result.verdict.text, confirmed: result.confirmed };
}

describe('combinePasses', () => {
  it('takes a first "ok" as it is, and measures again after anything else', () => {
    expect(decide(['ok'])).toEqual({ kind: 'ok', text: 'ok pass 1', confirmed: false });
    expect(decide(['regression'])).toBe('again');
    expect(decide(['inconclusive'])).toBe('again');
  });
  it('measures again after a first "ok" that its own pass argues against, and then combines as after a regression', () => {
    expect(decide(['ok'], false)).toBe('again');
    expect(decide(['ok', 'ok'], false)).toEqual({ kind: 'ok', text: 'ok pass 2', confirmed: false });
    expect(decide(['ok', 'regression'], false)).toBe('again');
    expect(decide(['ok', 'regression', 'regression'], false)).toMatchObject({ kind: 'regression', confirmed: true });
  });
  it('reports a regression two passes agree on, as confirmed', () => {
    expect(decide(['regression', 'regression'])).toEqual({ kind: 'regression', text: 'regression pass 2', confirmed: true });
  });
  it('gives the second pass’s verdict when neither pass sees a regression (a gap re-measured)', () => {
    expect(decide(['inconclusive', 'ok'])).toEqual({ kind: 'ok', text: 'ok pass 2', confirmed: false });
    expect(decide(['inconclusive', 'inconclusive'])).toMatchObject({ kind: 'inconclusive', confirmed: false });
  });
  it('asks for a third pass when the first two disagree about a regression', () => {
    expect(decide(['regression', 'ok'])).toBe('again');
    expect(decide(['inconclusive', 'regression'])).toBe('again');
  });
  it('lets the third pass decide: a regression in 2 of 3, "ok" when both others were ok, else inconclusive', () => {
    expect(decide(['regression', 'ok', 'regression'])).toEqual({ kind: 'regression', text: 'regression pass 3 (seen in 2 of 3 passes)', confirmed: true });
    expect(decide(['regression', 'ok', 'ok'])).toEqual({ kind: 'ok', text: 'ok pass 3', confirmed: false });
    expect(decide(['inconclusive', 'regression', 'ok'])).toEqual({
      kind: 'inconclusive', text: 'inconclusive: a regression was seen in 1 of 3 passes (regression pass 2)', confirmed: false,
    });
  });
  prop.prop([fc.array(fc.constantFrom<VerdictKind>('ok', 'regression', 'inconclusive'), { minLength: 3, maxLength: 3 }), fc.boolean()])(
    'decides within three passes, and reports a regression exactly when two of the passes taken saw one',
    (kinds, firstOkSettles) => {
      let taken = 1;
      let result = combinePasses(kinds.slice(0, 1).map((k) => pass(k)), firstOkSettles);
      while (result === 'again') {
        taken++;
        expect(taken, 'never more than three passes').toBeLessThanOrEqual(3);
        result = combinePasses(kinds.slice(0, taken).map((k) => pass(k)), firstOkSettles);
      }
      if (!firstOkSettles) expect(taken, 'an unsettled first pass is never the only one').toBeGreaterThan(1);
      const regressions = kinds.slice(0, taken).filter((k) => k === 'regression').length;
      expect(result.verdict.kind === 'regression', `passes ${kinds.slice(0, taken).join(', ')}`).toBe(regressions >= 2);
      expect(result.confirmed).toBe(regressions >= 2);
    },
  );
});
