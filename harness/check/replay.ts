/** The one-line command that replays exactly one failing property's counterexample. */
import { describeImpl, type ImplTarget } from '../impl/impl.ts';
import type { FailureReport } from '../runner/run-tests.ts';

export interface Replay {
  test: string;
  command: string;
  /** True when shrinking ran into the time limit: the command replays the case as first found. */
  unshrunk?: true;
}

/**
 * A shrink path longer than this many steps means shrinking went on until fast-check's time limit;
 * such a path is no line to paste.
 */
export const LONG_SHRINK_STEPS = 100;

function quote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The replay of one failing property: its shrunk case, or for a runaway shrink the case as first found. */
export function replayOf(id: string, impl: ImplTarget, failure: FailureReport): Replay | null {
  if (!failure.property) return null;
  const { seed, path } = failure.property;
  const steps = path.split(':');
  if (steps.length <= LONG_SHRINK_STEPS) return { test: failure.test, command: replayCommand(id, impl, seed, path, failure.name) };
  return { test: failure.test, command: replayCommand(id, impl, seed, steps[0]!, failure.name), unshrunk: true };
}

function replayCommand(id: string, impl: ImplTarget, seed: number, path: string, testName: string): string {
  const implArg = impl.kind === 'learner' ? '' : ` --impl ${quote(describeImpl(impl))}`;
  return `npx kata check ${id}${implArg} --seed ${seed} --path ${quote(path)} --test ${quote(testName)}`;
}
