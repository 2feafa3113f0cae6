/**
 * `kata hack` end to end, in a throwaway copy of the workspace: a learner who solved two-sum
 * writes tests of their own. The first run writes the test file from the README's examples (one of
 * which, added here, states a correct answer the reference does not give) and grades it; a file of two examples kills fewer mutants than one with properties; a later, weaker
 * file does not lower the best score in the state file; a test that rejects a correct answer is
 * reported with its case, exit 1, and its run is not recorded.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hackTestFile, learnerFile, solutionFiles, workspacePaths } from '../base/paths.ts';
import { copyWorkspace } from '../author/workspace-copy.ts';
import { runKata, type KataRun } from '../testing/kata-cli.ts';
import { mutantFiles } from '../catalogue/mutants.ts';

const kata = (workspace: string, ...args: string[]): Promise<KataRun> => runKata(workspace, args);

interface HackJson {
  killed: number;
  total: number;
  survivors: string[];
  rejectsCorrect: { test: string; message: string; counterexample?: string }[];
  best: { killed: number; total: number; at: string } | null;
  newBest: boolean;
  scaffolded: { cases: number; leftOut: string[] } | null;
}

const ID = 'hashmap/two-sum';
let workspace = '';
let testFile = '';
const hack = async (...args: string[]) => {
  const run = await kata(workspace, 'hack', 'two-sum', '--json', '--seed', '7', ...args);
  return { run, json: run.code === 2 ? null : (JSON.parse(run.stdout) as HackJson) };
};
const stateOf = () => JSON.parse(readFileSync(path.join(workspacePaths(workspace).state, 'state.json'), 'utf8')) as { katas: Record<string, { status: string; hackBest?: { killed: number; total: number } }> };

/** Two README examples and nothing else. */
const EXAMPLES_ONLY = `import { describe, expect } from 'vitest';
import { it } from '#kit/testing';
import { twoSum } from './two-sum.ts';

describe('twoSum examples', () => {
  it('finds the pair at the front', () => {
    expect(twoSum([2, 7, 11, 15], 9)).toEqual([0, 1]);
  });
  it('says null when nothing adds up', () => {
    expect(twoSum([1, 2, 3], 100)).toBeNull();
  });
});
`;

/** What every correct answer satisfies, on drawn inputs, and a case past 32 bits. */
const WITH_PROPERTIES = `import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { twoSum } from './two-sum.ts';

const reachable = (nums: readonly number[], target: number) =>
  nums.some((x, i) => nums.some((y, j) => i < j && x + y === target));
const small = fc.array(fc.integer({ min: -30, max: 30 }), { maxLength: 25 });

describe('twoSum, my properties', () => {
  it.prop([small, fc.integer({ min: -60, max: 60 })])('answers with a valid pair exactly when there is one', (nums, target) => {
    const answer = twoSum(nums, target);
    if (!reachable(nums, target)) {
      expect(answer).toBeNull();
    } else {
      expect(answer).not.toBeNull();
      const [i, j] = answer!;
      expect(0 <= i && i < j && j < nums.length).toBe(true);
      expect(nums[i]! + nums[j]!).toBe(target);
    }
  });
  it.prop([small, fc.integer({ min: -60, max: 60 })])('leaves its input as it was', (nums, target) => {
    const before = [...nums];
    twoSum(nums, target);
    expect(nums).toEqual(before);
  });
  it('adds values of 2^31 and more exactly', () => {
    expect(twoSum([3, 2 ** 31, 2 ** 32], 2 ** 31 + 2 ** 32)).toEqual([1, 2]);
  });
});
`;

/** One wrong example (a correct answer is [0, 1], never [1, 0]) and one wrong property (odd targets have answers too). */
const REJECTS_CORRECT = `import { describe, expect } from 'vitest';
import { fc, it } from '#kit/testing';
import { twoSum } from './two-sum.ts';

describe('twoSum, wrong about it', () => {
  it('pairs two threes', () => {
    expect(twoSum([3, 3], 6)).toEqual([1, 0]);
  });
  it.prop([fc.array(fc.integer({ min: 0, max: 9 })), fc.integer({ min: 0, max: 20 })])('finds nothing for an odd target', (nums, target) => {
    if (target % 2 === 1) expect(twoSum(nums, target)).toBeNull();
  });
  it('finds the pair at the front', () => {
    expect(twoSum([2, 7, 11, 15], 9)).toEqual([0, 1]);
  });
});
`;

beforeAll(() => {
  workspace = copyWorkspace();
  testFile = hackTestFile(ID, workspacePaths(workspace).work);
  // The learner solved two-sum: their file is a correct solution, and their last check passed.
  const mine = learnerFile(ID, workspacePaths(workspace).work);
  mkdirSync(path.dirname(mine), { recursive: true });
  writeFileSync(mine, readFileSync(solutionFiles(ID).reference, 'utf8'));
  // One more README example, whose stated answer is correct but not the reference's ([0, 1]).
  const readme = path.join(workspace, 'katas', ID, 'README.md');
  writeFileSync(readme, readFileSync(readme, 'utf8').replace('| `[]` | `0` | `null` |', '| `[]` | `0` | `null` |\n| `[1, 2, 1]` | `3` | `[1, 2]` |'));
  mkdirSync(workspacePaths(workspace).state, { recursive: true });
  writeFileSync(path.join(workspacePaths(workspace).state, 'state.json'), JSON.stringify({ version: 1, katas: { [ID]: { status: 'passing', hintsShown: 0, history: [] } } }));
});
afterAll(() => { if (workspace) rmSync(workspace, { recursive: true, force: true }); });

describe('kata hack', () => {
  it('refuses a kata the learner has not solved (exit 2), naming --force, and writes nothing', async () => {
    const refused = await kata(workspace, 'hack', 'pair-sums');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('`hashmap/pair-sums` is not solved yet');
    expect(refused.stderr).toContain('or pass --force');
    expect(existsSync(hackTestFile('hashmap/pair-sums', workspacePaths(workspace).work))).toBe(false);
  }, 60_000);

  it('writes the test file from the README examples on the first run and grades it at once', async () => {
    const { run, json } = await hack();
    expect(run.code, run.stderr).toBe(0);
    expect(Object.keys(json!).slice(0, 6)).toEqual(['schema', 'version', 'killed', 'total', 'survivors', 'rejectsCorrect']);
    const source = readFileSync(testFile, 'utf8');
    expect(source).toContain("import { twoSum } from './two-sum.ts';");
    expect(source).toContain('expect(twoSum([2, 7, 11, 15], 9)).toEqual([0, 1]);');
    expect(json!.scaffolded?.cases).toBeGreaterThanOrEqual(5);
    // The example the reference answers differently is left out, and named, so the file passes on it.
    expect(json!.scaffolded?.leftOut).toEqual(['twoSum([1, 2, 1], 3)']);
    expect(source).toContain('//   twoSum([1, 2, 1], 3)');
    expect(source).not.toContain('expect(twoSum([1, 2, 1], 3))');
    expect(json!.rejectsCorrect).toEqual([]);
    expect(json!.total).toBe(mutantFiles(ID).length);
    expect(json!.killed).toBeGreaterThan(0);
    expect(json!.killed + json!.survivors.length).toBe(json!.total);
    // Survivors are named by their file names, never shown as code.
    for (const name of json!.survivors) expect(name).toMatch(/^[a-z0-9-]+$/);
    expect(json!.best).toMatchObject({ killed: json!.killed, total: json!.total });
  }, 180_000);

  it('an examples-only file kills fewer mutants than one with properties, and a weaker later run keeps the best', async () => {
    writeFileSync(testFile, EXAMPLES_ONLY);
    const examples = (await hack()).json!;
    writeFileSync(testFile, WITH_PROPERTIES);
    const properties = (await hack()).json!;
    expect(examples.rejectsCorrect).toEqual([]);
    expect(properties.rejectsCorrect).toEqual([]);
    expect(examples.killed).toBeLessThan(properties.killed);
    expect(examples.survivors).toContain('off-by-one-inner-loop');
    expect(properties.survivors).toEqual([]);
    expect(properties.killed).toBe(properties.total);
    expect(properties).toMatchObject({ newBest: true, best: { killed: properties.total, total: properties.total } });

    writeFileSync(testFile, EXAMPLES_ONLY);
    const weaker = (await hack()).json!;
    expect(weaker.killed).toBe(examples.killed);
    expect(weaker).toMatchObject({ newBest: false, best: { killed: properties.total, total: properties.total } });
    expect(stateOf().katas[ID]).toMatchObject({ status: 'passing', hackBest: { killed: properties.total, total: properties.total } });
  }, 400_000);

  it('reports each test that rejects a correct answer, with its case, exits 1 and records nothing', async () => {
    writeFileSync(testFile, REJECTS_CORRECT);
    const bestBefore = stateOf().katas[ID]!.hackBest;
    const { run, json } = await hack();
    expect(run.code).toBe(1);
    expect(json!.rejectsCorrect.map((c) => c.test).sort()).toEqual([
      'twoSum, wrong about it > finds nothing for an odd target',
      'twoSum, wrong about it > pairs two threes',
    ]);
    const property = json!.rejectsCorrect.find((c) => c.test.endsWith('odd target'))!;
    expect(property.counterexample).toMatch(/^\[\[.*\],\d+\]$/);
    expect(json!.rejectsCorrect.find((c) => c.test.endsWith('two threes'))!.message).toContain('to deeply equal [ 1, 0 ]');
    // The passing test still kills what it catches; the ones that reject the reference kill nothing.
    expect(json!.killed).toBeLessThan(json!.total);
    expect(stateOf().katas[ID]!.hackBest).toEqual(bestBefore);

    const screen = await kata(workspace, 'hack', 'two-sum', '--seed', '7');
    expect(screen.code).toBe(1);
    expect(screen.stdout).toContain('✗ your tests reject a correct solution (the reference)');
    expect(screen.stdout).toContain('✗ twoSum, wrong about it > pairs two threes');
    // The same seed draws the same cases: the counterexample is the one the --json run found.
    expect(screen.stdout).toContain(`      counterexample: ${property.counterexample}\n`);
    expect(screen.stdout).toContain('(not recorded: fix the tests that reject a correct solution first)');
  }, 300_000);
});
