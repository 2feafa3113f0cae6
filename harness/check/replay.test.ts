/** The replay line of a failing property, including a shrink that ran into the time limit. */
import { describe, expect, it } from 'vitest';
import { LONG_SHRINK_STEPS, replayOf } from './replay.ts';
import type { FailureReport } from '../runner/run-tests.ts';

const failure = (path: string): FailureReport => ({
  test: 'twoSum properties > finds a pair',
  name: "finds a pair's indices",
  message: 'AssertionError',
  notImplemented: false,
  property: { counterexample: '[[1],2]', seed: -42, path, shrinks: path.split(':').length - 1, runs: 9 },
});

describe('replayOf', () => {
  it('replays the shrunk case through its whole path, quoting for the shell', () => {
    expect(replayOf('hashmap/two-sum', { kind: 'learner' }, failure('8:1:0'))).toEqual({
      test: 'twoSum properties > finds a pair',
      command: `npx kata check hashmap/two-sum --seed -42 --path '8:1:0' --test 'finds a pair'\\''s indices'`,
    });
  });
  it('names a non-learner implementation', () => {
    expect(replayOf('hashmap/two-sum', { kind: 'reference' }, failure('3'))!.command).toContain(`--impl 'reference' --seed -42 --path '3'`);
  });
  it('replays the case as first found when the shrink path is runaway long, and says so', () => {
    const path = ['8', ...Array.from({ length: LONG_SHRINK_STEPS }, () => '2')].join(':');
    const replay = replayOf('hashmap/two-sum', { kind: 'learner' }, failure(path))!;
    expect(replay.unshrunk).toBe(true);
    expect(replay.command).toContain(`--path '8' --test`);
  });
  it('has no replay for a failure that is not a property', () => {
    expect(replayOf('hashmap/two-sum', { kind: 'learner' }, { ...failure('1'), property: undefined } as FailureReport)).toBeNull();
  });
});
