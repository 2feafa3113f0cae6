import { describe, expect, it } from 'vitest';
import { parsePropertyFailure } from './fast-check-failure.ts';

const REPORT = `Property failed after 88 tests
{ seed: -760466608, path: "87:1:7", endOnFailure: true }
Counterexample: [[19],38]
Shrunk 2 time(s)

Hint: Enable verbose mode in order to have the list of all failing values encountered during the run`;

describe('parsePropertyFailure', () => {
  it('reads the counterexample, seed, path, runs and shrinks of a fast-check report', () => {
    expect(parsePropertyFailure(REPORT)).toEqual({ runs: 88, seed: -760466608, path: '87:1:7', counterexample: '[[19],38]', shrinks: 2 });
  });
  it('returns null for an ordinary assertion message', () => {
    expect(parsePropertyFailure('expected [ 1, 0 ] to deeply equal [ 0, 1 ]')).toBeNull();
  });
});
