/**
 * The bench's `answersAgree`, checked on shipped code: on an input of the smallest size of every
 * family, each approach's answer must agree with the reference's (brute forces are left out: some
 * are exponential at sizes where the families start), and an answer that is plainly
 * not one (an empty object) must not. A check that accepts everything would wave every wrong timed
 * answer through (split.ts samples someone's timed answers with it); one that rejects a correct
 * approach would fail a correct learner. `kata dev lint --full` runs it for every benched kata.
 */
import type { BenchSizes } from '../../kit/index.ts';
import { createRng } from '../../kit/rng.ts';
import { familiesOf, loadBench } from './time-growth.ts';
import { copyOf } from './measure.ts';
import { pathToFileURL } from 'node:url';

/** The smallest size of a family's ladder (slow approaches stay quick there). */
function smallestSize(sizes: BenchSizes | undefined): number {
  return sizes?.kind === 'linear' ? sizes.values[0]! : Math.max(1, sizes?.minN ?? 64);
}

function copy<T>(input: T, clone?: (input: T) => T): T {
  if (clone) return clone(input);
  try {
    return copyOf(input);
  } catch {
    return input;
  }
}

/** Problems with kata `id`'s `answersAgree`, judged on the reference and `others` (label → file). */
export async function answerProblems(id: string, reference: string, others: Readonly<Record<string, string>>, seed: number): Promise<string[]> {
  const bench = await loadBench(id);
  const agree = bench.answersAgree;
  if (!agree) return ['its bench has no `answersAgree`: someone\'s timed answers cannot be checked (use `sameAnswer` from #kit when the contract has one right answer).'];
  const load = async (file: string) => (await import(pathToFileURL(file).href)) as Record<string, unknown>;
  const referenceModule = await load(reference);
  const modules = await Promise.all(Object.entries(others).map(async ([label, file]) => [label, await load(file)] as const));
  const problems: string[] = [];
  for (const family of familiesOf(bench)) {
    const rng = createRng(seed);
    const n = smallestSize(family.sizes ?? bench.sizes);
    const input = family.input(n, rng);
    // Answers cross between processes as structured clones in a split measurement: judged as such here.
    const expected = copyOf(bench.run(referenceModule, copy(input, bench.clone)));
    const tell = (what: string) => problems.push(`${what} (family "${family.name}", n = ${n}, seed ${seed})`);
    if (call(() => agree(input, expected, expected)) !== true) tell('answersAgree rejects the reference\'s own answer');
    const notOne = call(() => agree(input, { notAnAnswer: true }, expected));
    if (notOne !== false) tell(notOne === 'threw' ? 'answersAgree throws on an answer that is not one: return false' : 'answersAgree accepts an object that is no answer at all');
    for (const [label, module] of modules) {
      const answer = copyOf(bench.run(module, copy(input, bench.clone)));
      if (call(() => agree(input, answer, expected)) !== true) tell(`answersAgree rejects the answer of ${label}`);
    }
  }
  return problems;
}

/** The check's own result, or 'threw' (a check that throws on an answer is as wrong as one that accepts it). */
function call(check: () => boolean): boolean | 'threw' {
  try {
    return check();
  } catch {
    return 'threw';
  }
}
