import { describe, expect, it } from 'vitest';
import { spaceHeavyOf } from '../../catalogue/approaches.ts';
import { spaceHeavyApproaches } from './approaches.ts';

describe('space-heavy declarations', () => {
  it('reads the reason from the first doc comment only', () => {
    expect(spaceHeavyOf('/**\n * optimal: x\n * space-heavy: the full table\n */\nexport {}')).toBe('the full table');
    expect(spaceHeavyOf('/**\n * optimal: x\n */\n/** space-heavy: later */')).toBeUndefined();
  });
  it('finds one declared approach in each of the five katas, all time-optimal', () => {
    for (const id of ['dp/edit-distance', 'dp/count-paths', 'dp/knapsack', 'sliding-window/max-sum-window', 'prefix-sum/pivot-index']) {
      const heavy = spaceHeavyApproaches(id);
      expect(heavy.length, id).toBeGreaterThanOrEqual(1);
      expect(heavy.every((a) => a.kind === 'optimal'), id).toBe(true);
    }
  });
});
