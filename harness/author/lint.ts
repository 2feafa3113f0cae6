/**
 * `kata dev lint`: the content checker. Structure (every file present, metadata valid, names unique,
 * no skipped tests, stubs throw NotImplemented) and, with `full`, behaviour: every reference and
 * brute force passes its kata's tests and every shipped stub reports "not started", and every
 * bench's `answersAgree` takes every shipped approach's answers and refuses a non-answer.
 */
import { copyFileSync, existsSync, mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listKatas, loadMeta, readCurriculum, type KataRef } from '../catalogue/katas.ts';
import { KATAS_DIR, kataFiles, SOLUTIONS_DIR, solutionFiles } from '../base/paths.ts';
import type { KataTestReport } from '../runner/run-tests.ts';
import { runChecks } from '../check/pipeline.ts';
import type { TestsPlan } from '../check/stages/tests.ts';
import type { ImplTarget } from '../impl/impl.ts';
import { approachesOf, approachRounds, strayApproachFiles } from '../catalogue/approaches.ts';
import { isStubSource, shippedStub } from '../catalogue/stubs.ts';
import { mutantFiles } from '../catalogue/mutants.ts';
import { answerProblems } from '../engine/index.ts';
import type { KataMeta } from '../kit/index.ts';
import { domainSentence } from '../kit/domain-spec.ts';
import { DIFFERS, differentialModule, exportedNames, genericMutants } from './generic-mutants.ts';

export interface LintProblem {
  id?: string;
  message: string;
}

export interface LintResult {
  checked: number;
  problems: LintProblem[];
  /** With `full`: how many mutants the tests rejected. */
  mutantsRejected?: number;
}

/** Every kata ships at least this many deliberately broken solutions, each of which its tests must reject. */
export const MIN_MUTANTS = 3;
/** Every kata with a bench ships at least this many slow and optimal approaches besides the brute force (issue: verdicts that hold on code nobody here wrote). */
export const MIN_SLOW_APPROACHES = 2;
export const MIN_OPTIMAL_APPROACHES = 1;

/** The tests stage alone, through the one check pipeline: each kata's report. Trusted content shares workers. */
async function testReports(ids: readonly string[], impl: ImplTarget, seed: number, tests: TestsPlan = {}): Promise<KataTestReport[]> {
  if (ids.length === 0) return [];
  const outcomes = await runChecks(ids, impl, { seed, stages: ['tests'], tests: { isolate: false, ...tests } });
  return outcomes.map((o) => o.results.tests!.report);
}

/**
 * A mutant is rejected when its tests fail, or never finish (an endless loop is a failure too).
 * Failed tests count even when the run also reports load errors: in a shared run, an error no test
 * file claims is attached to every failing file, and must not turn a rejection into "did not run".
 */
function isRejected(r: KataTestReport): boolean {
  if (r.status !== 'failing') return false;
  if (r.stopped) return r.stopped.kind === 'stalled';
  return r.loadErrors.length === 0 || r.failures.length > 0;
}

const SKIPPED_OR_FOCUSED = /\b(?:it|test|describe|bench)(?:\.prop\([^)]*\))?\.(?:skip|only|todo|skipIf|runIf)\b|\bx(?:it|describe|test)\(|\bf(?:it|describe)\(/;

function listDirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
}

function lintTree(katas: readonly KataRef[], problems: LintProblem[]): void {
  const known = new Set(katas.map((k) => k.id));
  const slugs = new Map<string, string>();
  for (const k of katas) {
    const other = slugs.get(k.slug);
    if (other) problems.push({ id: k.id, message: `slug \`${k.slug}\` is also used by \`${other}\`: slugs must be unique so \`kata check ${k.slug}\` is unambiguous.` });
    slugs.set(k.slug, k.id);
  }
  if (known.size !== katas.length) problems.push({ message: 'katas/curriculum.json lists a kata twice.' });
  for (const [root, what] of [[KATAS_DIR, 'katas'], [SOLUTIONS_DIR, 'solutions']] as const) {
    for (const pattern of listDirs(root)) {
      for (const slug of listDirs(path.join(root, pattern))) {
        if (!known.has(`${pattern}/${slug}`)) {
          problems.push({ message: `${what}/${pattern}/${slug} is not in katas/curriculum.json: add it there or remove the folder.` });
        }
      }
    }
  }
}

async function lintKata(k: KataRef, problems: LintProblem[]): Promise<void> {
  const files = kataFiles(k.id);
  const solutions = solutionFiles(k.id);
  const report = (message: string) => problems.push({ id: k.id, message });
  let meta;
  try {
    meta = await loadMeta(k.id);
  } catch (error) {
    report((error as Error).message);
  }
  const hasBench = meta ? meta.target.class !== null : existsSync(files.bench);
  const hasBrute = meta ? meta.noBruteForce === undefined : existsSync(solutions.brute);
  const required: [string, string][] = [
    [files.readme, 'README.md'],
    [files.stub, 'stub'],
    [files.test, 'test file'],
    [solutions.reference, 'reference solution'],
  ];
  if (hasBench) required.push([files.bench, 'bench file (the metadata gives a target class)']);
  if (hasBrute) required.push([solutions.brute, 'brute force (or say why there is none in meta `noBruteForce`)']);
  for (const [file, what] of required) if (!existsSync(file)) report(`missing ${what}: ${path.relative(path.dirname(KATAS_DIR), file)}`);
  if (!hasBench && existsSync(files.bench)) report('has a bench file but its metadata target class is null.');
  if (!hasBrute && existsSync(solutions.brute)) report('has a brute force but its metadata says `noBruteForce`.');

  const allowedKata = new Set(['README.md', 'meta.ts', `${k.slug}.ts`, `${k.slug}.test.ts`, `${k.slug}.bench.ts`]);
  if (existsSync(files.dir)) {
    for (const name of readdirSync(files.dir)) if (!allowedKata.has(name)) report(`stray file katas/${k.id}/${name}: a kata folder holds only ${[...allowedKata].join(', ')}.`);
  }
  const allowedSolution = new Set([`${k.slug}.ts`, `${k.slug}.brute.ts`, 'mutants', 'approaches']);
  if (existsSync(solutions.dir)) {
    for (const name of readdirSync(solutions.dir)) if (!allowedSolution.has(name)) report(`stray file solutions/${k.id}/${name}.`);
  }
  const mutants = mutantFiles(k.id);
  if (mutants.length < MIN_MUTANTS) report(`has ${mutants.length} mutants in solutions/${k.id}/mutants/; write at least ${MIN_MUTANTS} plausible wrong solutions the tests must reject.`);
  for (const file of mutants) {
    if (!/^\/\*\*?[\s\S]*?\*\/|^\/\//.test(readFileSync(file, 'utf8').trimStart())) report(`mutant ${path.basename(file)} does not start with a comment saying what is wrong with it.`);
  }
  for (const name of strayApproachFiles(k.id)) report(`stray file solutions/${k.id}/approaches/${name}: approaches are named optimal-<how>.ts or slow-<how>.ts.`);
  const approaches = approachesOf(k.id);
  if (hasBench) {
    const count = (kind: 'optimal' | 'slow') => approaches.filter((a) => a.kind === kind).length;
    if (count('slow') < MIN_SLOW_APPROACHES) report(`has ${count('slow')} slow approaches in solutions/${k.id}/approaches/; write at least ${MIN_SLOW_APPROACHES} correct but slower solutions (other than the brute force) the engine must flag.`);
    if (count('optimal') < MIN_OPTIMAL_APPROACHES) report(`has ${count('optimal')} optimal approaches in solutions/${k.id}/approaches/; write at least ${MIN_OPTIMAL_APPROACHES} other solution in the target class the engine must pass.`);
  }
  for (const a of approaches) {
    const first = readFileSync(a.file, 'utf8').trimStart().match(/^\/\*\*?\s*\n?\s*\*?\s*(\w+):/);
    if (first?.[1] !== a.kind) report(`approach ${a.name}.ts does not start with a comment whose first words are \`${a.kind}:\` and what it does.`);
  }

  if (existsSync(files.test)) {
    const test = readFileSync(files.test, 'utf8');
    const skipped = test.split('\n').findIndex((line) => SKIPPED_OR_FOCUSED.test(line));
    if (skipped >= 0) report(`skipped, focused or todo test at ${k.slug}.test.ts:${skipped + 1}: content tests all run.`);
    if (/from\s+['"][^'"]*solutions\//.test(test)) report('the test file imports from solutions/: tests never use the reference as their oracle.');
    if (!test.includes(`'./${k.slug}.ts'`)) report(`the test file does not import the stub as './${k.slug}.ts', so --impl cannot redirect it.`);
    if (!/fc\.|\.prop\(/.test(test)) report('the test file has no fast-check property.');
  }
  if (existsSync(files.stub)) {
    const stub = shippedStub(k.id);
    if (stub === null) report(`the stub ${k.slug}.ts does not throw NotImplemented (and no committed version does).`);
    else if (!/^\s*\/\/ TODO/m.test(stub)) report(`the stub ${k.slug}.ts has no \`// TODO\` line where the learner writes.`);
  }
  if (existsSync(files.readme)) {
    const readme = readFileSync(files.readme, 'utf8');
    if (!/^## Examples/m.test(readme)) report('README.md has no "## Examples" section.');
    if (hasBench && !/^## Target complexity/m.test(readme)) report('README.md has no "## Target complexity" section.');
    if (/^#+\s*Hints?\b/im.test(readme)) report('README.md shows hints: they belong in meta.ts, revealed by `kata hint`.');
    if (meta) for (const problem of domainReadmeProblems(meta, readme)) report(problem);
  }
}

/**
 * The generic mutants of every reference (generic-mutants.ts), in rounds like the hand-written
 * ones. One the tests cannot kill is a problem unless meta \`equivalentMutants\` names it with a
 * reason; a claim for a mutant the tests kill, or one that does not apply, is a problem too.
 */
async function lintGenericMutants(targets: readonly string[], seed: number, result: LintResult, onStage: (stage: string) => void): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kata-generic-mutants-'));
  try {
    const byKata = new Map<string, { file: string; name: string; what: string }[]>();
    const claims = new Map<string, Record<string, string>>();
    for (const id of targets) {
      const reference = solutionFiles(id).reference;
      if (!existsSync(reference)) continue;
      let meta: KataMeta;
      try {
        meta = await loadMeta(id);
      } catch {
        continue; // lintStructure has reported it
      }
      const mutants = genericMutants(readFileSync(reference, 'utf8'), meta.domain ?? {});
      const claimed = meta.equivalentMutants ?? {};
      claims.set(id, claimed);
      for (const name of Object.keys(claimed).filter((k) => !k.startsWith('stryker:'))) {
        if (!mutants.some((m) => m.name === name)) result.problems.push({ id, message: `meta \`equivalentMutants\` names \`${name}\`, which is not among the generic mutants of its reference (${mutants.map((m) => m.name).join(', ') || 'none'}): remove the claim.` });
      }
      const files = mutants.map((m) => {
        const file = path.join(dir, id, `${m.name}.ts`);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, m.source);
        return { file, name: m.name, what: m.what };
      });
      if (files.length) byKata.set(id, files);
    }
    const rounds = Math.max(0, ...[...byKata.values()].map((m) => m.length));
    const claimed: { id: string; file: string; name: string; what: string }[] = [];
    for (let round = 0; round < rounds; round++) {
      const current: Record<string, { file: string; name: string; what: string }> = {};
      for (const [id, mutants] of byKata) if (mutants[round]) current[id] = mutants[round]!;
      onStage(`generic mutants, round ${round + 1} of ${rounds}: ${Object.keys(current).length} katas`);
      const files = Object.fromEntries(Object.entries(current).map(([id, m]) => [id, m.file]));
      const reports = await testReports(Object.keys(files), { kind: 'files', label: `generic mutants round ${round + 1}`, files }, seed);
      for (const r of reports) {
        const m = current[r.id]!;
        const killed = isRejected(r);
        const claim = claims.get(r.id)?.[m.name];
        if (killed) {
          result.mutantsRejected = (result.mutantsRejected ?? 0) + 1;
          if (claim) result.problems.push({ id: r.id, message: `meta \`equivalentMutants\` says generic mutant \`${m.name}\` is equivalent, but the tests reject it: remove the claim.` });
        } else if (r.status === 'passing') {
          if (claim) claimed.push({ id: r.id, ...m });
          else result.problems.push({ id: r.id, message: `generic mutant \`${m.name}\` (${m.what}) passes every test: draw the values that expose it (meta \`domain\`, arbitraryOf), or say in meta \`equivalentMutants\` why no input in the contract tells it apart.` });
        } else {
          result.problems.push({ id: r.id, message: `generic mutant \`${m.name}\` did not run as a solution (${r.status}${r.loadErrors.length ? `: ${r.loadErrors[0]}` : ''}).` });
        }
      }
    }
    await checkClaims(claimed, dir, seed, result, onStage);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Cases per property when lint checks that a mutant claimed equivalent answers like the reference. */
const CLAIM_DRAWS = 1000;

/**
 * An equivalence claim holds only if the mutant answers exactly like the reference on the kata's
 * own properties run with CLAIM_DRAWS cases each (differentialModule runs both on every call).
 */
async function checkClaims(claimed: readonly { id: string; file: string; name: string }[], dir: string, seed: number, result: LintResult, onStage: (stage: string) => void): Promise<void> {
  const byKata = new Map<string, { file: string; name: string }[]>();
  for (const c of claimed) {
    const reference = solutionFiles(c.id).reference;
    const file = path.join(dir, c.id, `${c.name}.differential.ts`);
    copyFileSync(reference, path.join(dir, c.id, 'reference.ts'));
    writeFileSync(file, differentialModule(exportedNames(readFileSync(reference, 'utf8')), './reference.ts', `./${c.name}.ts`));
    byKata.set(c.id, [...(byKata.get(c.id) ?? []), { file, name: c.name }]);
  }
  const rounds = Math.max(0, ...[...byKata.values()].map((m) => m.length));
  for (let round = 0; round < rounds; round++) {
    const current: Record<string, { file: string; name: string }> = {};
    for (const [id, list] of byKata) if (list[round]) current[id] = list[round]!;
    onStage(`equivalence claims, round ${round + 1} of ${rounds}: ${Object.keys(current).length} katas, ${CLAIM_DRAWS} cases per property`);
    const files = Object.fromEntries(Object.entries(current).map(([id, c]) => [id, c.file]));
    const reports = await testReports(Object.keys(files), { kind: 'files', label: `equivalence claims round ${round + 1}`, files }, seed, { numRuns: CLAIM_DRAWS });
    for (const r of reports) {
      const difference = r.failures.find((f) => f.message.includes(DIFFERS));
      if (difference) {
        const detail = difference.message.slice(difference.message.indexOf(DIFFERS) + DIFFERS.length + 2).split('\n')[0];
        result.problems.push({ id: r.id, message: `meta \`equivalentMutants\` says generic mutant \`${current[r.id]!.name}\` is equivalent, but in \`${difference.test}\` ${detail}${difference.property ? ` (counterexample ${difference.property.counterexample})` : ''}: draw such inputs in the tests and remove the claim.` });
      }
    }
  }
}

/** The Constraints section of a README, or null when it has none. */
function constraintsSection(readme: string): string | null {
  const match = readme.match(/^## Constraints\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m);
  return match ? match[1]! : null;
}

/**
 * Each kata states its domain once, in meta `domain`; the README's Constraints section must hold
 * each entry's sentence as a bullet, word for word (domainSentence), so the two cannot drift.
 */
export function domainReadmeProblems(meta: KataMeta, readme: string): string[] {
  const problems: string[] = [];
  const entries = Object.entries(meta.domain ?? {});
  if (entries.length === 0 && meta.noDomain) return [];
  if (entries.length === 0) return ['meta.ts has no `domain`: state the kinds of value the contract allows (harness/kit/domain-spec.ts), and draw the properties from them with arbitraryOf; or say in `noDomain` why the caller chooses no such values.'];
  if (meta.noDomain) return ['meta.ts has both `domain` and `noDomain`: keep the one that is true.'];
  const section = constraintsSection(readme);
  if (section === null) return ['README.md has no "## Constraints" section to state the domain in.'];
  const lines = new Set(section.split('\n').map((l) => l.trim()));
  for (const [name, spec] of entries) {
    const bullet = `- ${domainSentence(name, spec)}`;
    if (!lines.has(bullet)) problems.push(`README.md's Constraints section does not state meta \`domain\` entry \`${name}\`: add the line\n    ${bullet}`);
  }
  return problems;
}

/** Structure checks only: fast, runs no learner code. */
export async function lintStructure(ids?: readonly string[]): Promise<LintResult> {
  const problems: LintProblem[] = [];
  readCurriculum();
  const all = listKatas();
  const katas = ids ? all.filter((k) => ids.includes(k.id)) : all;
  if (!ids) lintTree(all, problems);
  for (const k of katas) await lintKata(k, problems);
  return { checked: katas.length, problems };
}

function expectStatus(reports: readonly KataTestReport[], status: KataTestReport['status'], what: string, problems: LintProblem[], nameOf?: (id: string) => string): void {
  for (const r of reports) {
    if (r.status === status) continue;
    const details = [
      ...r.loadErrors,
      ...r.failures.slice(0, 3).map((f) => `${f.test}: ${f.message.split('\n')[0]}${f.property ? ` (counterexample ${f.property.counterexample}, seed ${f.property.seed})` : ''}`),
    ];
    problems.push({ id: r.id, message: `${what}${nameOf ? ` ${nameOf(r.id)}` : ''} is ${r.status}, expected ${status}:\n    ${details.join('\n    ')}` });
  }
}

/** Structure, then every reference and brute force against the tests, then every shipped stub. */
export async function lintFull(seed: number, ids?: readonly string[], onStage: (stage: string) => void = () => {}): Promise<LintResult> {
  onStage('structure');
  const result = await lintStructure(ids);
  const katas = listKatas().filter((k) => !ids || ids.includes(k.id)).filter((k) => existsSync(kataFiles(k.id).test));
  const targets = katas.map((k) => k.id);
  onStage(`references: ${targets.length} katas`);
  expectStatus(await testReports(targets.filter((id) => existsSync(solutionFiles(id).reference)), { kind: 'reference' }, seed), 'passing', 'the reference', result.problems);
  onStage('timed answers: answersAgree of every bench');
  for (const id of targets) {
    if (!existsSync(kataFiles(id).bench) || !existsSync(solutionFiles(id).reference)) continue;
    const others: Record<string, string> = Object.fromEntries(approachesOf(id).map((a) => [`approach ${a.name}`, a.file]));
    try {
      for (const message of await answerProblems(id, solutionFiles(id).reference, others, seed)) result.problems.push({ id, message });
    } catch (error) {
      result.problems.push({ id, message: `checking its bench's answersAgree failed: ${(error as Error)?.message ?? String(error)}` });
    }
  }
  onStage('brute forces');
  expectStatus(await testReports(targets.filter((id) => existsSync(solutionFiles(id).brute)), { kind: 'brute' }, seed, { skipComplexityContract: true }), 'passing', 'the brute force', result.problems);

  // Approaches are correct solutions: optimal ones pass every test, slow ones all but the bound
  // itself (the "complexity contract" tests), like the brute force.
  for (const kind of ['optimal', 'slow'] as const) {
    const rounds = approachRounds(targets, kind);
    for (const [r, round] of rounds.entries()) {
      onStage(`${kind} approaches, round ${r + 1} of ${rounds.length}: ${Object.keys(round).length} katas`);
      const files = Object.fromEntries(Object.entries(round).map(([id, a]) => [id, a.file]));
      const reports = await testReports(Object.keys(files), { kind: 'files', label: `${kind} approaches round ${r + 1}`, files }, seed, kind === 'slow' ? { skipComplexityContract: true } : {});
      expectStatus(reports, 'passing', `the ${kind} approach`, result.problems, (id) => round[id]!.name);
    }
  }

  // Mutants: round r runs the r-th mutant of every kata, so the rounds stay few.
  const byKata = new Map(targets.map((id) => [id, mutantFiles(id)]));
  const rounds = Math.max(0, ...[...byKata.values()].map((m) => m.length));
  for (let round = 0; round < rounds; round++) {
    const files: Record<string, string> = {};
    for (const [id, mutants] of byKata) if (mutants[round]) files[id] = mutants[round]!;
    onStage(`mutants, round ${round + 1} of ${rounds}: ${Object.keys(files).length} katas`);
    const reports = await testReports(Object.keys(files), { kind: 'files', label: `mutants round ${round + 1}`, files }, seed);
    for (const r of reports) {
      if (isRejected(r)) continue;
      const name = path.basename(files[r.id]!);
      result.problems.push({
        id: r.id,
        message: r.status === 'passing'
          ? `mutant ${name} passes every test: the tests cannot tell it from a correct solution. Strengthen them.`
          : `mutant ${name} did not run as a solution (${r.status}${r.loadErrors.length ? `: ${r.loadErrors[0]}` : ''}).`,
      });
    }
    result.mutantsRejected = (result.mutantsRejected ?? 0) + reports.filter(isRejected).length;
  }

  await lintGenericMutants(targets, seed, result, onStage);

  onStage('shipped stubs');
  const stubDir = mkdtempSync(path.join(os.tmpdir(), 'kata-stubs-'));
  try {
    const withStubs: string[] = [];
    for (const id of targets) {
      const source = shippedStub(id);
      if (source === null || !isStubSource(source)) continue;
      const target = kataFiles(id, stubDir).stub;
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, source);
      withStubs.push(id);
    }
    expectStatus(await testReports(withStubs, { kind: 'dir', dir: stubDir }, seed), 'not-started', 'the shipped stub', result.problems);
  } finally {
    rmSync(stubDir, { recursive: true, force: true });
  }
  return result;
}

